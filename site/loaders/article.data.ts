import type { Article, ArticleSegment } from '@kit/content'
import type { CitedClaim } from './build.ts'
import { defineLoader } from 'vitepress'
import { citeClaim } from './build.ts'
import { content } from './content.ts'

export interface ArticleData {
  source: Omit<Article, 'text' | 'paragraphs' | 'sentences'>
  paragraphs: ArticleSegment[][]
  /** Claims in article order, with their counterpoints' and terms' names resolved. */
  claims: Array<CitedClaim & { termNames: Record<string, string>, counterpointTitles: Record<string, string> }>
  /** Glossary terms whose phrases occur in each paragraph. */
  paragraphTerms: Array<Array<{ id: string, term: string }>>
}

declare const data: ArticleData
export { data }

export default defineLoader({
  load(): ArticleData {
    const kit = content()
    const { text, paragraphs: _p, sentences: _s, ...source } = kit.article
    return {
      source,
      paragraphs: kit.segments(),
      claims: kit.content.claims.map(claim => ({
        ...citeClaim(claim),
        termNames: Object.fromEntries(claim.terms.map(id => [id, kit.glossary.get(id).term])),
        counterpointTitles: Object.fromEntries(claim.counterpoints.map(id => [id, kit.perspectives.get(id).title])),
      })),
      paragraphTerms: kit.article.paragraphs.map(({ range }) => {
        const words = text.slice(...range)
        return kit.content.glossary.filter(term => term.articlePhrases.some(phrase => words.includes(phrase))).map(term => ({ id: term.id, term: term.term }))
      }),
    }
  },
})
