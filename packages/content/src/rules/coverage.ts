import type { Rule } from '../context.ts'
import { lineOf, overlaps, splitSentences } from '../text.ts'

/** Every sentence of the article overlaps a claim or a rhetoric passage. Needs every claim valid. */
export const coverage: Rule = (context, report) => {
  const { file, text, meta } = context.article
  const ranges = [...context.items.claims.map(c => c.value.range), ...(meta?.value.rhetoric ?? []).map(r => r.range)]
  for (const sentence of splitSentences(text)) {
    if (!ranges.some(range => overlaps(range, sentence.range)))
      report.at('SentenceNotCovered', { sentence: sentence.text, range: sentence.range }, { file, line: lineOf(text, sentence.range[0]), collection: 'article', item: `sentence ${sentence.index + 1}` })
  }
}
