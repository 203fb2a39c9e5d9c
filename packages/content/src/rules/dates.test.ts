import { describe, expect, it } from 'vitest'
import { runRule } from '../../test/fixture.ts'
import { dates } from './dates.ts'

describe('dates', () => {
  it('passes when every event ends after it starts', () => {
    expect(runRule(dates)).toEqual([])
  })

  it('reports an event that ends before it starts', () => {
    expect(runRule(dates, ['timeline.yaml', 'endDate: 2019-03-05', 'endDate: 2019-02-05'])).toEqual([
      expect.objectContaining({ code: 'DateOrder', item: 'army-expands', field: 'endDate', message: 'the event ends (2019-02-05) before it starts (2019-03-01).' }),
    ])
  })
})
