import type { Rule } from '../context.ts'

/** A lesson's activities, with the transitions into them, add up to its total minutes. */
export const minutes: Rule = (context, report) => {
  for (const lesson of context.items.lessons) {
    const { activities, totalMinutes } = lesson.value
    const sum = activities.reduce((total, activity) => total + activity.minutes + activity.transition, 0)
    if (sum !== totalMinutes)
      report('MinutesMismatch', { sum, total: totalMinutes, parts: activities.map(a => `${a.id} ${a.minutes}${a.transition ? ` + ${a.transition} transition` : ''}`).join(' + ') }, lesson, 'activities')
  }
}
