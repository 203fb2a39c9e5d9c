/**
 * Dates and languages as people write them, for pages, decks and generated
 * markdown alike. Pure and browser-safe.
 */
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** `2020-08-16` → `16 August 2020`; with `approximate`, `about 1 December 2019`. */
export function formatDate(iso: string, approximate = false): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return `${approximate ? 'about ' : ''}${d} ${months[m - 1]} ${y}`
}

/** A date or a date range as people write it: `7–9 September 2020`. */
export function formatDateRange(from: string, to?: string, approximate = false): string {
  if (!to || to === from)
    return formatDate(from, approximate)
  const [fy, fm] = from.split('-')
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number]
  if (fy === String(ty) && fm === String(tm).padStart(2, '0'))
    return `${approximate ? 'about ' : ''}${Number(from.slice(8))}–${td} ${months[tm - 1]} ${ty}`
  return `${formatDate(from, approximate)} – ${formatDate(to)}`
}

/** A source's publication date as people write it: `17 August 2020`, `August 2020`, `2020`, or `date unknown`. */
export function formatPublished(published: string | { approximate: string }): string {
  if (published === 'unknown')
    return 'date unknown'
  const date = typeof published === 'string' ? published : published.approximate
  const [y, m] = date.split('-')
  if (date.length === 10)
    return typeof published === 'string' ? formatDate(date) : `about ${formatDate(date)}`
  return m ? `${months[Number(m) - 1]} ${y}` : y!
}

/** `ru` → `Russian`, in English. */
export function languageName(code: string): string {
  return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code
}

/** The first sentence of a text (up to the first `.`, `!` or `?` followed by a space). */
export function firstSentence(text: string): string {
  const match = /^.*?[.!?](?=\s|$)/s.exec(text)
  return match ? match[0] : text
}
