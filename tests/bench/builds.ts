/**
 * Whole-repository builds through Turbo, as `pnpm build` runs them: cold
 * (cache off: every task runs), warm (every task a cache hit), and a rebuild
 * after editing one deck (which tasks run again, and how long it takes).
 */
import type { Timing } from './measure.ts'
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { median, run } from './measure.ts'

const repo = fileURLToPath(new URL('../../', import.meta.url))
const turbo = join(repo, 'node_modules/.bin/turbo')

interface TurboRun {
  seconds: number
  /** Task ids that ran (cache misses). */
  ran: string[]
  cached: number
  total: number
}

/** `turbo run build`, timed, with the tasks that ran read back from Turbo's run summary. */
function build(...flags: string[]): TurboRun {
  const runsDir = join(repo, '.turbo/runs')
  const started = performance.now()
  run(turbo, ['run', 'build', '--output-logs=none', '--summarize', ...flags], repo)
  const seconds = (performance.now() - started) / 1000
  const newest = readdirSync(runsDir).map(f => join(runsDir, f)).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0]!
  const summary = JSON.parse(readFileSync(newest, 'utf8')) as { tasks: Array<{ taskId: string, cache: { status: 'HIT' | 'MISS' } }> }
  const ran = summary.tasks.filter(t => t.cache.status === 'MISS').map(t => t.taskId).sort()
  return { seconds, ran, cached: summary.tasks.length - ran.length, total: summary.tasks.length }
}

const timing = (runs: TurboRun[]): Timing => ({ median: median(runs.map(r => r.seconds)), samples: runs.map(r => r.seconds) })

export interface BuildFigures {
  cold: Timing & { tasks: number }
  warm: Timing & { cached: number, total: number }
  rebuild: Timing & { edited: string, ran: string[] }
}

export function benchBuilds(runs: number, log: (line: string) => void, deck = 'briefing'): BuildFigures {
  log(`cold full build (turbo run build --force), ${runs} runs`)
  const cold = Array.from({ length: runs }, () => build('--force'))
  log(`warm build (every task cached), ${runs} runs`)
  const warm = Array.from({ length: runs }, () => build())
  if (warm.some(r => r.ran.length))
    throw new Error(`a warm build ran tasks again: ${[...new Set(warm.flatMap(r => r.ran))].join(', ')}; a build input changes on every build`)

  const edited = `decks/${deck}/slides.md`
  const file = join(repo, edited)
  const original = readFileSync(file, 'utf8')
  log(`rebuild after editing ${edited}, ${runs} runs`)
  let rebuilds: TurboRun[]
  try {
    rebuilds = Array.from({ length: runs }, (_, i) => {
      // A new speaker note on the last slide: a real change, different each run.
      writeFileSync(file, `${original.trimEnd()}\n\n<!-- Benchmark edit ${i + 1} at ${Date.now()}. -->\n`)
      return build()
    })
  }
  finally {
    writeFileSync(file, original)
  }
  build() // back to the committed deck (cache hits)
  return {
    cold: { ...timing(cold), tasks: cold[0]!.total },
    warm: { ...timing(warm), cached: warm[0]!.cached, total: warm[0]!.total },
    rebuild: { ...timing(rebuilds), edited, ran: rebuilds[0]!.ran },
  }
}
