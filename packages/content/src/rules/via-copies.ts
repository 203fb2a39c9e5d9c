import type { Rule } from '../context.ts'
import { policy } from './citations.ts'

/** A copy names its original: its `publisher` is whose text it is, not who republished it. */
export const viaCopies: Rule = (context, report) => {
  const rule = policy(context, 'via-copies')
  if (!rule)
    return
  for (const source of context.items.sources) {
    const { via, publisher } = source.value
    if (via && via.publisher.trim().toLowerCase() === publisher.trim().toLowerCase())
      report('ViaWithoutOriginal', { publisher, reason: rule.reason }, source, 'via', 'publisher')
  }
}
