/**
 * Splitting the article into paragraphs and sentences. Pure: no I/O, no zod,
 * safe in a browser.
 */

export type Range = [start: number, end: number]

export interface TextSpan {
  index: number
  range: Range
}

export interface SentenceSpan extends TextSpan {
  paragraph: number
  text: string
}

/** Words ending in a full stop that do not end a sentence. */
const ABBREVIATIONS = new Set(['Aug.', 'U.S.', 'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'St.', 'Jan.', 'Feb.', 'Sept.', 'Oct.', 'Nov.', 'Dec.', 'e.g.', 'i.e.'])

const OPENING_QUOTES = new Set(['“', '‘'])
const CLOSING_QUOTES = new Set(['”', '’'])

/** Paragraphs are the non-empty lines of the text, with their character ranges. */
export function splitParagraphs(text: string): TextSpan[] {
  const paragraphs: TextSpan[] = []
  let start = 0
  for (const line of text.split('\n')) {
    const end = start + line.length
    const trimmed = line.trim()
    if (trimmed) {
      const lead = line.length - line.trimStart().length
      paragraphs.push({ index: paragraphs.length, range: [start + lead, start + lead + trimmed.length] })
    }
    start = end + 1
  }
  return paragraphs
}

/**
 * Sentences of the text, never crossing a paragraph. A sentence ends at `.`,
 * `!` or `?` (plus any closing quote) followed by white space, unless the
 * mark sits inside a quotation or ends a known abbreviation.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const sentences: SentenceSpan[] = []
  for (const paragraph of splitParagraphs(text)) {
    const [pStart, pEnd] = paragraph.range
    let start = pStart
    let depth = 0
    for (let i = pStart; i < pEnd; i++) {
      const char = text[i]!
      if (char === '“')
        depth++
      else if (char === '”')
        depth = Math.max(0, depth - 1)
      if (!'.!?'.includes(char))
        continue
      let end = i + 1
      while (end < pEnd && CLOSING_QUOTES.has(text[end]!)) {
        if (text[end] === '”')
          depth = Math.max(0, depth - 1)
        end++
      }
      const atEnd = end >= pEnd
      if (!atEnd && (depth > 0 || !/\s/.test(text[end]!)))
        continue
      const word = text.slice(text.lastIndexOf(' ', i) + 1, i + 1)
      if (!atEnd && char === '.' && ABBREVIATIONS.has(word))
        continue
      const next = text.slice(end).trimStart()[0]
      if (!atEnd && next && !/[A-Z0-9]/.test(next) && !OPENING_QUOTES.has(next))
        continue
      pushSentence(sentences, text, paragraph.index, start, end)
      i = end - 1
      start = end
    }
    if (text.slice(start, pEnd).trim())
      pushSentence(sentences, text, paragraph.index, start, pEnd)
  }
  return sentences
}

function pushSentence(list: SentenceSpan[], text: string, paragraph: number, from: number, to: number) {
  let start = from
  while (/\s/.test(text[start] ?? ''))
    start++
  list.push({ index: list.length, paragraph, range: [start, to], text: text.slice(start, to) })
}

/** Whether two half-open ranges share at least one character. */
export function overlaps(a: Range, b: Range): boolean {
  return a[0] < b[1] && b[0] < a[1]
}

/** 1-based line number of a character offset. */
export function lineOf(text: string, offset: number): number {
  let line = 1
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n')
      line++
  }
  return line
}

/** How a near-quote differs from the article: quote marks, or the first differing character. */
export function explainMismatch(text: string, quote: string): string {
  const straighten = (s: string) => s.replace(/[‘’]/g, '\'').replace(/[“”]/g, '"')
  if (straighten(text).includes(straighten(quote)))
    return 'The article uses curly quotes and apostrophes (’ “ ”): copy the words from data/article.txt.'
  let best = { at: -1, length: 0 }
  for (let at = 0; at < text.length; at++) {
    let length = 0
    while (length < quote.length && text[at + length] === quote[length])
      length++
    if (length > best.length)
      best = { at, length }
  }
  if (best.length < 8)
    return 'Copy the words exactly from data/article.txt.'
  const yours = quote.slice(best.length, best.length + 20)
  const article = text.slice(best.at + best.length, best.at + best.length + Math.max(yours.length, 1))
  return `It matches the article up to "${quote.slice(Math.max(0, best.length - 20), best.length)}", then the article has "${article}" where the quote has "${yours}".`
}

/** HTML-safe text: for strings that end up in `innerHTML` (search results, raw HTML). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, char => `&#${char.charCodeAt(0)};`)
}

/**
 * Markdown-safe text: every ASCII punctuation mark markdown or HTML could read
 * (emphasis, links, headings, tags, entities) is backslash-escaped, so the
 * string renders as the same characters.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, char => `\\${char}`)
}

/**
 * Plain text inside markdown that Vue compiles as a template (VitePress pages,
 * Slidev slides): escaped as markdown, and inside a `v-pre` span so that
 * `{{ … }}` is shown, not evaluated.
 */
export function vueMarkdownText(text: string): string {
  return `<span v-pre>${escapeMarkdown(text)}</span>`
}
