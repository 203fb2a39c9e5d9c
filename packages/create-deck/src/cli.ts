/**
 * `pnpm new:deck`: scaffold a deck.
 *
 *   pnpm new:deck                       interactive prompts
 *   pnpm new:deck <name> --title "…" --claims id1,id2 [--duration 15] [--audience "…"] [--yes] [--no-install]
 *
 * A contributor's mistake prints every problem and exits 1; nothing is written.
 */
import type { ContentIndex } from '@kit/content'
import type { DeckOptions } from './scaffold.ts'
import { spawnSync } from 'node:child_process'
import { relative } from 'node:path'
import process from 'node:process'
import * as p from '@clack/prompts'
import { claimKindLabels, createContentIndex } from '@kit/content'
import { ContentError, loadContent, paths, runCli, UsageError } from '@kit/content/node'
import { checkOptions, deckFiles, registerWithSite, writeDeck } from './scaffold.ts'

/** The same dependencies every deck has (versions come from the workspace catalogs). */
export const deckDependencies = {
  '@kit/slidev-addon': 'workspace:*',
  '@slidev/cli': 'catalog:slides',
  '@slidev/theme-default': 'catalog:slides',
  'markdown-it': 'catalog:slides',
  'playwright-chromium': 'catalog:slides',
  'vue': 'catalog:ui',
}

async function ask(index: ContentIndex, given: Partial<DeckOptions>): Promise<DeckOptions> {
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
        checkOptions({ name: value ?? '', title: 'x', audience: 'x', duration: 1, claims: [index.content.claims[0]!.id] }, paths.decks, index)
      }
      catch (error) {
        return error instanceof ContentError ? error.problems[0]!.message : String(error)
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

await runCli({
  name: 'pnpm new:deck',
  commands: {
    args: '[<name> --title "Title" --claims id1,id2 [--duration 15] [--audience "who"] [--yes] [--no-install]]',
    description: 'Scaffold a deck under decks/ that cites content by id. With no arguments in a terminal, it asks for everything.',
    options: {
      'title': { type: 'string' },
      'claims': { type: 'string' },
      'duration': { type: 'string' },
      'audience': { type: 'string' },
      'yes': { type: 'boolean', short: 'y' },
      'no-install': { type: 'boolean' },
    },
    async run({ values, positionals }) {
      const index = createContentIndex(loadContent())
      const given: Partial<DeckOptions> = {
        name: positionals[0],
        title: values.title as string | undefined,
        audience: values.audience as string | undefined,
        duration: values.duration === undefined ? undefined : Number(values.duration),
        claims: (values.claims as string | undefined)?.split(',').map(id => id.trim()).filter(Boolean),
      }
      const complete = given.name !== undefined && given.title !== undefined && given.claims !== undefined
      let options: DeckOptions
      if (complete || values.yes || !process.stdin.isTTY) {
        if (!complete)
          throw new UsageError('give the name, --title and --claims (or run without arguments in a terminal to be asked)')
        options = { name: given.name!, title: given.title!, claims: given.claims!, audience: given.audience ?? 'a general audience', duration: given.duration ?? 15 }
      }
      else {
        options = await ask(index, given)
      }
      checkOptions(options, paths.decks, index)
      const dir = writeDeck(paths.decks, options.name, deckFiles(options, index, { dependencies: deckDependencies }))
      registerWithSite(paths.site, options.name)
      process.stdout.write(`✔ created ${relative(paths.root, dir)}/ (package.json, slides.md, README.md) and listed it in site/package.json\n`)
      if (!values['no-install']) {
        // Links the new workspace package so that validate and build work at once.
        const install = spawnSync('pnpm', ['install', '--prefer-offline', '--no-frozen-lockfile'], { cwd: paths.root, stdio: 'inherit' })
        if (install.status !== 0)
          throw new Error('`pnpm install` failed: run it yourself, then `pnpm validate`.')
      }
      process.stdout.write(`
Next:
  pnpm --filter @kit/deck-${options.name} dev     rehearse (presenter mode at /presenter)
  pnpm validate                            check every id the slides cite
  pnpm build                               build the site with the new deck at /decks/${options.name}/
`)
    },
  },
})
