/**
 * The validation rules, in the order they run. A rule with `when` runs only
 * if its guard holds: rules over a whole collection need every item of it
 * valid, or one broken item would produce misleading follow-on problems.
 */
import type { Rule, RuleContext } from '../context.ts'
import { argument } from './argument.ts'
import { blockedDomains } from './blocked-domains.ts'
import { coverage } from './coverage.ts'
import { dates } from './dates.ts'
import { hindsightSources } from './hindsight-sources.ts'
import { minutes } from './minutes.ts'
import { phrases } from './phrases.ts'
import { publicationTime } from './publication-time.ts'
import { quotes } from './quotes.ts'
import { rawIds } from './raw-ids.ts'
import { referenceAlone } from './reference-alone.ts'
import { references } from './references.ts'
import { stateMedia } from './state-media.ts'
import { strips } from './strips.ts'
import { uniqueIds } from './unique-ids.ts'
import { verdictSources } from './verdict-sources.ts'
import { verdicts } from './verdicts.ts'
import { viaCopies } from './via-copies.ts'

export interface Step {
  rule: Rule
  when?: (context: RuleContext) => boolean
}

const complete = (...names: Array<keyof RuleContext['items']>) => (context: RuleContext) => names.every(name => context.complete.has(name))

export const steps: Step[] = [
  { rule: uniqueIds },
  { rule: references },
  { rule: quotes },
  { rule: phrases },
  { rule: verdicts },
  { rule: dates },
  { rule: minutes },
  { rule: publicationTime },
  { rule: rawIds },
  { rule: strips },
  // The source policy: over sources and citations, once the policy itself is valid.
  { rule: blockedDomains, when: complete('policy') },
  { rule: viaCopies, when: complete('policy') },
  { rule: verdictSources, when: complete('policy', 'sources') },
  { rule: referenceAlone, when: complete('policy', 'sources') },
  { rule: stateMedia, when: complete('policy', 'sources') },
  { rule: hindsightSources, when: complete('sources') },
  { rule: argument, when: complete('claims') },
  { rule: coverage, when: context => Boolean(context.article.meta) && complete('claims')(context) },
]
