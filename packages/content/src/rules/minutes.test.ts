import { describe, expect, it } from 'vitest'
import { runRule } from '../../test/fixture.ts'
import { minutes } from './minutes.ts'

describe('minutes', () => {
  it('passes when the activities add up to the total', () => {
    expect(runRule(minutes)).toEqual([])
  })

  it('shows the sum, its parts and the change that would fix it', () => {
    expect(runRule(minutes, ['lessons/short.yaml', 'minutes: 9', 'minutes: 11'])).toEqual([
      expect.objectContaining({ code: 'MinutesMismatch', file: 'data/lessons/short.yaml', item: 'short', field: 'activities', message: 'activities add up to 17 minutes (read 11 + 1 transition + discuss 5) but `totalMinutes` is 15.' }),
    ])
  })
})
