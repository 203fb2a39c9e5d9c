import type { Located, Report, Rule } from '../context.ts'
import type { Range } from '../text.ts'
import { explainMismatch, lineOf } from '../text.ts'

/** Every claim's and rhetoric passage's quote occurs verbatim in the article, exactly at its range. */
export const quotes: Rule = (context, report) => {
  const { text, meta } = context.article
  for (const claim of context.items.claims)
    checkQuote(text, claim.value, claim, [], report)
  meta?.value.rhetoric.forEach((passage, i) => checkQuote(text, passage, meta, ['rhetoric', i], report))
}

function checkQuote(text: string, { quote, range }: { quote: string, range: Range }, at: Located<unknown>, field: PropertyKey[], report: Report) {
  if (text.slice(range[0], range[1]) === quote)
    return
  const found = text.indexOf(quote)
  if (found === -1)
    report('QuoteNotInSource', { fix: explainMismatch(text, quote) }, at, ...field, 'quote')
  else
    report('RangeMismatch', { range, found, length: quote.length, line: lineOf(text, found) }, at, ...field, 'range')
}
