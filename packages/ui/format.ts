export { firstSentence, formatDate, formatDateRange, formatPublished, languageName } from '@kit/content'

/** The host of a source URL without `www.`, for showing where a link goes. */
export function sourceHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '')
  }
  catch {
    return url
  }
}
