export { formatDate, formatDateRange, formatPublished, languageName } from '@kit/content'

/** The host of a source URL without `www.`, for showing where a link goes. */
export function sourceHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '')
  }
  catch {
    return url
  }
}

/** The first sentence of a text (up to the first `.`, `!` or `?` followed by a space). */
export function firstSentence(text: string): string {
  const match = /^.*?[.!?](?=\s|$)/s.exec(text)
  return match ? match[0] : text
}
