/**
 * The catalogue of content problems. Names are permanent: tests, docs and
 * contributors refer to them. Add new kinds at the end; never rename.
 */
export const problemKinds = {
  FileMissing: 'A required data file is missing.',
  FileUnreadable: 'A data file is not valid YAML.',
  SchemaMismatch: 'A field is missing, has the wrong type or an invalid value.',
  DuplicateId: 'Two items of the same collection share an id.',
  UnknownReference: 'An id names an item that does not exist.',
  QuoteNotInSource: 'A quote does not occur verbatim in the article.',
  RangeMismatch: 'A character range does not point at its quote.',
  PhraseNotInSource: 'A glossary phrase does not occur verbatim in the article.',
  SentenceNotCovered: 'A sentence of the article is neither covered by a claim nor listed as rhetoric.',
  ThesisCount: 'The claims do not have exactly one thesis.',
  ArgumentCycle: 'Following `argument.of` from a claim never reaches the thesis.',
  VerdictMissing: 'A factual claim has no verdict.',
  MinutesMismatch: 'A lesson plan\'s activity minutes do not add up to its total.',
  DateOrder: 'A date range ends before it starts.',
  DeckComponent: 'A deck uses a content component with a missing, unknown or dynamic attribute.',
  UnknownFile: 'A YAML file in the data folder is not one the content is read from.',
} as const

export type ProblemKind = keyof typeof problemKinds

/** One thing wrong with the content, located as precisely as the data allows. */
export interface Problem {
  kind: ProblemKind
  /** Path of the data file, relative to the content package (e.g. `data/claims.yaml`). */
  file: string
  /** 1-based line in the file, where known. */
  line?: number
  /** The collection the item belongs to (e.g. `claims`). */
  collection?: string
  /** The item's id, or `#index` when it has none. */
  item?: string
  /** Path of the field inside the item (e.g. `counterpoints[1]`). */
  field?: string
  /** What is wrong. */
  message: string
  /** What would be valid. */
  hint?: string
}

/** `counterpoints[1].url` from `['counterpoints', 1, 'url']`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number')
      return `${out}[${key}]`
    return out ? `${out}.${String(key)}` : String(key)
  }, '')
}

/** One problem as the lines a contributor reads in a terminal or CI log. */
export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file
  const what = [problem.collection, problem.item && `\`${problem.item}\``, problem.field].filter(Boolean).join(' → ')
  const lines = [`✖ ${where}${what ? `  ${what}` : ''}  [${problem.kind}]`, `  ${problem.message}`]
  if (problem.hint)
    lines.push(`  ${problem.hint}`)
  return lines.join('\n')
}

/** Every problem, grouped by file, with a count at the end. */
export function formatProblems(problems: readonly Problem[]): string {
  const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0))
  const files = new Set(sorted.map(p => p.file)).size
  return `${sorted.map(formatProblem).join('\n\n')}\n\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}.`
}

/** Thrown by loaders when content is invalid; carries every problem. */
export class ContentError extends Error {
  readonly problems: readonly Problem[]
  constructor(problems: readonly Problem[]) {
    super(`Content is invalid:\n\n${formatProblems(problems)}`)
    this.name = 'ContentError'
    this.problems = problems
  }
}
