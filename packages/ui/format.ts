/** The host of a source URL without `www.`, for showing where a link goes. */
export function sourceHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '')
  }
  catch {
    return url
  }
}

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

/** The first sentence of a text (up to the first `.`, `!` or `?` followed by a space). */
export function firstSentence(text: string): string {
  const match = /^.*?[.!?](?=\s|$)/s.exec(text)
  return match ? match[0] : text
}
