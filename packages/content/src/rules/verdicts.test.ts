import { describe, expect, it } from 'vitest'
import { runRule } from '../../test/fixture.ts'
import { verdicts } from './verdicts.ts'

describe('verdicts', () => {
  it('passes when every factual claim has a verdict', () => {
    expect(runRule(verdicts)).toEqual([])
  })

  it('reports a factual claim without one', () => {
    expect(runRule(verdicts, ['claims.yaml', / {2}verdict:\n[\s\S]*?statementOf: rival\}\n/, ''])).toEqual([
      expect.objectContaining({ code: 'VerdictMissing', item: 'army-grown', hint: expect.stringContaining('verdict: { rating') }),
    ])
  })
})
