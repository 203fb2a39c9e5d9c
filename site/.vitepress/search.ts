/**
 * Text for the local search index of pages that components draw, so that a
 * word of a quote, a definition or an event finds its page. Built from the
 * content at build time; escaped, since content is plain text.
 */
import { claimKindLabels, questionLevelLabels } from '@kit/content'
import { content, escapeMarkdown as md } from '../loaders/content.ts'

export function searchText(page: string): string {
  const { content: c, source } = content()
  switch (page) {
    case 'article.md':
      return source.paragraphs.map(p => md(source.text.slice(...p.range))).join('\n\n')
    case 'claims/index.md':
      return c.claims.map(claim => `- ${md(claim.quote)} (${claimKindLabels[claim.kind].label})`).join('\n')
    case 'glossary.md':
      return c.glossary.map(term => `### ${md(term.term)}\n\n${md(term.definition)}`).join('\n\n')
    case 'timeline.md':
      return c.timeline.map(event => `- ${event.date}: ${md(event.title)}. ${md(event.summary)}`).join('\n')
    case 'perspectives.md':
      return c.perspectives.map(p => `### ${md(p.title)}\n\n${md(p.argument)}`).join('\n\n')
    case 'questions.md':
      return c.questions.map(q => `- ${md(q.prompt)} (${questionLevelLabels[q.level]})`).join('\n')
    default:
      return ''
  }
}
