/**
 * `kit-deck`, run from a deck's folder:
 *   kit-deck validate   check the content and every component id the deck uses
 *   kit-deck build      `slidev build` into dist/ for /decks/<name>/ (started by bin.mjs;
 *                       the addon's plugin validates before anything is written)
 *   kit-deck export     write dist/slides.pdf and dist/handout.pdf (needs Chromium)
 */
import { basename, relative } from 'node:path'
import process from 'node:process'
import { formatProblems } from '@kit/content/node'
import { checkDeck } from './deck.ts'
import { exportDeck } from './export.ts'

const usage = `Usage: kit-deck <validate | build | export>   (run in a deck folder)\n`
const root = process.cwd()
const name = basename(root)

async function validate(): Promise<boolean> {
  const result = await checkDeck(root)
  if (result.problems.length) {
    process.stderr.write(`${formatProblems(result.problems)}\n`)
    return false
  }
  const names = { claims: 'claims', timeline: 'events', glossary: 'terms', perspectives: 'perspectives', questions: 'questions', lessonPlans: 'lesson plans' } as const
  const counts = Object.entries(names).filter(([key]) => result.selection[key as keyof typeof names]?.length).map(([key, name]) => `${result.selection[key as keyof typeof names]!.length} ${name}`).join(', ')
  process.stdout.write(`✔ deck ${name} is valid (${result.files.map(f => relative(root, f)).join(', ')}; cites ${counts || 'no content'})\n`)
  return true
}

async function main(command: string | undefined): Promise<number> {
  switch (command) {
    case 'validate':
      return await validate() ? 0 : 1
    case 'export': {
      process.stdout.write(`… exporting ${name}\n`)
      const { slides, handout, seconds } = await exportDeck(root)
      process.stdout.write(`✔ ${name}: ${relative(root, slides)}, ${relative(root, handout)} (${seconds.toFixed(1)} s)\n`)
      return 0
    }
    default:
      process.stderr.write(command ? `✖ unknown command \`${command}\`\n\n${usage}` : usage)
      return 1
  }
}

main(process.argv[2]).then((code) => {
  process.exitCode = code
}, (error: Error) => {
  process.stderr.write(`✖ ${name}: ${error.message}\n`)
  process.exitCode = 1
})
