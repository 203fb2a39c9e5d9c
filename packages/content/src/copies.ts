/**
 * How many copies of a material a class needs, and how the kit says who gets
 * one. Pure and browser-safe: the lesson page's prep list recounts copies as
 * the teacher types the class size.
 */
import type { Material } from './schema.ts'

export type CopyRule = Pick<Material, 'per' | 'copies' | 'groupSize' | 'split'>

/** Copies of `material` for a class of `students` (at least one). */
export function copiesFor(material: CopyRule, students: number): number {
  const size = Math.max(1, Math.floor(students))
  const share = Math.ceil(size / material.split)
  const units = {
    student: share,
    pair: Math.ceil(share / 2),
    group: Math.ceil(share / material.groupSize),
    class: 1,
    teacher: 1,
  }[material.per]
  return units * material.copies
}

const numbers = ['one', 'two', 'three', 'four', 'five', 'six']

/** `one per student`, `two per pair`, `one per group of 4, for one group in 4`. */
export function perLabel(material: CopyRule): string {
  const count = numbers[material.copies - 1] ?? String(material.copies)
  const who = material.per === 'group'
    ? `group of ${material.groupSize}`
    : material.per === 'class' ? 'class, to show' : material.per
  const split = material.split > 1 ? `, for one group in ${material.split}` : ''
  return `${count} per ${who}${split}`
}
