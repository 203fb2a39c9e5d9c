/**
 * A lesson's clock: when each activity starts and ends, with the minutes to
 * move into it (hand out sheets, regroup) counted first. Pure and
 * browser-safe: the teacher edition, the classroom deck and its notes read it.
 */
import type { Activity } from './schema.ts'

export interface Slot {
  /** The minute the transition into the activity starts. */
  start: number
  /** The minute the activity's own work starts (after its transition). */
  work: number
  /** The minute it ends. */
  end: number
}

export function lessonSchedule(activities: ReadonlyArray<Pick<Activity, 'minutes' | 'transition'>>): Slot[] {
  let start = 0
  return activities.map((activity) => {
    const slot = { start, work: start + activity.transition, end: start + activity.transition + activity.minutes }
    start = slot.end
    return slot
  })
}
