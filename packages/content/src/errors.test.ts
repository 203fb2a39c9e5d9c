import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { errorReference, errors, formatProblem, problem } from './errors.ts'

describe('the error catalogue', () => {
  it('gives every code a title, a hint and a message', () => {
    for (const [code, entry] of Object.entries(errors)) {
      expect(code, code).toMatch(/^[A-Z][A-Za-z]+$/)
      expect(entry.title.length, code).toBeGreaterThan(10)
      expect(entry.hint, code).toMatch(/\.$/)
    }
  })

  it('renders a problem with its precise fix, or the general hint when it has none', () => {
    const unknown = problem('UnknownReference', { noun: 'actor', id: 'putn', candidates: ['putin', 'lukashenko'] }, { file: 'data/claims.yaml', line: 9, collection: 'claims', item: 'x', field: 'actors[0]' })
    expect(formatProblem(unknown)).toBe('✖ data/claims.yaml:9  claims → `x` → actors[0]  [UnknownReference]\n  unknown actor id `putn`.\n  Did you mean `putin`?')
    expect(problem('VerdictMissing', {}, { file: 'data/claims.yaml' }).hint).toBe(errors.VerdictMissing.hint)
  })

  it('is what docs/errors.md says (run `pnpm --filter @kit/content docs:errors` after changing it)', () => {
    const page = readFileSync(new URL('../docs/errors.md', import.meta.url), 'utf8')
    expect(page.endsWith(errorReference())).toBe(true)
    for (const code of Object.keys(errors))
      expect(page).toContain(`## ${code}\n`)
  })
})
