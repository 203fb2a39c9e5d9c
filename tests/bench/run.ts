/**
 * `pnpm bench`: every figure in one run, beside the bare tools built in the
 * same run (absolute times drift on shared machines; ratios much less).
 * Writes bench/RESULTS.md (committed) and bench/results.json. Not a test.
 *
 *   pnpm bench [--runs 3]
 *
 * Takes about ten minutes on two cores. Run it on an idle machine: anything
 * else using the CPU shows up in every figure.
 */
import type { BuildFigures } from './builds.ts'
import type { DeckFigures } from './decks.ts'
import type { SiteFigures } from './site.ts'
import { writeFileSync } from 'node:fs'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { benchBuilds } from './builds.ts'
import { benchDecks } from './decks.ts'
import { machine, run } from './measure.ts'
import { renderResults } from './report.ts'
import { benchSite } from './site.ts'
import { benchValidation } from './validation.ts'

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } })
const runs = Number(values.runs)
if (!Number.isInteger(runs) || runs < 1)
  throw new Error('--runs takes a whole number of at least 1')

const started = Date.now()
const log = (line: string) => process.stdout.write(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}\n`)

export interface Results {
  runs: number
  machine: ReturnType<typeof machine>
  validation: ReturnType<typeof benchValidation>
  builds: BuildFigures
  decks: DeckFigures[]
  site: SiteFigures
  minutes: number
}

async function main() {
  const about = machine()
  log(`validation, 30 runs`)
  const validation = benchValidation(30)
  const builds = benchBuilds(runs, log)
  const decks = await benchDecks(runs, log)
  const site = await benchSite(runs, log)
  // Leave the tree as `pnpm build` does (the deck and site benchmarks built outside Turbo).
  run('pnpm', ['build'], new URL('../../', import.meta.url).pathname)
  const results: Results = { runs, machine: about, validation, builds, decks, site, minutes: (Date.now() - started) / 60_000 }
  writeFileSync(new URL('results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`)
  writeFileSync(new URL('RESULTS.md', import.meta.url), renderResults(results))
  log(`wrote bench/RESULTS.md and bench/results.json (${results.minutes.toFixed(1)} min)`)
}

main().catch((error: Error) => {
  process.stderr.write(`✖ ${error.message}\n`)
  process.exitCode = 1
})
