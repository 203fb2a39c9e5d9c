import { distance } from 'fastest-levenshtein'

/**
 * The candidates nearest to `value` by edit distance, nearest first. Only
 * plausible ones: within half the length of the value, or sharing a prefix.
 */
export function nearest(value: string, candidates: Iterable<string>, max = 3): string[] {
  const limit = Math.max(3, Math.ceil(value.length / 2))
  return [...new Set(candidates)]
    .map(candidate => ({ candidate, score: distance(value, candidate) }))
    .filter(({ candidate, score }) => score <= limit || candidate.startsWith(value) || value.startsWith(candidate))
    .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
    .slice(0, max)
    .map(({ candidate }) => candidate)
}

/** "Did you mean `a` or `b`?", or an empty string when nothing is close. */
export function didYouMean(value: string, candidates: Iterable<string>): string {
  const close = nearest(value, candidates)
  if (close.length === 0)
    return ''
  const names = close.map(name => `\`${name}\``)
  return `Did you mean ${names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`}?`
}
