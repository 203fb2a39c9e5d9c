/**
 * `pnpm new:deck`: scaffold a deck.
 *
 *   pnpm new:deck                       interactive prompts
 *   pnpm new:deck <name> --title "…" --claims id1,id2 [--duration 15] [--audience "…"] [--yes] [--no-install]
 *
 * A contributor's mistake prints one message and exits 1; nothing is written.
 */
import type { DeckOptions } from './scaffold.ts'
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import * as p from '@clack/prompts'
import { claimKindLabels, createContentIndex } from '@kit/content'
import { loadContent } from '@kit/content/node'
import { checkOptions, deckFiles, DeckOptionError, registerWithSite, writeDeck } from './scaffold.ts'

/** The same dependencies every deck has (versions come from the workspace catalogs). */
export const deckDependencies = {
  '@kit/slidev-addon': 'workspace:*',
  '@slidev/cli': 'catalog:slides',
  '@slidev/theme-default': 'catalog:slides',
  'markdown-it': 'catalog:slides',
  'playwright-chromium': 'catalog:slides',
  'vue': 'catalog:ui',
}

const usage = `Usage:
  pnpm new:deck                                  (asks for everything)
  pnpm new:deck <name> --title "Title" --claims id1,id2 [--duration 15] [--audience "who"] [--yes] [--no-install]
`

function workspaceRoot(from: string): string {
  for (let dir = from; dirname(dir) !== dir; dir = dirname(dir)) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml')))
      return dir
  }
  throw new DeckOptionError('Run this inside the kit\'s repository (no pnpm-workspace.yaml found above this folder).')
}

async function ask(index: ReturnType<typeof createContentIndex>, decksDir: string, given: Partial<DeckOptions>): Promise<DeckOptions> {
  p.intro('New deck')
  const cancel = (value: unknown) => {
    if (p.isCancel(value)) {
      p.cancel('Nothing was written.')
      process.exit(1)
    }
    return value
  }
  const name = given.name ?? String(cancel(await p.text({
    message: 'Folder name (kebab-case)',
    placeholder: 'sanctions-debate',
    validate: (value) => {
      try {
        checkOptions({ name: value ?? '', title: 'x', audience: 'x', duration: 1, claims: [index.content.claims[0]!.id] }, decksDir, index)
      }
      catch (error) {
        return (error as Error).message
      }
      return undefined
    },
  })))
  const title = given.title ?? String(cancel(await p.text({ message: 'Title', validate: value => value?.trim() ? undefined : 'The deck needs a title.' })))
  const audience = given.audience ?? String(cancel(await p.text({ message: 'Who is it for?', initialValue: 'a general audience' })))
  const duration = given.duration ?? Number(cancel(await p.text({ message: 'Length in minutes', initialValue: '15', validate: value => /^\d+$/.test(value ?? '') ? undefined : 'A whole number of minutes.' })))
  const claims = given.claims?.length
    ? given.claims
    : cancel(await p.multiselect({
      message: 'Claims to feature (space to choose, enter to confirm)',
      options: index.content.claims.map(c => ({ value: c.id, label: c.id, hint: `${claimKindLabels[c.kind].label}: ${c.quote.slice(0, 60)}…` })),
      required: true,
    })) as string[]
  return { name, title, audience, duration, claims }
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'title': { type: 'string' },
      'claims': { type: 'string' },
      'duration': { type: 'string' },
      'audience': { type: 'string' },
      'yes': { type: 'boolean', short: 'y', default: false },
      'no-install': { type: 'boolean', default: false },
      'help': { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.help) {
    process.stdout.write(usage)
    return 0
  }
  const root = workspaceRoot(process.env.INIT_CWD ?? process.cwd())
  const decksDir = join(root, 'decks')
  const index = createContentIndex(loadContent())
  const given: Partial<DeckOptions> = {
    name: positionals[0],
    title: values.title,
    audience: values.audience,
    duration: values.duration === undefined ? undefined : Number(values.duration),
    claims: values.claims?.split(',').map(id => id.trim()).filter(Boolean),
  }
  const complete = given.name !== undefined && given.title !== undefined && given.claims !== undefined
  let options: DeckOptions
  if (complete || values.yes || !process.stdin.isTTY) {
    if (!complete)
      throw new DeckOptionError(`Give the name, --title and --claims (or run without arguments in a terminal to be asked).\n\n${usage}`)
    options = { name: given.name!, title: given.title!, claims: given.claims!, audience: given.audience ?? 'a general audience', duration: given.duration ?? 15 }
  }
  else {
    options = await ask(index, decksDir, given)
  }
  checkOptions(options, decksDir, index)
  const dir = writeDeck(decksDir, options.name, deckFiles(options, index, { dependencies: deckDependencies }))
  registerWithSite(join(root, 'site'), options.name)
  process.stdout.write(`✔ created ${relative(root, dir)}/ (package.json, slides.md, README.md) and listed it in site/package.json\n`)
  if (!values['no-install']) {
    // Links the new workspace package so that validate and build work at once.
    const install = spawnSync('pnpm', ['install', '--prefer-offline', '--no-frozen-lockfile'], { cwd: root, stdio: 'inherit' })
    if (install.status !== 0)
      throw new Error('`pnpm install` failed: run it yourself, then `pnpm validate`.')
  }
  process.stdout.write(`
Next:
  pnpm --filter @kit/deck-${options.name} dev     rehearse (presenter mode at /presenter)
  pnpm validate                            check every id the slides cite
  pnpm build                               build the site with the new deck at /decks/${options.name}/
`)
  return 0
}

main().then((code) => {
  process.exitCode = code
}, (error: Error) => {
  if (error instanceof DeckOptionError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')))
    process.stderr.write(`✖ ${error.message}\n`)
  else
    process.stderr.write(`✖ ${error.stack ?? error.message}\n`)
  process.exitCode = 1
})
