/**
 * The bad-input corpus's shared types: small mutations of the REAL content (packages/content/data)
 * and of the real decks, each with the problem a contributor must be shown.
 *
 * A content case edits a fresh copy of `data/`; a deck case edits a copy of a
 * deck's slides.md. Every edit must find its text (a string exactly once, a
 * pattern at least once), so a case can never silently test nothing.
 *
 * `expect` says which problem the formatted message must contain: its code,
 * the file (and line), the item id and the field path, as `formatProblem`
 * prints them:
 *
 *   ✖ data/claims.yaml:209  claims → `intimidation-failed` → quote  [QuoteNotInSource]
 */
import type { ErrorCode } from '@kit/content/node'
import { fileURLToPath } from 'node:url'

export const realDataDir = fileURLToPath(new URL('../../packages/content/data/', import.meta.url))

export type Category
  = | 'missing field'
    | 'wrong type'
    | 'duplicate id'
    | 'unknown reference'
    | 'quote'
    | 'range'
    | 'date'
    | 'url'
    | 'minutes'
    | 'empty or overlong'
    | 'enum'
    | 'malformed file'
    | 'argument'
    | 'html'
    | 'source policy'
    | 'time'
    | 'shown text'

/** Replaces `find` (a string that must occur exactly once, or the first match of a pattern) in `file`. */
export interface ReplaceEdit {
  /** Path under `data/` (content) or `slides.md` (decks). */
  file: string
  find: string | RegExp
  replace: string
}

/** Inserts text at a 1-based line and 0-based column (used by the generated cases). */
export interface InsertEdit {
  file: string
  line: number
  column: number
  insert: string
}

export type Edit = ReplaceEdit | InsertEdit

export interface Expected {
  code: ErrorCode
  /** As the formatter prints it, e.g. `data/claims.yaml`. */
  file: string
  /**
   * The line printed after the file:
   * - `'edit'`: the line of the first character the edits changed in `file`;
   * - `'item'`: the line of the item's `id:` in the original file;
   * - a number; `'any'`: some line; `null`: no line (the problem has none).
   */
  line: 'edit' | 'item' | 'any' | number | null
  /** The item id, printed as `` `id` ``; `null` for problems about a whole file or the source. */
  item: string | null
  /** The field path inside the item, e.g. `verdict.explanation`; `null` for a whole file. */
  field: string | null
  /** Where the field is named: in the header (default), or in the message for item-level rules. */
  fieldIn?: 'header' | 'message'
  /** Words the problem's message must contain. */
  says?: RegExp[]
}

export interface ContentCase {
  /** One line, used as the test name. */
  name: string
  category: Category
  edits?: Edit[]
  /** Files under `data/` to delete. */
  remove?: string[]
  /** Files under `data/` to overwrite with this text. */
  write?: Record<string, string>
  /** Files under `data/` to create (they must not exist). */
  create?: Record<string, string>
  expect: Expected
  /** Also run it through the real `kit-content export` CLI. */
  cli?: boolean
}

export interface DeckCase {
  name: string
  category: Category
  deck: 'briefing' | 'classroom'
  edits: ReplaceEdit[]
  expect: {
    code: ErrorCode
    /** The component and attribute, as printed: `<ClaimCard id>`. */
    field: string
    /** The bad value the message must name, e.g. `nope`. */
    id: string
    says?: RegExp[]
  }
  cli?: boolean
}

export const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The first occurrence of `text` (starting a line) inside the item whose `id:`
 * line is `id`, before the next `- id:` line. Lets an edit target one field of
 * one item when the same line appears in many.
 */
export function within(id: string, text: string): RegExp {
  return new RegExp(`(?<=^ *(?:- )?id: ${escape(id)}\\n(?:(?! *- id: )[^\\n]*\\n)*)${escape(text)}`, 'm')
}

/** Replaces a whole file's text. */
export const whole = /^[\s\S]*$/
