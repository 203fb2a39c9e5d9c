import type { Rule } from '../context.ts'
import { explainMismatch } from '../text.ts'

/** Every glossary phrase said to appear in the article does, verbatim. */
export const phrases: Rule = (context, report) => {
  const { text } = context.article
  for (const term of context.items.glossary) {
    term.value.articlePhrases.forEach((phrase, i) => {
      if (!text.includes(phrase))
        report('PhraseNotInSource', { phrase, fix: explainMismatch(text, phrase) }, term, 'articlePhrases', i)
    })
  }
}
