import { describe, expect, it } from 'vitest'
import { runRule } from '../../test/fixture.ts'
import { quotes } from './quotes.ts'

describe('quotes', () => {
  it('passes when every quote is at its range', () => {
    expect(runRule(quotes)).toEqual([])
  })

  it('explains a straight apostrophe where the article has a curly one', () => {
    expect(runRule(quotes, ['claims.yaml', 'quote: The rival’s army', 'quote: The rival\'s army'])).toEqual([
      expect.objectContaining({ code: 'QuoteNotInSource', line: 11, item: 'army-grown', field: 'quote', hint: expect.stringMatching(/curly quotes/) }),
    ])
  })

  it('shows where a quote one character off departs from the article', () => {
    const [problem] = runRule(quotes, ['claims.yaml', 'has grown since 2019.', 'has grown since 2018.'])
    expect(problem?.hint).toMatch(/then the article has "9\." where the quote has "8\."/)
  })

  it('gives the right range when the quote is elsewhere', () => {
    expect(runRule(quotes, ['claims.yaml', 'range: [87, 125]', 'range: [86, 124]'])).toEqual([
      expect.objectContaining({ code: 'RangeMismatch', line: 28, item: 'border-test', field: 'range', hint: 'Set `range: [87, 125]`.' }),
    ])
  })

  it('checks rhetoric passages too', () => {
    expect(runRule(quotes, ['article.yaml', 'quote: What next?', 'quote: What now?'])).toEqual([
      expect.objectContaining({ code: 'QuoteNotInSource', collection: 'article', field: 'rhetoric[0].quote' }),
    ])
  })
})
