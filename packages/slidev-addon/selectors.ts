/**
 * What each deck component shows, as a pure function of its attributes and
 * the content. The Vite plugin runs these at build time (to check ids and to
 * ship only the items a deck uses); the components run the same functions in
 * the browser over that subset, so both always agree.
 *
 * Each component's spec says what its attributes are: ids of which
 * collection, values from which list, dates or flags. The checks follow from
 * it; `select` only picks the items.
 */
import type { Claim, CollectionName, ContentIndex, GlossaryTerm, Perspective, Question, TimelineEvent } from '@kit/content'
import { claimKinds, firstSentence, timelineRelations, verdictRatings } from '@kit/content'

/** A component's attributes: static strings, flags, or absent (as Vue props arrive). */
export type Attrs = Readonly<Record<string, string | boolean | undefined>>

/** Props of components that show what a lesson activity lists; both default to the deck's `kitLesson` and the slide's `activity`. */
export interface ActivityProps {
  lesson?: string
  activity?: string
}

/** A mistake in a component's attributes, as data: the build words it from the error catalogue. */
export type AttrProblem = { attr: string } & (
  | { code: 'UnknownReference', collection: CollectionName, id: string }
  | { code: 'UnknownActivity', lesson: string, id: string, candidates: string[] }
  | { code: 'MissingAttribute', what: string, example?: string }
  | { code: 'InvalidAttribute', value: string, allowed?: readonly string[], expected?: string }
  | { code: 'EmptySelection', collection: CollectionName, fix: string }
)

/** Ids whose items a component shows in more detail than the summary. */
type Detail = 'claimCards' | 'claimHindsight' | 'timelineSummaries'

/** The items a component draws on, by collection, and which of them it shows in detail. */
export type Selection = Partial<Record<CollectionName | Detail, string[]>> & { article?: boolean }

type AttrSpec
  = | { type: 'ref', collection: CollectionName, list?: boolean }
    | { type: 'enum', values: readonly string[] }
    | { type: 'date' | 'flag' | 'text' | 'activity' | 'part' }

export interface ComponentSpec {
  /** Attributes the component accepts; anything else is reported. */
  attrs: Record<string, AttrSpec>
  /** Attributes it cannot do without, with what each is for. */
  requires?: Record<string, { what: string, example?: string }>
  /** The collection it must select at least one item of, and how to make it. */
  nonEmpty?: { collection: CollectionName, fix: (index: ContentIndex) => string }
  select: (index: ContentIndex, attrs: Attrs) => Selection
}

const ref = (collection: CollectionName, list = false): AttrSpec => ({ type: 'ref', collection, list })
const oneOf = (values: readonly string[]): AttrSpec => ({ type: 'enum', values })
const flag: AttrSpec = { type: 'flag' }
const activityAttrs = { lesson: ref('lessons'), activity: { type: 'activity' } } satisfies Record<string, AttrSpec>

export const list = (value: string | boolean | undefined) => typeof value === 'string' ? value.split(',').map(s => s.trim()).filter(Boolean) : []
const isoDate = /^\d{4}-\d{2}-\d{2}$/
const partPattern = /^([1-9]\d*)\/([1-9]\d*)$/

/** Where part `n` of `m` (`part="2/3"`) starts and ends in a list of `length` cut into `m` nearly equal runs. */
export function partRange(length: number, part: string | boolean | undefined): [start: number, end: number] {
  const match = typeof part === 'string' ? partPattern.exec(part) : null
  if (!match)
    return [0, length]
  const [n, m] = [Number(match[1]), Number(match[2])]
  const size = Math.ceil(length / m)
  return [Math.min(length, (n - 1) * size), Math.min(length, n * size)]
}

/** Part `n` of `m` of a list, for a list split across slides. */
export function partOf<T>(items: T[], part: string | boolean | undefined): T[] {
  return items.slice(...partRange(items.length, part))
}

type ActivityRefs = 'claims' | 'timeline' | 'terms' | 'questions' | 'perspectives'

/** Ids that a lesson activity lists (`lesson="…" activity="…"`), or `[]`. */
function activityIds(index: ContentIndex, attrs: Attrs, key: ActivityRefs): string[] {
  if (typeof attrs.lesson !== 'string' || !index.lessons.has(attrs.lesson))
    return []
  return index.lessons.get(attrs.lesson).activities.find(a => a.id === attrs.activity)?.[key] ?? []
}

/** Existing items named by `ids="a,b"`, else by the lesson activity. */
function listed<T>(index: ContentIndex, attrs: Attrs, key: ActivityRefs, lookup: { has: (id: string) => boolean, get: (id: string) => T }): T[] {
  const ids = list(attrs.ids)
  return (ids.length ? ids : activityIds(index, attrs, key)).filter(id => lookup.has(id)).map(id => lookup.get(id))
}

/** Claims chosen by `ids` or the activity, or filtered by `kind`, `actor` and `verdict`, in article order; `part` of them. */
export function selectClaims(index: ContentIndex, attrs: Attrs): Claim[] {
  const chosen = listed(index, attrs, 'claims', index.claims)
  if (chosen.length || list(attrs.ids).length)
    return partOf(chosen, attrs.part)
  const kinds = list(attrs.kind)
  const verdicts = list(attrs.verdict)
  const actor = typeof attrs.actor === 'string' ? attrs.actor : undefined
  return partOf(index.content.claims.filter(c =>
    (!kinds.length || kinds.includes(c.kind))
    && (!verdicts.length || (c.verdict && verdicts.includes(c.verdict.rating)))
    && (!actor || c.actors.includes(actor))), attrs.part)
}

/** Events chosen by `ids` or the activity, or from `from` to `to` (inclusive), optionally of some `relation`s only; `part` of them. */
export function selectEvents(index: ContentIndex, attrs: Attrs): TimelineEvent[] {
  const chosen = listed(index, attrs, 'timeline', index.timeline)
  if (chosen.length || list(attrs.ids).length)
    return partOf(chosen, attrs.part)
  const relations = list(attrs.relation)
  const from = typeof attrs.from === 'string' ? attrs.from : '0000-01-01'
  const to = typeof attrs.to === 'string' ? attrs.to : '9999-12-31'
  return partOf(index.timelineBetween(from, to).filter(e => !relations.length || relations.includes(e.relation)), attrs.part)
}

/** Perspectives chosen by `ids` or the activity, or those answering `claim`, or all; `part` of them. */
export function selectPerspectives(index: ContentIndex, attrs: Attrs): Perspective[] {
  const chosen = listed(index, attrs, 'perspectives', index.perspectives)
  if (chosen.length || list(attrs.ids).length)
    return partOf(chosen, attrs.part)
  if (typeof attrs.claim === 'string' && index.claims.has(attrs.claim))
    return partOf(index.counterpointsFor(attrs.claim), attrs.part)
  return partOf(index.content.perspectives, attrs.part)
}

/** Glossary terms chosen by `ids`, or those the activity lists. */
export const selectTerms = (index: ContentIndex, attrs: Attrs): GlossaryTerm[] => listed(index, attrs, 'terms', index.glossary)

/** Questions chosen by `ids`, or those the activity lists; `part` of them. */
export const selectQuestions = (index: ContentIndex, attrs: Attrs): Question[] => partOf(listed(index, attrs, 'questions', index.questions), attrs.part)

const ids = (items: Array<{ id: string }>) => items.map(item => item.id)
/** `ids` when a flag attribute is set, else none. */
const when = (flag: string | boolean | undefined, chosen: string[]) => flag ? chosen : []
const needsLesson = { lesson: { what: 'the lesson plan id (or `kitLesson:` in the deck\'s headmatter)' } }

export const components: Record<string, ComponentSpec> = {
  ClaimCard: {
    attrs: { 'id': ref('claims'), 'paraphrase': flag, 'hindsight': flag, 'quote-only': flag },
    requires: { id: { what: 'the claim to show', example: '<ClaimCard id="sanctions-pledge" />' } },
    select: (index, attrs) => {
      const chosen = typeof attrs.id === 'string' && index.claims.has(attrs.id) ? [attrs.id] : []
      return { claims: chosen, claimCards: chosen, claimHindsight: when(attrs.hindsight, chosen) }
    },
  },
  ClaimList: {
    attrs: { ids: ref('claims', true), kind: oneOf(claimKinds), actor: ref('actors'), verdict: oneOf(verdictRatings), show: oneOf(['none', 'kind', 'verdict']), part: { type: 'part' }, ...activityAttrs },
    nonEmpty: { collection: 'claims', fix: () => 'Give `ids`, a filter that matches (`kind`, `actor`, `verdict`), or a lesson activity that lists claims.' },
    select: (index, attrs) => ({ claims: ids(selectClaims(index, attrs)) }),
  },
  TimelineStrip: {
    attrs: { ids: ref('timeline', true), from: { type: 'date' }, to: { type: 'date' }, relation: oneOf(timelineRelations), summaries: flag, part: { type: 'part' }, ...activityAttrs },
    nonEmpty: { collection: 'timeline', fix: index => `The timeline runs from ${index.content.timeline[0]?.date} to ${index.content.timeline.at(-1)?.date}.` },
    select: (index, attrs) => {
      const events = ids(selectEvents(index, attrs))
      return { timeline: events, timelineSummaries: when(attrs.summaries, events) }
    },
  },
  Term: {
    attrs: { id: ref('glossary'), text: { type: 'text' } },
    requires: { id: { what: 'the glossary term to show' } },
    select: (index, attrs) => ({ glossary: typeof attrs.id === 'string' && index.glossary.has(attrs.id) ? [attrs.id] : [] }),
  },
  Glossary: {
    attrs: { ids: ref('glossary', true), ...activityAttrs },
    nonEmpty: { collection: 'glossary', fix: () => 'Give `ids`, or a lesson activity that lists glossary terms.' },
    select: (index, attrs) => ({ glossary: ids(selectTerms(index, attrs)) }),
  },
  Perspectives: {
    attrs: { ids: ref('perspectives', true), claim: ref('claims'), part: { type: 'part' }, ...activityAttrs },
    select: (index, attrs) => {
      const chosen = ids(selectPerspectives(index, attrs))
      // `claim="…"` looks the claim up at run time, so the deck ships it too.
      const claims = typeof attrs.claim === 'string' && index.claims.has(attrs.claim) ? [attrs.claim] : []
      return { perspectives: chosen, claims }
    },
  },
  Questions: {
    attrs: { ids: ref('questions', true), part: { type: 'part' }, ...activityAttrs },
    nonEmpty: { collection: 'questions', fix: () => 'Give `ids`, or a lesson activity that lists questions.' },
    select: (index, attrs) => ({ questions: ids(selectQuestions(index, attrs)) }),
  },
  SourceFooter: { attrs: {}, select: () => ({ article: true }) },
  BelarusMap: { attrs: { 'no-suwalki': flag, 'title': { type: 'text' } }, select: () => ({}) },
  LessonActivity: {
    attrs: activityAttrs,
    requires: { ...needsLesson, activity: { what: 'the activity id (or `activity:` in the slide\'s frontmatter)' } },
    select: (index, attrs) => ({ lessons: typeof attrs.lesson === 'string' && index.lessons.has(attrs.lesson) ? [attrs.lesson] : [] }),
  },
  LessonOverview: {
    attrs: { lesson: ref('lessons') },
    requires: needsLesson,
    select: (index, attrs) => ({ lessons: typeof attrs.lesson === 'string' && index.lessons.has(attrs.lesson) ? [attrs.lesson] : [] }),
  },
  ExitTicket: {
    attrs: { lesson: ref('lessons') },
    requires: needsLesson,
    select: (index, attrs) => {
      const lesson = typeof attrs.lesson === 'string' ? index.lessons.find(attrs.lesson) : undefined
      return lesson ? { lessons: [lesson.id], questions: lesson.assessment.exitTicket.questions } : {}
    },
  },
}

/**
 * Checks a component's attributes against its spec, then selects its items.
 * `given` are the attributes written on the tag; `defaults` those the deck
 * and slide supply (`kitLesson`, `activity`), already checked by the scan.
 */
export function checkComponent(spec: ComponentSpec, index: ContentIndex, given: Attrs, defaults: Attrs = {}): { selection: Selection, problems: AttrProblem[] } {
  const problems: AttrProblem[] = []
  const attrs: Attrs = { ...defaults, ...Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) }
  for (const [attr, value] of Object.entries(given)) {
    const type = spec.attrs[attr]
    if (!type || typeof value !== 'string')
      continue
    if (type.type === 'ref') {
      for (const id of type.list ? list(value) : [value]) {
        if (!index[type.collection].has(id))
          problems.push({ attr, code: 'UnknownReference', collection: type.collection, id })
      }
    }
    else if (type.type === 'enum') {
      for (const item of list(value).filter(v => !type.values.includes(v)))
        problems.push({ attr, code: 'InvalidAttribute', value: item, allowed: type.values })
    }
    else if (type.type === 'date' && !isoDate.test(value)) {
      problems.push({ attr, code: 'InvalidAttribute', value, expected: 'a date written YYYY-MM-DD' })
    }
    else if (type.type === 'part' && !(partPattern.test(value) && Number(value.split('/')[0]) <= Number(value.split('/')[1]))) {
      problems.push({ attr, code: 'InvalidAttribute', value, expected: 'a part of a whole written `n/m`, such as `1/2`' })
    }
    else if (type.type === 'activity' && typeof attrs.lesson === 'string' && index.lessons.has(attrs.lesson)) {
      const candidates = index.lessons.get(attrs.lesson).activities.map(a => a.id)
      if (!candidates.includes(value))
        problems.push({ attr, code: 'UnknownActivity', lesson: attrs.lesson, id: value, candidates })
    }
  }
  const required = { ...spec.requires, ...(typeof attrs.activity === 'string' && 'lesson' in spec.attrs ? needsLesson : {}) }
  for (const [attr, need] of Object.entries(required)) {
    if (typeof attrs[attr] !== 'string')
      problems.push({ attr, code: 'MissingAttribute', ...need })
  }
  const selection = spec.select(index, attrs)
  if (spec.nonEmpty && problems.length === 0 && !selection[spec.nonEmpty.collection]?.length)
    problems.push({ attr: 'ids', code: 'EmptySelection', collection: spec.nonEmpty.collection, fix: spec.nonEmpty.fix(index) })
  return { selection, problems }
}

/** Merges selections into one, keeping each id once. */
export function mergeSelections(selections: Selection[]): Selection {
  const out: Selection = {}
  for (const selection of selections) {
    for (const [key, value] of Object.entries(selection) as [keyof Selection, unknown][]) {
      if (key === 'article')
        out.article ||= Boolean(value)
      else
        out[key] = [...new Set([...(out[key] ?? []), ...(value as string[])])]
    }
  }
  return out
}

/**
 * The part of the content a deck ships: the selected items, each with only
 * the fields its components show (a quote in a list needs no evidence; a
 * student-facing activity needs no rubric). Trimmed fields are emptied, not
 * removed, so the data keeps the `Content` shape. Keeps zod, the article
 * text and unused content out of the bundle.
 */
export function subsetContent(content: ContentIndex['content'], selection: Selection): ContentIndex['content'] {
  const has = (key: keyof Selection, id: string) => (selection[key] as string[] | undefined)?.includes(id) ?? false
  const pick = <T extends { id: string }>(items: T[], key: CollectionName) => items.filter(item => has(key, item.id))
  const claims = pick(content.claims, 'claims').map((claim) => {
    const card = has('claimCards', claim.id)
    return {
      ...claim,
      paraphrase: card ? claim.paraphrase : '',
      kindNote: card ? claim.kindNote : undefined,
      // A slide shows the verdict's rating; its explanation and sources are in the notes.
      verdict: claim.verdict && { rating: claim.verdict.rating, explanation: '', sources: [] },
      evidence: has('claimHindsight', claim.id) ? claim.evidence.filter(e => e.kind === 'hindsight').map(e => ({ ...e, sources: [] })) : [],
      terms: [],
    }
  })
  // A slide shows a perspective's title, who argues it and its first sentence; the rest is in the notes.
  const perspectives = pick(content.perspectives, 'perspectives').map(perspective => ({ ...perspective, argument: firstSentence(perspective.argument), caveat: undefined, sources: [] }))
  return {
    article: { ...content.article, text: '', paragraphs: [], sentences: [], rhetoric: [], sources: [] },
    claims,
    actors: [],
    timeline: pick(content.timeline, 'timeline').map(event => ({
      ...event,
      summary: has('timelineSummaries', event.id) ? event.summary : '',
      actors: [],
      claims: [],
      sources: [],
    })),
    glossary: pick(content.glossary, 'glossary').map(term => ({ ...term, articlePhrases: [], sources: [] })),
    perspectives,
    // Teacher guidance reaches the presenter through speaker notes, written at build time.
    questions: pick(content.questions, 'questions').map(question => ({ ...question, guidance: { strongAnswer: [], watchFor: [] } })),
    lessons: pick(content.lessons, 'lessons').map(plan => ({
      ...plan,
      objectives: plan.objectives.map(objective => ({ ...objective, assessedBy: '' })),
      materials: [],
      bring: [],
      handout: { everyone: [], chooseOne: [], extension: [] },
      activities: plan.activities.map(({ ifShort: _, ...activity }) => ({ ...activity, teacher: [], materials: [] })),
      differentiation: { support: [], extension: [] },
      assessment: { exitTicket: { ...plan.assessment.exitTicket, lookFor: [] }, rubric: [] },
      standards: [],
    })),
    materials: [],
    sources: [],
    policy: [],
    corrections: [],
  }
}
