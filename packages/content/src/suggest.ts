import { distance } from 'fastest-levenshtein'

/**
 * The candidates nearest to `value`, nearest first. A clear typo (within a
 * third of the value's length in edits, at least 2) or a candidate that
 * extends the value (`putin-risk` → `putin-risk-realist`) wins; only when
 * there is none are ids sharing the first word offered.
 */
export function nearest(value: string, candidates: Iterable<string>, max = 3): string[] {
  const limit = Math.max(2, Math.floor(value.length / 3))
  const firstWord = value.split('-')[0]!
  const scored = [...new Set(candidates)].map(candidate => ({
    candidate,
    score: candidate.startsWith(value) ? 0.5 : distance(value, candidate),
  }))
  const byScore = (a: { candidate: string, score: number }, b: { candidate: string, score: number }) => a.score - b.score || a.candidate.localeCompare(b.candidate)
  const close = scored.filter(({ score }) => score <= limit).sort(byScore)
  const best = close[0]?.score
  const picked = best !== undefined
    ? close.filter(({ score }) => score <= best + 1)
    : scored.filter(({ candidate }) => firstWord.length >= 3 && candidate.split('-')[0] === firstWord).sort(byScore)
  return picked.slice(0, max).map(({ candidate }) => candidate)
}

/** "Did you mean `a` or `b`?", or an empty string when nothing is close. */
export function didYouMean(value: string, candidates: Iterable<string>): string {
  const close = nearest(value, candidates)
  if (close.length === 0)
    return ''
  const names = close.map(name => `\`${name}\``)
  return `Did you mean ${names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`}?`
}
