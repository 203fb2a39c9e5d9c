import type { Rule } from '../context.ts'
import { citationLists, policy, sourcesById } from './citations.ts'

/** An encyclopedia is never the only source of a fact. */
export const referenceAlone: Rule = (context, report) => {
  const rule = policy(context, 'reference-not-alone')
  if (!rule)
    return
  const sources = sourcesById(context)
  for (const list of citationLists(context)) {
    const types = list.citations.map(c => sources.get(c.source)?.type)
    if (types.length > 0 && types.every(type => type === 'reference'))
      report('ReferenceOnly', { ids: list.citations.map(c => c.source), reason: rule.reason }, list.item, ...list.path)
  }
}
