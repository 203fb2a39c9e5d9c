/**
 * What validation rules see and how they report: the items of every
 * collection with where each came from, and a `report` that turns a catalogue
 * code and its arguments into a located problem.
 */
import type { z } from 'zod'
import type { Collections, Registry } from './collections.ts'
import type { ErrorArgs, ErrorCode, Problem, ProblemLocation } from './errors.ts'
import type { ArticleMeta } from './schema.ts'
import { formatPath, problem } from './errors.ts'

/** One parsed data file. */
export interface DataFile {
  /** The path shown to people, e.g. `data/claims.yaml`. */
  file: string
  data: unknown
  /** The 1-based line of a path inside the file, where the format knows it. */
  lineOf?: (path: readonly PropertyKey[]) => number | undefined
}

/** Everything the content is made of, as read from disk (or built by a test). */
export interface ContentFiles {
  article: { file: string, text: string }
  /** `article.yaml`: the article's metadata and rhetoric passages. */
  meta: DataFile
  /** Per collection: its list file, or one file per item of a folder collection. */
  collections: Record<string, DataFile[]>
}

/** One item as read, valid or not. */
export interface Entry {
  collection: string
  file: DataFile
  /** Path of the item inside its file: `[index]` in a list file, `[]` for a one-item file. */
  path: PropertyKey[]
  data: unknown
}

/** An item that passed its schema. */
export interface Located<T> extends Entry {
  value: T
}

type ItemsOf<R extends Registry> = { [K in keyof R]: Array<Located<z.output<R[K]['schema']>>> }

export interface RuleContext<R extends Registry = Collections> {
  registry: R
  article: { file: string, text: string, meta?: Located<ArticleMeta> }
  /** Every item of every collection as read, valid or not (so a broken item still owns its id). */
  entries: Record<keyof R, Entry[]>
  /** The items that passed their schema, typed. */
  items: ItemsOf<R>
  /** Collections whose files were read: references into the others are not checked. */
  readable: Set<keyof R & string>
  /** Readable collections whose every item is valid: rules over a whole collection need these. */
  complete: Set<keyof R & string>
}

/** Reports a problem from the catalogue. */
export interface Report {
  /** About an item, at `field` inside it. */
  <C extends ErrorCode>(code: C, args: ErrorArgs<C>, at: Entry, ...field: PropertyKey[]): void
  /** Located by hand (a sentence of the article, a file). */
  at: <C extends ErrorCode>(code: C, args: ErrorArgs<C>, where: ProblemLocation) => void
}

export type Rule = (context: RuleContext, report: Report) => void

export function createReport(problems: Problem[]): Report {
  const report = ((code, args, at, ...field) => {
    const where: ProblemLocation = { file: at.file.file, collection: at.collection }
    const line = lineAt(at.file, [...at.path, ...field])
    if (line)
      where.line = line
    const item = idOf(at)
    if (item)
      where.item = item
    const path = formatPath(field)
    if (path)
      where.field = path
    problems.push(problem(code, args, where))
  }) as Report
  report.at = (code, args, where) => problems.push(problem(code, args, where))
  return report
}

/** An item's id, `#index` for a list item without one, nothing for the article. */
export function idOf(entry: Entry): string | undefined {
  if (isRecord(entry.data) && typeof entry.data.id === 'string')
    return entry.data.id
  return typeof entry.path[0] === 'number' ? `#${entry.path[0]}` : undefined
}

function lineAt(file: DataFile, path: readonly PropertyKey[]): number | undefined {
  if (!file.lineOf)
    return undefined
  for (let end = path.length; end >= 0; end--) {
    const line = file.lineOf(path.slice(0, end))
    if (line)
      return line
  }
  return undefined
}

/** The value at `path` inside `data`, or undefined. */
export function getIn(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (isRecord(value) || Array.isArray(value)) ? (value as Record<PropertyKey, unknown>)[key] : undefined, data)
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
