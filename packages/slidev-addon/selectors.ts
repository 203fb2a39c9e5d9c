/**
 * What each deck component shows, as a pure function of its attributes and
 * the content. The Vite plugin runs these at build time (to validate ids and
 * to ship only the items a deck uses); the components run the same functions
 * in the browser over that subset, so both always agree.
 */
import type { Claim, ContentIndex, GlossaryTerm, Perspective, Question, TimelineEvent } from '@kit/content'
import { claimKinds, timelineRelations, verdictRatings } from '@kit/content'

/** A component's attributes: static strings, flags, or absent (as Vue props arrive). */
export type Attrs = Readonly<Record<string, string | boolean | undefined>>

/** Props of components that can show what a lesson activity lists instead of `ids`. */
export interface ActivityProps {
  /** With `activity`: the ids that lesson activity lists. */
  lesson?: string
  activity?: string
}

/** A mistake in a component's attributes, phrased for the deck author. */
export interface AttrProblem {
  attr: string
  message: string
  hint?: string
}

type Collection = 'claims' | 'glossary' | 'perspectives' | 'timeline' | 'lessonPlans' | 'questions'
/** Ids whose items a component shows in more detail than the summary. */
type Detail = 'claimCards' | 'claimHindsight' | 'perspectiveCaveats' | 'perspectiveSources' | 'timelineSummaries'

/** The items a component draws on, by collection, and which of them it shows in detail. */
export type Selection = Partial<Record<Collection | Detail, string[]>> & { source?: boolean }

interface ComponentSpec {
  /** Attributes the component accepts; anything else is reported. */
  attrs: readonly string[]
  select: (index: ContentIndex, attrs: Attrs, report: (problem: AttrProblem) => void) => Selection
}

const list = (value: string | boolean | undefined) => typeof value === 'string' ? value.split(',').map(s => s.trim()).filter(Boolean) : []

function checkIds(index: ContentIndex, collection: 'claims' | 'actors' | 'terms' | 'perspectives' | 'events' | 'lessons' | 'questions', attr: string, ids: string[], report: (p: AttrProblem) => void): string[] {
  const lookup = index[collection]
  return ids.filter((id) => {
    if (lookup.has(id))
      return true
    try {
      lookup.get(id)
    }
    catch (error) {
      const { message } = error as Error
      const [first, ...rest] = message.split('. ')
      report({ attr, message: `${first!.replace(/^Unknown/, 'unknown')}.`, hint: rest.join('. ') || undefined })
    }
    return false
  })
}

function checkEnum(attr: string, values: string[], allowed: readonly string[], report: (p: AttrProblem) => void) {
  for (const value of values) {
    if (!allowed.includes(value))
      report({ attr, message: `\`${value}\` is not a valid ${attr}.`, hint: `Use one of ${allowed.map(a => `\`${a}\``).join(', ')}.` })
  }
}

type ActivityRefs = 'claims' | 'timeline' | 'terms' | 'questions' | 'perspectives'

/** Ids that a lesson activity lists (`lesson="…" activity="…"`), or `[]`. */
function activityIds(index: ContentIndex, attrs: Attrs, key: ActivityRefs): string[] {
  if (typeof attrs.lesson !== 'string' || !index.lessons.has(attrs.lesson))
    return []
  return index.getLessonPlan(attrs.lesson).activities.find(a => a.id === attrs.activity)?.[key] ?? []
}

/** `ids="a,b"`, else the ids a lesson activity lists. */
function idsOf(index: ContentIndex, attrs: Attrs, key: ActivityRefs): string[] {
  const ids = list(attrs.ids)
  return ids.length ? ids : activityIds(index, attrs, key)
}

/** Checks `lesson` and `activity` attributes where a component takes them. */
function checkActivity(index: ContentIndex, attrs: Attrs, report: (p: AttrProblem) => void): void {
  if (attrs.lesson === undefined && attrs.activity === undefined)
    return
  if (typeof attrs.lesson !== 'string') {
    report({ attr: 'lesson', message: 'needs `lesson` beside `activity`.' })
    return
  }
  const [lessonId] = checkIds(index, 'lessons', 'lesson', [attrs.lesson], report)
  if (!lessonId)
    return
  const activities = index.getLessonPlan(lessonId).activities.map(a => a.id)
  if (typeof attrs.activity !== 'string' || !activities.includes(attrs.activity))
    report({ attr: 'activity', message: typeof attrs.activity === 'string' ? `lesson \`${lessonId}\` has no activity \`${attrs.activity}\`.` : 'needs `activity`: the activity id.', hint: `Its activities are ${activities.map(a => `\`${a}\``).join(', ')}.` })
}

function claimSelection(claims: Claim[]): Selection {
  return { claims: claims.map(c => c.id) }
}

/** `ids` of `selection[key]` when a flag attribute is set, else nothing. */
const when = (flag: string | boolean | undefined, ids: string[] | undefined) => flag ? ids ?? [] : []

/** Claims chosen by `ids`, or filtered by `kind`, `actor` and `verdict`, in article order. */
export function selectClaims(index: ContentIndex, attrs: Attrs): Claim[] {
  const ids = idsOf(index, attrs, 'claims')
  if (ids.length)
    return ids.filter(id => index.claims.has(id)).map(id => index.getClaim(id))
  const kinds = list(attrs.kind)
  const verdicts = list(attrs.verdict)
  const actor = typeof attrs.actor === 'string' ? attrs.actor : undefined
  return index.content.claims.filter(c =>
    (!kinds.length || kinds.includes(c.kind))
    && (!verdicts.length || (c.verdict && verdicts.includes(c.verdict.rating)))
    && (!actor || c.actors.includes(actor)))
}

/** Events chosen by `ids`, or from `from` to `to` (inclusive), optionally of some `relation`s only. */
export function selectEvents(index: ContentIndex, attrs: Attrs): TimelineEvent[] {
  const ids = idsOf(index, attrs, 'timeline')
  if (ids.length)
    return ids.filter(id => index.events.has(id)).map(id => index.getEvent(id))
  const relations = list(attrs.relation)
  const from = typeof attrs.from === 'string' ? attrs.from : '0000-01-01'
  const to = typeof attrs.to === 'string' ? attrs.to : '9999-12-31'
  return index.timelineBetween(from, to).filter(e => !relations.length || relations.includes(e.relation))
}

/** Perspectives chosen by `ids`, or those answering `claim`. */
export function selectPerspectives(index: ContentIndex, attrs: Attrs): Perspective[] {
  const ids = idsOf(index, attrs, 'perspectives')
  if (ids.length)
    return ids.filter(id => index.perspectives.has(id)).map(id => index.getPerspective(id))
  if (typeof attrs.claim === 'string' && index.claims.has(attrs.claim))
    return index.counterpointsFor(attrs.claim)
  return index.content.perspectives
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/

/** Glossary terms chosen by `ids`, or those a lesson activity lists. */
export function selectTerms(index: ContentIndex, attrs: Attrs): GlossaryTerm[] {
  return idsOf(index, attrs, 'terms').filter(id => index.terms.has(id)).map(id => index.getTerm(id))
}

/** Questions chosen by `ids`, or those an activity of a lesson plan uses. */
export function selectQuestions(index: ContentIndex, attrs: Attrs): Question[] {
  const ids = idsOf(index, attrs, 'questions')
  return ids.filter(id => index.questions.has(id)).map(id => index.getQuestion(id))
}

/** A component showing the items named by `ids`, or those a lesson activity lists. */
function listedBy(lookup: 'questions' | 'terms', collection: 'questions' | 'glossary', noun: string, select: (index: ContentIndex, attrs: Attrs) => Array<{ id: string }>): ComponentSpec {
  return {
    attrs: ['ids', 'lesson', 'activity'],
    select(index, attrs, report) {
      checkIds(index, lookup, 'ids', list(attrs.ids), report)
      checkActivity(index, attrs, report)
      const items = select(index, attrs)
      if (items.length === 0)
        report({ attr: 'ids', message: `selects no ${noun}.`, hint: `Give \`ids\`, or a \`lesson\` and an \`activity\` that lists ${noun}s.` })
      return { [collection]: items.map(item => item.id) }
    },
  }
}

export const components: Record<string, ComponentSpec> = {
  ClaimCard: {
    attrs: ['id', 'paraphrase', 'hindsight', 'quote-only'],
    select(index, attrs, report) {
      if (typeof attrs.id !== 'string') {
        report({ attr: 'id', message: 'needs `id`: the claim to show.', hint: 'e.g. <ClaimCard id="sanctions-pledge" />' })
        return {}
      }
      const ids = checkIds(index, 'claims', 'id', [attrs.id], report)
      return { claims: ids, claimCards: ids, claimHindsight: when(attrs.hindsight, ids) }
    },
  },
  ClaimList: {
    attrs: ['ids', 'kind', 'actor', 'verdict', 'show', 'lesson', 'activity'],
    select(index, attrs, report) {
      checkIds(index, 'claims', 'ids', list(attrs.ids), report)
      checkActivity(index, attrs, report)
      checkEnum('kind', list(attrs.kind), claimKinds, report)
      checkEnum('verdict', list(attrs.verdict), verdictRatings, report)
      checkEnum('show', list(attrs.show), ['none', 'kind', 'verdict'], report)
      if (typeof attrs.actor === 'string')
        checkIds(index, 'actors', 'actor', [attrs.actor], report)
      const claims = selectClaims(index, attrs)
      if (claims.length === 0)
        report({ attr: 'ids', message: 'selects no claim.', hint: 'Give `ids`, a filter that matches (`kind`, `actor`, `verdict`), or a lesson activity that lists claims.' })
      return claimSelection(claims)
    },
  },
  TimelineStrip: {
    attrs: ['ids', 'from', 'to', 'relation', 'summaries', 'lesson', 'activity'],
    select(index, attrs, report) {
      checkIds(index, 'events', 'ids', list(attrs.ids), report)
      checkActivity(index, attrs, report)
      checkEnum('relation', list(attrs.relation), timelineRelations, report)
      for (const attr of ['from', 'to'] as const) {
        const value = attrs[attr]
        if (value !== undefined && (typeof value !== 'string' || !isoDate.test(value)))
          report({ attr, message: `\`${attr}\` must be a date written YYYY-MM-DD.` })
      }
      const events = selectEvents(index, attrs).map(e => e.id)
      if (events.length === 0)
        report({ attr: 'from', message: 'selects no timeline event.', hint: `The timeline runs from ${index.content.timeline[0]?.date} to ${index.content.timeline.at(-1)?.date}.` })
      return { timeline: events, timelineSummaries: when(attrs.summaries, events) }
    },
  },
  Term: {
    attrs: ['id', 'text'],
    select(index, attrs, report) {
      if (typeof attrs.id !== 'string') {
        report({ attr: 'id', message: 'needs `id`: the glossary term to show.' })
        return {}
      }
      return { glossary: checkIds(index, 'terms', 'id', [attrs.id], report) }
    },
  },
  Perspectives: {
    attrs: ['ids', 'claim', 'caveat', 'sources', 'brief', 'lesson', 'activity'],
    select(index, attrs, report) {
      checkIds(index, 'perspectives', 'ids', list(attrs.ids), report)
      checkActivity(index, attrs, report)
      if (typeof attrs.claim === 'string')
        checkIds(index, 'claims', 'claim', [attrs.claim], report)
      const ids = selectPerspectives(index, attrs).map(p => p.id)
      // `claim="…"` looks the claim up at run time, so the deck ships it too.
      const claims = typeof attrs.claim === 'string' && index.claims.has(attrs.claim) ? [attrs.claim] : []
      return { perspectives: ids, claims, perspectiveCaveats: when(attrs.caveat, ids), perspectiveSources: when(attrs.sources, ids) }
    },
  },
  Questions: listedBy('questions', 'questions', 'question', selectQuestions),
  SourceFooter: {
    attrs: [],
    select: () => ({ source: true }),
  },
  BelarusMap: {
    attrs: ['no-suwalki', 'title'],
    select: () => ({}),
  },
  Glossary: listedBy('terms', 'glossary', 'glossary term', selectTerms),
  LessonActivity: {
    attrs: ['lesson', 'activity'],
    select(index, attrs, report) {
      if (attrs.lesson === undefined)
        report({ attr: 'lesson', message: 'needs `lesson`: the lesson plan id.' })
      checkActivity(index, attrs, report)
      return { lessonPlans: typeof attrs.lesson === 'string' && index.lessons.has(attrs.lesson) ? [attrs.lesson] : [] }
    },
  },
  LessonOverview: {
    attrs: ['lesson'],
    select(index, attrs, report) {
      if (typeof attrs.lesson !== 'string') {
        report({ attr: 'lesson', message: 'needs `lesson`: the lesson plan id.' })
        return {}
      }
      return { lessonPlans: checkIds(index, 'lessons', 'lesson', [attrs.lesson], report) }
    },
  },
  ExitTicket: {
    attrs: ['lesson'],
    select(index, attrs, report) {
      if (typeof attrs.lesson !== 'string') {
        report({ attr: 'lesson', message: 'needs `lesson`: the lesson plan id.' })
        return {}
      }
      const [id] = checkIds(index, 'lessons', 'lesson', [attrs.lesson], report)
      return id ? { lessonPlans: [id], questions: index.getLessonPlan(id).assessment.exitTicket.questions } : {}
    },
  },
}

/** Merges selections into one, keeping each id once. */
export function mergeSelections(selections: Selection[]): Selection {
  const out: Selection = {}
  for (const selection of selections) {
    for (const [key, value] of Object.entries(selection) as [keyof Selection, unknown][]) {
      if (key === 'source')
        out.source ||= Boolean(value)
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
  const pick = <T extends { id: string }>(items: T[], key: Collection) => items.filter(item => has(key, item.id))
  return {
    source: { ...content.source, text: '', paragraphs: [], sentences: [], rhetoric: [], sources: [] },
    claims: pick(content.claims, 'claims').map((claim) => {
      const card = has('claimCards', claim.id)
      return {
        ...claim,
        paraphrase: card ? claim.paraphrase : '',
        kindNote: card ? claim.kindNote : undefined,
        verdict: claim.verdict && (card ? claim.verdict : { rating: claim.verdict.rating, explanation: '', sources: [] }),
        evidence: has('claimHindsight', claim.id) ? claim.evidence.filter(e => e.kind === 'hindsight') : [],
        terms: [],
      }
    }),
    actors: [],
    timeline: pick(content.timeline, 'timeline').map(event => ({
      ...event,
      summary: has('timelineSummaries', event.id) ? event.summary : '',
      actors: [],
      claims: [],
      sources: [],
    })),
    glossary: pick(content.glossary, 'glossary').map(term => ({ ...term, articlePhrases: [], sources: [] })),
    perspectives: pick(content.perspectives, 'perspectives').map(perspective => ({
      ...perspective,
      caveat: has('perspectiveCaveats', perspective.id) ? perspective.caveat : undefined,
      sources: has('perspectiveSources', perspective.id) ? perspective.sources : [],
    })),
    // Teacher guidance reaches the presenter through speaker notes, written at build time.
    questions: pick(content.questions, 'questions').map(question => ({ ...question, guidance: { strongAnswer: [], watchFor: [] } })),
    lessonPlans: pick(content.lessonPlans, 'lessonPlans').map(plan => ({
      ...plan,
      materials: [],
      activities: plan.activities.map(activity => ({ ...activity, teacher: [] })),
      differentiation: { support: [], extension: [] },
      assessment: { exitTicket: { ...plan.assessment.exitTicket, lookFor: [] }, rubric: [] },
      standards: [],
    })),
  }
}
