import type { Rule } from '../context.ts'

/**
 * What the article mentions or assumes happened by its publication; what it
 * could not know (hindsight) happened after. Needs a known publication window.
 */
export const publicationTime: Rule = (context, report) => {
  const published = context.article.meta?.value.published
  if (!published || published.status === 'unknown')
    return
  const { from, to } = published.value
  for (const event of context.items.timeline) {
    const { relation, date } = event.value
    if (relation !== 'hindsight' && date > to)
      report('MentionedAfterPublication', { relation, date, end: to }, event, 'date')
    else if (relation === 'hindsight' && date < from)
      report('HindsightBeforePublication', { date, start: from }, event, 'date')
  }
}
