import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { run } from '../run.ts'

const repo = fileURLToPath(new URL('../../', import.meta.url))
const newDeck = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [join(cwd, 'packages/create-deck/src/bin.mjs'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, INIT_CWD: cwd } })
const decks = () => readdirSync(join(repo, 'decks')).sort()

describe('pnpm new:deck refuses, with a clear message, exit 1 and nothing written', () => {
  const before = decks()

  it.each([
    [['Demo Deck', '--title', 'Demo', '--claims', 'sanctions-pledge'], 1, '✖ decks/Demo Deck/  new deck → name  [InvalidOption]\n  the deck name `Demo Deck` is not kebab-case'],
    [['briefing', '--title', 'Demo', '--claims', 'sanctions-pledge'], 1, '✖ decks/briefing/  new deck → name  [DeckExists]\n  the name `briefing` is taken: decks/briefing is already a deck.'],
    [['demo', '--title', 'Demo', '--claims', 'sanctions-pledge,deterence-caution'], 1, '✖ decks/demo/  new deck → --claims  [UnknownReference]\n  unknown claim id `deterence-caution`.\n  Did you mean `deterrence-caution`?'],
    [['demo', '--title', 'Demo', '--yes'], 2, '✖ give the name, --title and --claims'],
  ])('%j', (args, code, message) => {
    const result = newDeck(repo, ...args)
    expect(result.status).toBe(code)
    expect(result.stderr).toContain(message)
    expect(decks()).toEqual(before)
  })

  it('an existing folder, which it never overwrites', () => {
    const folder = join(repo, 'decks', `tmp-existing-${process.pid}`)
    mkdirSync(folder)
    try {
      const result = newDeck(repo, `tmp-existing-${process.pid}`, '--title', 'Demo', '--claims', 'sanctions-pledge')
      expect(result.status).toBe(1)
      expect(result.stderr).toContain(`decks/tmp-existing-${process.pid} already exists; it is not overwritten.`)
      expect(readdirSync(folder)).toEqual([])
    }
    finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })
})

describe('in a copy of the workspace, a new deck', () => {
  const copy = mkdtempSync(join(tmpdir(), 'kit-workspace-'))
  afterAll(() => rmSync(copy, { recursive: true, force: true }), 120_000)

  const inCopy = (command: string, args: string[], cwd = copy) => run(command, args, cwd, { INIT_CWD: copy, CI: 'true' })

  it('is scaffolded, validates, builds, fits its slides and is listed by the site', () => {
    // The repository's files as a contributor's clone has them (tracked and new, not ignored).
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: repo, encoding: 'utf8' }).split('\n').filter(Boolean)
    for (const file of files) {
      if (!existsSync(join(repo, file)))
        continue
      mkdirSync(dirname(join(copy, file)), { recursive: true })
      cpSync(join(repo, file), join(copy, file))
    }
    inCopy('pnpm', ['install', '--offline', '--frozen-lockfile'])

    const created = inCopy(process.execPath, ['packages/create-deck/src/bin.mjs', 'demo', '--title', 'Demo', '--claims', 'sanctions-pledge,deterrence-caution', '--yes'])
    expect(created).toContain('✔ created decks/demo/')
    // Listed as a site dependency, so that Turbo builds it before the site copies it in.
    expect(JSON.parse(readFileSync(join(copy, 'site/package.json'), 'utf8')).devDependencies['@kit/deck-demo']).toBe('workspace:*')
    const plan = JSON.parse(inCopy('pnpm', ['exec', 'turbo', 'run', 'build', '--filter=@kit/site', '--dry=json'])) as { tasks: { taskId: string, dependencies: string[] }[] }
    expect(plan.tasks.find(task => task.taskId === '@kit/site#build')?.dependencies).toContain('@kit/deck-demo#build')

    // As the contributor guide says: `pnpm validate && pnpm build` (the build limited to the new deck here).
    expect(inCopy('pnpm', ['validate'])).toContain('✔ deck demo is valid')
    inCopy('pnpm', ['exec', 'turbo', 'run', 'build', '--filter=@kit/deck-demo'])
    expect(existsSync(join(copy, 'decks/demo/dist/index.html'))).toBe(true)
    // Every slide of the scaffold fits a 16:9 screen.
    expect(inCopy('pnpm', ['exec', 'kit-deck', 'check', '--no-build'], join(copy, 'decks/demo'))).toMatch(/✔ all \d+ slides of demo fit at 16:9/)

    // The site's decks page lists whatever its loader finds under decks/.
    const listed = inCopy(process.execPath, ['--conditions=kit-source', '--import', 'tsx/esm', '-e', 'import("./loaders/decks.data.ts").then(m => m.default.load()).then(d => console.log(JSON.stringify(d.map(x => x.name))))'], join(copy, 'site'))
    expect(JSON.parse(listed.trim().split('\n').at(-1)!)).toEqual(['briefing', 'classroom', 'demo'])
  }, 300_000)
})

describe('pnpm validate on the site\'s pages', () => {
  it('names the page, line, bad id and the nearest ids', () => {
    const page = join(repo, 'site', `tmp-validate-${process.pid}.md`)
    writeFileSync(page, '# Test\n\nSee [the thesis](/claims/sanctions-pledg).\n')
    try {
      const result = spawnSync('pnpm', ['--filter', '@kit/site', 'validate'], { cwd: repo, encoding: 'utf8' })
      expect(result.status).not.toBe(0)
      expect(result.stderr).toContain(`✖ site/tmp-validate-${process.pid}.md:3  page → \`/claims/sanctions-pledg\`  [UnknownReference]`)
      expect(result.stderr).toContain('Did you mean `sanctions-pledge`?')
    }
    finally {
      rmSync(page)
    }
  })
  it('names a deck the site does not depend on, and how to fix it', () => {
    const deck = join(repo, 'decks', `tmp-unlisted-${process.pid}`)
    mkdirSync(deck)
    writeFileSync(join(deck, 'package.json'), `{ "name": "@kit/deck-tmp-unlisted-${process.pid}" }\n`)
    writeFileSync(join(deck, 'slides.md'), '# A deck\n')
    try {
      const result = spawnSync('pnpm', ['--filter', '@kit/site', 'validate'], { cwd: repo, encoding: 'utf8' })
      expect(result.status).not.toBe(0)
      expect(result.stderr).toContain(`✖ site/package.json  devDependencies → \`@kit/deck-tmp-unlisted-${process.pid}\`  [MissingDevDependency]`)
      expect(result.stderr).toContain(`Add "@kit/deck-tmp-unlisted-${process.pid}": "workspace:*" to devDependencies`)
    }
    finally {
      rmSync(deck, { recursive: true, force: true })
    }
  })
})
