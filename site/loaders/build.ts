/** The plain data each reference page receives (one loader per page keeps page bundles small). */
import type { CitedSource, Claim, Evidence, GlossaryTerm, Perspective, Question, TimelineEvent, Verdict } from '@kit/content'
import { collections } from '@kit/content/node'
import { claimLabel, content } from './content.ts'

/** An item with its citations resolved to sources (publisher, type, date), as pages show them. */
export type Cited<T extends { sources: unknown }> = Omit<T, 'sources'> & { sources: CitedSource[] }
export type CitedClaim = Omit<Claim, 'verdict' | 'evidence'> & { verdict?: Cited<Verdict>, evidence: Array<Cited<Evidence>> }

const cite = <T extends { sources: Parameters<ReturnType<typeof content>['cite']>[0] }>(item: T): Cited<T> => ({ ...item, sources: content().cite(item.sources) })

export function citeClaim(claim: Claim): CitedClaim {
  return { ...claim, verdict: claim.verdict && cite(claim.verdict), evidence: claim.evidence.map(cite) }
}

const labels = (ids: string[]) => Object.fromEntries(ids.map(id => [id, claimLabel(content().claims.get(id).quote)]))

export type QuestionsData = Array<Question & { claimLabels: Record<string, string> }>
export const questionsData = (): QuestionsData => content().content.questions.map(q => ({ ...q, claimLabels: labels(q.claims) }))

export type GlossaryData = Array<Cited<GlossaryTerm> & { claims: Array<{ id: string, label: string }> }>
export function glossaryData(): GlossaryData {
  return content().content.glossary.map(term => ({
    ...cite(term),
    claims: content().content.claims.filter(c => c.terms.includes(term.id)).map(c => ({ id: c.id, label: claimLabel(c.quote, 70) })),
  }))
}

export type TimelineData = Array<Cited<TimelineEvent>>
export const timelineData = (): TimelineData => content().content.timeline.map(cite)

export type PerspectivesData = Array<Cited<Perspective> & { claimLabels: Record<string, string> }>
export const perspectivesData = (): PerspectivesData => content().content.perspectives.map(p => ({ ...cite(p), claimLabels: labels(p.respondsTo) }))

export type LessonsData = Array<{ id: string, title: string, summary: string, minutes: number, level: string, course: string }>
export const lessonsData = (): LessonsData => content().content.lessons.map(l => ({ id: l.id, title: l.title, summary: l.summary, minutes: l.totalMinutes, level: l.audience.level, course: l.audience.course }))

/** The open-data page's table: the article, then one row per collection of the registry. */
export interface DataRow { key: string, description: string, count: number, unit: string }
export function collectionsData(): DataRow[] {
  const { content: c, article } = content()
  return [
    { key: 'article', description: 'the article byte for byte, its title, outlet, author and date (each marked confirmed, attributed, inferred or unknown), paragraphs and sentences with character ranges, and the passages that are transitions or rhetoric', count: article.sentences.length, unit: 'sentences' },
    ...Object.entries(collections).map(([key, config]) => ({ key, description: config.description, count: c[key as keyof typeof collections].length, unit: '' })),
  ]
}
