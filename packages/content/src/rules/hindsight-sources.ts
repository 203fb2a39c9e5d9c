import type { Rule } from '../context.ts'
import type { Source } from '../schema.ts'
import { sourcesById } from './citations.ts'

/** Whether a source may date from `day` or later: a day on or after it, or a month or year that reaches it. */
export function datedFrom(published: Source['published'], day: string): boolean {
  if (published === 'unknown')
    return false
  const date = typeof published === 'string' ? published : published.approximate
  return date >= day.slice(0, date.length)
}

/** Evidence marked hindsight cites at least one source dated from the article's publication on. */
export const hindsightSources: Rule = (context, report) => {
  const published = context.article.meta?.value.published
  if (!published || published.status === 'unknown')
    return
  const sources = sourcesById(context)
  for (const claim of context.items.claims) {
    claim.value.evidence.forEach((evidence, i) => {
      if (evidence.kind !== 'hindsight')
        return
      const ids = evidence.sources.map(c => typeof c === 'string' ? c : c.source)
      if (ids.every(id => sources.has(id)) && !ids.some(id => datedFrom(sources.get(id)!.published, published.value.from)))
        report('HindsightSourceTooEarly', { ids, start: published.value.from }, claim, 'evidence', i, 'sources')
    })
  }
}
