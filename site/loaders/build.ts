/** The plain data the lesson index and the open-data page receive (small: the reference pages are static HTML). */
import { collections } from '@kit/content/node'
import { content } from './content.ts'

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
