/**
 * Measures validation of the whole content: reading and parsing the YAML
 * files plus every schema and cross-reference rule, as `pnpm validate` does.
 * Not a test: it prints figures for the README and closing notes.
 *
 *   pnpm --filter @kit/content bench [--runs 30]
 */
import { cpus } from 'node:os'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { checkContent, readContentFiles } from '../src/load.ts'
import { validateContent } from '../src/validate.ts'

const { values } = parseArgs({ options: { runs: { type: 'string', default: '30' } } })
const runs = Number(values.runs)

function time(fn: () => unknown): number {
  const start = performance.now()
  fn()
  return performance.now() - start
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!
  return { median: at(0.5), p90: at(0.9), min: sorted[0]! }
}

// Read and validate without the loader's cache, as `pnpm validate` does in a new process.
const first = time(() => checkContent({ built: false }))
const full = stats(Array.from({ length: runs }, () => time(() => {
  if (!validateContent(readContentFiles().files).ok)
    throw new Error('content is invalid: run `pnpm validate`')
})))
const read = stats(Array.from({ length: runs }, () => time(() => readContentFiles())))
const { files } = readContentFiles()
const rules = stats(Array.from({ length: runs }, () => time(() => validateContent(files))))

const ms = (n: number) => `${n.toFixed(1)} ms`
console.log(`Content validation, ${runs} runs after one cold run (Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim()})`)
console.log(`  cold first run (module warm-up included): ${ms(first)}`)
console.log(`  full validation (read + parse + rules):   median ${ms(full.median)}, p90 ${ms(full.p90)}, min ${ms(full.min)}`)
console.log(`    read + parse YAML:                       median ${ms(read.median)}`)
console.log(`    schemas + cross-references:              median ${ms(rules.median)}`)
console.log(`  budget: 300 ms median → ${full.median <= 300 ? 'met' : 'OVER'}`)
