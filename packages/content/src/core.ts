/**
 * Read-only accessors over validated content. Pure and browser-safe: no
 * `node:` modules and no zod at run time, so decks and pages can bundle it.
 */
import type { Content } from './collections.ts'
import type { Citation, Claim, ClaimKind, Perspective, Question, QuestionLevel, Sentence, Source, TimelineEvent, VerdictRating } from './schema.ts'
import { claimKinds, questionLevels } from './constants.ts'
import { nearest } from './suggest.ts'

/** Thrown when an id names nothing; `suggestions` holds the nearest ids. */
export class UnknownIdError extends Error {
  constructor(readonly collection: string, readonly id: string, readonly suggestions: string[]) {
    super(`Unknown ${collection} id \`${id}\`.${suggestions.length ? ` Did you mean ${suggestions.map(s => `\`${s}\``).join(' or ')}?` : ''}`)
    this.name = 'UnknownIdError'
  }
}

/** Lookup of one collection's items by id. */
export interface IdIndex<T> {
  ids: () => string[]
  has: (id: string) => boolean
  find: (id: string) => T | undefined
  /** The item; throws an `UnknownIdError` naming the nearest ids. */
  get: (id: string) => T
}

function indexById<T extends { id: string }>(collection: string, items: readonly T[]): IdIndex<T> {
  const map = new Map(items.map(item => [item.id, item]))
  return {
    ids: () => [...map.keys()],
    has: id => map.has(id),
    find: id => map.get(id),
    get: (id) => {
      const item = map.get(id)
      if (!item)
        throw new UnknownIdError(collection, id, nearest(id, map.keys()))
      return item
    },
  }
}

/** An `IdIndex` per collection of the content, under the collection's own name. */
type Indexes<C> = { [K in keyof C as C[K] extends ReadonlyArray<{ id: string }> ? K : never]: C[K] extends ReadonlyArray<infer T> ? IdIndex<T> : never }

function groupBy<T, K extends string>(items: readonly T[], keys: readonly K[], keyOf: (item: T) => K): Record<K, T[]> {
  const groups = Object.fromEntries(keys.map(key => [key, [] as T[]])) as Record<K, T[]>
  for (const item of items)
    groups[keyOf(item)].push(item)
  return groups
}

/** A piece of the article text: plain, or the words of one or more claims. */
export interface ArticleSegment {
  text: string
  range: [number, number]
  /** Ids of the claims whose quotes cover this piece, innermost last. */
  claims: string[]
}

/** A citation resolved for display: the source, where in it, and whose statement it reports (by name). */
export interface CitedSource extends Source {
  locator?: string
  statementOf?: string
}

/** Builds typed, id-checked accessors over one validated content object: `index.claims.get(id)`, … */
export function createContentIndex(content: Content) {
  const indexes = Object.fromEntries(Object.entries(content).filter(([, items]) => Array.isArray(items)).map(([name, items]) => [name, indexById(name, items as Array<{ id: string }>)])) as Indexes<Content>
  const { claims, actors, perspectives, sources } = indexes

  return {
    content,
    article: content.article,
    ...indexes,

    /** Citations resolved to their sources, for display. */
    cite: (citations: readonly Citation[]): CitedSource[] => citations.map((citation) => {
      const { source, locator, statementOf } = typeof citation === 'string' ? { source: citation } : citation
      const cited: CitedSource = { ...sources.get(source) }
      if (locator)
        cited.locator = locator
      if (statementOf)
        cited.statementOf = actors.find(statementOf)?.name ?? statementOf
      return cited
    }),
    /** For every source, the items that cite it (anywhere inside them), by collection and id. */
    citedBy: (): Map<string, Array<{ collection: string, id: string }>> => {
      const out = new Map<string, Array<{ collection: string, id: string }>>()
      const visit = (value: unknown, at: { collection: string, id: string }, key?: string): void => {
        if (Array.isArray(value)) {
          for (const entry of value) {
            const source = key === 'sources' ? (typeof entry === 'string' ? entry : (entry as { source?: unknown })?.source) : undefined
            if (typeof source === 'string') {
              const list = out.get(source) ?? out.set(source, []).get(source)!
              if (!list.some(c => c.collection === at.collection && c.id === at.id))
                list.push(at)
            }
            else {
              visit(entry, at)
            }
          }
        }
        else if (value && typeof value === 'object') {
          for (const [k, v] of Object.entries(value))
            visit(v, at, k)
        }
      }
      for (const [collection, items] of Object.entries(content)) {
        if (Array.isArray(items) && collection !== 'sources')
          items.forEach(item => visit(item, { collection, id: (item as { id: string }).id }))
      }
      visit(content.article.sources, { collection: 'article', id: 'article' }, 'sources')
      return out
    },
    /** Claims grouped by kind, every kind present (possibly empty), in article order. */
    claimsByKind: (): Record<ClaimKind, Claim[]> => groupBy(content.claims, claimKinds, c => c.kind),
    /** Claims that concern an actor. */
    claimsByActor: (actorId: string): Claim[] => {
      actors.get(actorId)
      return content.claims.filter(c => c.actors.includes(actorId))
    },
    /** Claims with a verdict, grouped by rating. */
    claimsByVerdict: (): Partial<Record<VerdictRating, Claim[]>> => {
      const out: Partial<Record<VerdictRating, Claim[]>> = {}
      for (const claim of content.claims) {
        if (claim.verdict)
          (out[claim.verdict.rating] ??= []).push(claim)
      }
      return out
    },
    /** The thesis: the one claim every argument chain leads to. */
    thesis: (): Claim => content.claims.find(c => c.argument.role === 'thesis')!,
    /** Claims that point at `claimId` in the argument (its reasons, limits and background). */
    argumentChildren: (claimId: string): Claim[] => {
      claims.get(claimId)
      return content.claims.filter(c => c.argument.role !== 'thesis' && c.argument.of === claimId)
    },
    /** Questions grouped by level, every level present. */
    questionsByLevel: (): Record<QuestionLevel, Question[]> => groupBy(content.questions, questionLevels, q => q.level),
    /** Questions that probe a claim. */
    questionsForClaim: (claimId: string): Question[] => content.questions.filter(q => q.claims.includes(claimId)),
    /** Perspectives that answer a claim, in the order the claim lists them, then the rest. */
    counterpointsFor: (claimId: string): Perspective[] => {
      const claim = claims.get(claimId)
      const listed = claim.counterpoints.map(perspectives.get)
      const others = content.perspectives.filter(p => p.respondsTo.includes(claimId) && !claim.counterpoints.includes(p.id))
      return [...listed, ...others]
    },
    /** Timeline events from `from` to `to` (ISO dates, inclusive), in date order. */
    timelineBetween: (from: string, to: string): TimelineEvent[] => content.timeline.filter(e => e.date >= from && e.date <= to),
    /** Sentences of the article with the claims that cover each. */
    sentencesWithClaims: (): Array<Sentence & { claims: string[] }> => content.article.sentences.map(sentence => ({
      ...sentence,
      claims: content.claims.filter(c => c.range[0] < sentence.range[1] && sentence.range[0] < c.range[1]).map(c => c.id),
    })),
    /** The article split at every claim boundary, for annotating it. */
    segments: (): ArticleSegment[][] => content.article.paragraphs.map(({ range: [start, end] }) => segmentText(content, start, end)),
  }
}

export type ContentIndex = ReturnType<typeof createContentIndex>

function segmentText(content: Content, start: number, end: number): ArticleSegment[] {
  const cuts = new Set([start, end])
  for (const claim of content.claims) {
    for (const at of claim.range) {
      if (at > start && at < end)
        cuts.add(at)
    }
  }
  const points = [...cuts].sort((a, b) => a - b)
  return points.slice(0, -1).map((from, i) => {
    const to = points[i + 1]!
    const covering = content.claims
      .filter(c => c.range[0] <= from && c.range[1] >= to)
      .sort((a, b) => (b.range[1] - b.range[0]) - (a.range[1] - a.range[0]))
      .map(c => c.id)
    return { text: content.article.text.slice(from, to), range: [from, to], claims: covering }
  })
}
