import { describe, expect, it } from 'vitest'
import { lessonSchedule } from './schedule.ts'

describe('lessonSchedule', () => {
  it('counts each transition before its activity\'s work', () => {
    expect(lessonSchedule([{ minutes: 4, transition: 0 }, { minutes: 5, transition: 1 }, { minutes: 12, transition: 2 }])).toEqual([
      { start: 0, work: 0, end: 4 },
      { start: 4, work: 5, end: 10 },
      { start: 10, work: 12, end: 24 },
    ])
  })
})
