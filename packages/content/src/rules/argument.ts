import type { Rule } from '../context.ts'

/** Exactly one claim is the thesis, and every `argument.of` chain reaches it. Needs every claim valid. */
export const argument: Rule = (context, report) => {
  const claims = context.items.claims
  const theses = claims.filter(c => c.value.argument.role === 'thesis')
  if (theses.length !== 1) {
    const at = theses[1] ?? claims[0]
    if (at)
      report('ThesisCount', { theses: theses.map(t => t.value.id) }, at, 'argument', 'role')
    return
  }
  const byId = new Map(claims.map(c => [c.value.id, c]))
  for (const claim of claims) {
    const chain = [claim.value.id]
    let current = claim.value
    while (current.argument.role !== 'thesis') {
      const next = byId.get(current.argument.of)
      if (!next)
        break // reported as UnknownReference
      if (chain.includes(next.value.id)) {
        report('ArgumentCycle', { chain: [...chain, next.value.id], thesis: theses[0]!.value.id }, claim, 'argument', 'of')
        break
      }
      chain.push(next.value.id)
      current = next.value
    }
  }
}
