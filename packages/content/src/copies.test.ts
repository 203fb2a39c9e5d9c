import { describe, expect, it } from 'vitest'
import { copiesFor, perLabel } from './copies.ts'

const rule = { per: 'student', copies: 1, groupSize: 4, split: 1 } as const

describe('copiesFor', () => {
  it('counts one per student, pair or group, rounding up', () => {
    expect(copiesFor(rule, 28)).toBe(28)
    expect(copiesFor({ ...rule, per: 'pair' }, 27)).toBe(14)
    expect(copiesFor({ ...rule, per: 'group', groupSize: 4 }, 30)).toBe(8)
  })

  it('gives one to the class or the teacher whatever the size', () => {
    expect(copiesFor({ ...rule, per: 'class' }, 36)).toBe(1)
    expect(copiesFor({ ...rule, per: 'teacher', copies: 2 }, 12)).toBe(2)
  })

  it('prints a split sheet (an expert packet) for its share of the class only', () => {
    // 4 expert groups in a class of 28: 7 students read each packet.
    expect(copiesFor({ ...rule, split: 4 }, 28)).toBe(7)
    expect(copiesFor({ ...rule, split: 4 }, 30)).toBe(8)
  })

  it('never counts fewer than one student', () => {
    expect(copiesFor(rule, 0)).toBe(1)
    expect(copiesFor(rule, -3)).toBe(1)
  })
})

describe('perLabel', () => {
  it('says who gets a copy in words', () => {
    expect(perLabel(rule)).toBe('one per student')
    expect(perLabel({ ...rule, per: 'group', groupSize: 3 })).toBe('one per group of 3')
    expect(perLabel({ ...rule, copies: 2, per: 'pair' })).toBe('two per pair')
    expect(perLabel({ ...rule, split: 4 })).toBe('one per student, for one group in 4')
  })
})
