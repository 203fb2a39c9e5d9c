import type { Rule } from '../context.ts'

/** An event that runs over several days ends on or after its first day. */
export const dates: Rule = (context, report) => {
  for (const event of context.items.timeline) {
    const { date, endDate } = event.value
    if (endDate && endDate < date)
      report('DateOrder', { what: 'the event', start: date, end: endDate }, event, 'endDate')
  }
}
