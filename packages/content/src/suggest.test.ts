import { describe, expect, it } from 'vitest'
import { didYouMean, nearest } from './suggest.ts'

const ids = ['sanctions-pledge', 'putin-risk-realist', 'putin', 'nato', 'russia']

describe('nearest', () => {
  it('finds typos, nearest first', () => {
    expect(nearest('sanction-pledge', ids)).toEqual(['sanctions-pledge'])
    expect(nearest('putn', ids)).toEqual(['putin'])
    expect(nearest('putin-risk', ids)).toEqual(['putin-risk-realist', 'putin'])
  })

  it('suggests nothing far away', () => {
    expect(nearest('lukashenko', ids)).toEqual([])
    expect(didYouMean('lukashenko', ids)).toBe('')
  })

  it('words one or several suggestions', () => {
    expect(didYouMean('natto', ids)).toBe('Did you mean `nato`?')
    expect(didYouMean('putin-risk', ids)).toBe('Did you mean `putin-risk-realist` or `putin`?')
  })
})
