/**
 * The tiny valid content set under fixtures/valid, copied and broken one way
 * per test: for the rule tests and the loader's tests.
 */
import type { Rule } from '../src/context.ts'
import type { Problem } from '../src/errors.ts'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach } from 'vitest'
import { collections } from '../src/collections.ts'
import { createReport } from '../src/context.ts'
import { checkContent, readContentFiles } from '../src/load.ts'
import { parseContent } from '../src/parse.ts'

export const validFixture = fileURLToPath(new URL('./fixtures/valid/', import.meta.url))
const temps: string[] = []

afterEach(() => {
  for (const dir of temps.splice(0))
    rmSync(dir, { recursive: true, force: true })
})

/** A copy of the valid fixture, laid out as the package is (`<root>/data/...`). */
export function copyFixture(): string {
  const root = mkdtempSync(join(tmpdir(), 'kit-content-'))
  temps.push(root)
  cpSync(validFixture, join(root, 'data'), { recursive: true })
  return join(root, 'data')
}

export type Edit = [file: string, from: string | RegExp, to: string]

/** The fixture with each edit applied; fails loudly when an edit's text is not there. */
export function broken(...edits: Edit[]): string {
  const dir = copyFixture()
  for (const [file, from, to] of edits) {
    const path = join(dir, file)
    const text = readFileSync(path, 'utf8')
    const next = text.replace(from, to)
    if (next === text)
      throw new Error(`fixture edit did not apply: ${file}: ${String(from)}`)
    writeFileSync(path, next)
  }
  return dir
}

/** Every problem full validation finds in `dir`. */
export function problemsOf(dir: string): Problem[] {
  const result = checkContent({ dataDir: dir, built: false })
  if (result.ok)
    throw new Error('expected the content to be invalid')
  return result.problems
}

/** The problems one rule alone reports on the fixture with `edits` (schema problems are not included). */
export function runRule(rule: Rule, ...edits: Edit[]): Problem[] {
  const { files } = readContentFiles(edits.length ? broken(...edits) : validFixture)
  const context = parseContent(files, collections, createReport([]))
  const problems: Problem[] = []
  rule(context, createReport(problems))
  return problems
}
