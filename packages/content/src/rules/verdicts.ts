import type { Rule } from '../context.ts'

/** A factual claim can be checked, so it carries a verdict. */
export const verdicts: Rule = (context, report) => {
  for (const claim of context.items.claims) {
    if (claim.value.kind === 'factual' && !claim.value.verdict)
      report('VerdictMissing', {}, claim)
  }
}
