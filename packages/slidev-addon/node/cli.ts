/**
 * `kit-deck`, run from a deck's folder: validate, build or export the deck.
 */
import { spawnSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { basename, join, relative } from 'node:path'
import process from 'node:process'
import { collections, deckBase, pluralOf, runCli } from '@kit/content/node'
import { checkDeck, DeckError } from './deck.ts'
import { exportDeck } from './export.ts'
import { checkFit } from './fit.ts'

const root = process.cwd()
const name = basename(root)

/** Slidev's own build: the addon's Vite plugin checks the content and every id before anything is written. */
function build(args: string[]): number {
  // Slidev writes into dist/ without emptying it: clear the old assets (exports stay until the next export).
  rmSync(join(root, 'dist', 'assets'), { recursive: true, force: true })
  return spawnSync(join(root, 'node_modules/.bin/slidev'), ['build', 'slides.md', '--base', deckBase(name), '--out', 'dist', ...args], { stdio: 'inherit' }).status ?? 1
}

await runCli({
  name: 'kit-deck',
  footer: 'Run it in a deck folder (decks/<name>/); `pnpm validate`, `pnpm build` and `pnpm export` run it for every deck.',
  commands: {
    validate: {
      description: 'check the content and every component id the deck uses',
      async run() {
        const result = await checkDeck(root)
        if (result.problems.length)
          throw new DeckError(result.problems)
        const cited = Object.entries(collections).flatMap(([key, config]) => result.selection[key as keyof typeof collections]?.length ? [`${result.selection[key as keyof typeof collections]!.length} ${pluralOf(config)}`] : [])
        process.stdout.write(`✔ deck ${name} is valid (${result.files.map(f => relative(root, f)).join(', ')}; cites ${cited.join(', ') || 'no content'})\n`)
      },
    },
    build: {
      args: '[slidev build options]',
      description: `slidev build into dist/ for ${deckBase(name)} (the addon checks every id first)`,
      options: {},
      run: ({ positionals }) => build(positionals),
    },
    check: {
      args: '[--no-build]',
      description: 'build, then show every slide in Chromium at 16:9 and report anything past its edge',
      options: { 'no-build': { type: 'boolean' } },
      async run({ values }) {
        if (!values['no-build'] && build([]) !== 0)
          return 1
        const { slides, problems } = await checkFit(root)
        if (problems.length)
          throw new DeckError(problems)
        process.stdout.write(`✔ all ${slides} slides of ${name} fit at 16:9\n`)
      },
    },
    export: {
      description: 'write dist/slides.pdf, dist/handout.pdf and dist/slides.pptx from the built deck (needs Chromium)',
      async run() {
        process.stdout.write(`… exporting ${name}\n`)
        const { slides, handout, pptx, pages, seconds } = await exportDeck(root)
        process.stdout.write(`✔ ${name}: ${[slides, handout, pptx].map(file => relative(root, file)).join(', ')} (${pages} slides, ${seconds.toFixed(1)} s)\n`)
      },
    },
  },
})
