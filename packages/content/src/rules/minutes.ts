import type { Rule } from '../context.ts'

/** A lesson's activities add up to its total minutes. */
export const minutes: Rule = (context, report) => {
  for (const lesson of context.items.lessons) {
    const { activities, totalMinutes } = lesson.value
    const sum = activities.reduce((total, activity) => total + activity.minutes, 0)
    if (sum !== totalMinutes)
      report('MinutesMismatch', { sum, total: totalMinutes, parts: activities.map(a => `${a.id} ${a.minutes}`).join(' + ') }, lesson, 'activities')
  }
}
