import type { Rule } from '../context.ts'

/** A timeline strip keeps what the article could know apart from hindsight: never both on one sheet. */
export const strips: Rule = (context, report) => {
  const relation = new Map(context.items.timeline.map(e => [e.value.id, e.value.relation]))
  for (const material of context.items.materials) {
    const ids = material.value.from.timeline
    const hindsight = ids.filter(id => relation.get(id) === 'hindsight')
    if (material.value.kind === 'strip' && hindsight.length > 0 && hindsight.length < ids.length)
      report('StripMixesHindsight', { hindsight }, material, 'from', 'timeline')
  }
}
