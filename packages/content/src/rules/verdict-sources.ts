import type { Rule } from '../context.ts'
import { citationLists, policy, sourcesById } from './citations.ts'

/** A verdict a reader can check (supported, partly, …) cites at least one source of the kinds the policy names (official, news). */
export const verdictSources: Rule = (context, report) => {
  const rule = policy(context, 'checkable-verdicts')
  if (!rule)
    return
  const sources = sourcesById(context)
  for (const list of citationLists(context)) {
    if (list.item.collection !== 'claims' || list.path.join('.') !== 'verdict.sources')
      continue
    const rating = (list.item.value as { verdict: { rating: (typeof rule.ratings)[number] } }).verdict.rating
    if (rule.ratings.includes(rating) && !list.citations.some(c => rule.types.includes(sources.get(c.source)?.type as never)))
      report('VerdictSourceType', { rating, types: rule.types, reason: rule.reason }, list.item, ...list.path)
  }
}
