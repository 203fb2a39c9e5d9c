import { distance } from 'fastest-levenshtein'

/**
 * The candidates nearest to `value`, nearest first. Plausible ones only:
 * within a third of the value's length in edits (at least 2), or sharing its
 * first word, or starting with it (`putin-risk` → `putin-risk-realist`).
 */
export function nearest(value: string, candidates: Iterable<string>, max = 3): string[] {
  const limit = Math.max(2, Math.floor(value.length / 3))
  const firstWord = value.split('-')[0]!
  return [...new Set(candidates)]
    .map((candidate) => {
      const edits = distance(value, candidate)
      const extends_ = candidate.startsWith(value)
      const sharesWord = firstWord.length >= 3 && candidate.split('-')[0] === firstWord
      return { candidate, score: extends_ ? 0.5 : edits, plausible: edits <= limit || extends_ || sharesWord }
    })
    .filter(({ plausible }) => plausible)
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
