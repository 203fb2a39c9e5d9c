/**
 * Content validation as `pnpm validate` and every build run it: read and
 * parse the YAML, then every schema and cross-reference rule. In-process
 * median after one cold run, and the CLI as a contributor waits for it.
 */
import { join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { readContentFiles, validateContent } from '@kit/content/node'
import { median, timeCommand } from './measure.ts'

const contentPackage = fileURLToPath(new URL('../../packages/content/', import.meta.url))

function ms(fn: () => void): number {
  const start = performance.now()
  fn()
  return performance.now() - start
}

export function benchValidation(runs: number) {
  // Read and validate without the loader's cache or the built JSON, as `pnpm validate` does.
  const check = () => {
    if (!validateContent(readContentFiles().files).ok)
      throw new Error('the content is invalid: run `pnpm validate`')
  }
  const coldMs = ms(check)
  const medianMs = median(Array.from({ length: runs }, () => ms(check)))
  const cli = timeCommand(process.execPath, [join(contentPackage, 'bin/kit-content.mjs'), 'validate'], contentPackage, 3)
  return { runs, medianMs, coldMs, cliSeconds: cli.median }
}
