import { describe, expect, it } from 'vitest'
import { didYouMean, nearest } from './suggest.ts'

const ids = ['sanctions-pledge', 'putin-risk-realist', 'putin-senses-win', 'putin', 'nato', 'russia', 'prussia']

describe('nearest', () => {
  it('finds typos, nearest first', () => {
    expect(nearest('sanction-pledge', ids)).toEqual(['sanctions-pledge'])
    expect(nearest('putn', ids)).toEqual(['putin'])
    expect(nearest('putin-risk-realst', ids)).toEqual(['putin-risk-realist'])
    expect(nearest('putin-risk', ids)).toEqual(['putin-risk-realist'])
  })

  it('falls back to ids that share the first word', () => {
    expect(nearest('putin-motives', ids)).toEqual(['putin', 'putin-senses-win', 'putin-risk-realist'])
  })

  it('suggests nothing far away', () => {
    expect(nearest('lukashenko', ids)).toEqual([])
    expect(didYouMean('lukashenko', ids)).toBe('')
  })

  it('words one or several suggestions', () => {
    expect(didYouMean('natto', ids)).toBe('Did you mean `nato`?')
    expect(didYouMean('rusia', ids)).toBe('Did you mean `russia` or `prussia`?')
  })
})
