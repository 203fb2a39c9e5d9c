/** The plain data each reference page receives (one loader per page keeps page bundles small). */
import type { GlossaryTerm, Perspective, Question, TimelineEvent } from '@kit/content'
import { claimLabel, content } from './content.ts'

const labels = (ids: string[]) => Object.fromEntries(ids.map(id => [id, claimLabel(content().getClaim(id).quote)]))

export type QuestionsData = Array<Question & { claimLabels: Record<string, string> }>
export const questionsData = (): QuestionsData => content().content.questions.map(q => ({ ...q, claimLabels: labels(q.claims) }))

export type GlossaryData = Array<GlossaryTerm & { claims: Array<{ id: string, label: string }> }>
export function glossaryData(): GlossaryData {
  return content().content.glossary.map(term => ({
    ...term,
    claims: content().content.claims.filter(c => c.terms.includes(term.id)).map(c => ({ id: c.id, label: claimLabel(c.quote, 70) })),
  }))
}

export type TimelineData = TimelineEvent[]
export const timelineData = (): TimelineData => content().content.timeline

export type PerspectivesData = Array<Perspective & { claimLabels: Record<string, string> }>
export const perspectivesData = (): PerspectivesData => content().content.perspectives.map(p => ({ ...p, claimLabels: labels(p.respondsTo) }))

export type LessonsData = Array<{ id: string, title: string, summary: string, minutes: number, level: string, course: string }>
export const lessonsData = (): LessonsData => content().content.lessonPlans.map(l => ({ id: l.id, title: l.title, summary: l.summary, minutes: l.totalMinutes, level: l.audience.level, course: l.audience.course }))

export function countsData(): Record<string, number> {
  const { content: c, source } = content()
  return { sentences: source.sentences.length, claims: c.claims.length, actors: c.actors.length, timeline: c.timeline.length, glossary: c.glossary.length, perspectives: c.perspectives.length, questions: c.questions.length, lessonPlans: c.lessonPlans.length }
}
