import { describe, expect, it } from 'vitest'
import { runRule } from '../../test/fixture.ts'
import { coverage } from './coverage.ts'

describe('coverage', () => {
  it('passes when every sentence is a claim or rhetoric', () => {
    expect(runRule(coverage)).toEqual([])
  })

  it('names the uncovered sentence and the range to list it with', () => {
    expect(runRule(coverage, ['article.yaml', /rhetoric:\n[\s\S]*$/, 'rhetoric: []\n'])).toEqual([
      expect.objectContaining({ code: 'SentenceNotCovered', file: 'data/article.txt', line: 2, item: 'sentence 3', message: '"What next?" is covered by no claim and not listed as rhetoric.', hint: expect.stringContaining('range: [76, 86]') }),
    ])
  })
})
