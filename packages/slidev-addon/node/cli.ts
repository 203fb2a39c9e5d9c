/**
 * `kit-deck`, run from a deck's folder: validate, build or export the deck.
 */
import { spawnSync } from 'node:child_process'
import { basename, join, relative } from 'node:path'
import process from 'node:process'
import { collections, deckBase, pluralOf, runCli } from '@kit/content/node'
import { checkDeck, DeckError } from './deck.ts'
import { exportDeck } from './export.ts'

const root = process.cwd()
const name = basename(root)

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
      run({ positionals }) {
        // Slidev's own build: the addon's Vite plugin checks the content and every id before anything is written.
        const slidev = join(root, 'node_modules/.bin/slidev')
        return spawnSync(slidev, ['build', 'slides.md', '--base', deckBase(name), '--out', 'dist', ...positionals], { stdio: 'inherit' }).status ?? 1
      },
    },
    export: {
      description: 'write dist/slides.pdf and dist/handout.pdf (needs Chromium)',
      async run() {
        process.stdout.write(`… exporting ${name}\n`)
        const { slides, handout, seconds } = await exportDeck(root)
        process.stdout.write(`✔ ${name}: ${relative(root, slides)}, ${relative(root, handout)} (${seconds.toFixed(1)} s)\n`)
      },
    },
  },
})
