import type { Rule } from '../context.ts'
import { citationLists, policy, sourcesById } from './citations.ts'

/** State media are cited only for what a government said, and the citation says whose words (`statementOf`). */
export const stateMedia: Rule = (context, report) => {
  const rule = policy(context, 'state-media-statements')
  if (!rule)
    return
  const sources = sourcesById(context)
  for (const list of citationLists(context)) {
    for (const citation of list.citations) {
      const source = sources.get(citation.source)
      if (source?.type === 'state-media' && !citation.statementOf)
        report('StateMediaUnmarked', { source: source.id, publisher: source.publisher, reason: rule.reason }, list.item, ...citation.path)
    }
  }
}
