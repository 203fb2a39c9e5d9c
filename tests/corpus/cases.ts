/**
 * The bad-input corpus: small mutations of the REAL content (packages/content/data)
 * and of the real decks, each with the problem a contributor must be shown.
 *
 * A content case edits a fresh copy of `data/`; a deck case edits a copy of a
 * deck's slides.md. Every edit must find its text (a string exactly once, a
 * pattern at least once), so a case can never silently test nothing.
 *
 * `expect` says which problem the formatted message must contain: its kind,
 * the file (and line), the item id and the field path, as `formatProblem`
 * prints them:
 *
 *   ✖ data/claims.yaml:209  claims → `intimidation-failed` → quote  [QuoteNotInSource]
 */
import type { ProblemKind } from '@kit/content/node'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { dataFileJsonSchemas, readContentFiles } from '@kit/content/node'

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
  kind: ProblemKind
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
    kind: ProblemKind
    /** The component and attribute, as printed: `<ClaimCard id>`. */
    field: string
    /** The bad value the message must name, e.g. `nope`. */
    id: string
    says?: RegExp[]
  }
  cli?: boolean
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The first occurrence of `text` (starting a line) inside the item whose `id:`
 * line is `id`, before the next `- id:` line. Lets an edit target one field of
 * one item when the same line appears in many.
 */
export function within(id: string, text: string): RegExp {
  return new RegExp(`(?<=^ *(?:- )?id: ${escape(id)}\\n(?:(?! *- id: )[^\\n]*\\n)*)${escape(text)}`, 'm')
}

/** Replaces a whole file's text. */
const whole = /^[\s\S]*$/

// ---------------------------------------------------------------------------
// Hand-written content cases
// ---------------------------------------------------------------------------

export const contentCases: ContentCase[] = [
  // Missing required fields ---------------------------------------------------
  {
    name: 'a claim without its paraphrase',
    category: 'missing field',
    edits: [{ file: 'claims.yaml', find: within('ruled-26-years', '  paraphrase: >-\n    The article says Lukashenko, who has been in charge of Belarus for 26\n    years, has had another bad week.\n'), replace: '' }],
    expect: { kind: 'SchemaMismatch', file: 'data/claims.yaml', line: 'item', item: 'ruled-26-years', field: 'paraphrase', says: [/is required \(string\)/] },
  },
  {
    name: 'a timeline event without its relation',
    category: 'missing field',
    edits: [{ file: 'timeline.yaml', find: within('union-state-treaty', '  relation: context\n'), replace: '' }],
    expect: { kind: 'SchemaMismatch', file: 'data/timeline.yaml', line: 'item', item: 'union-state-treaty', field: 'relation', says: [/must be one of `mentioned`, `context`, `hindsight`; got nothing/] },
  },
  {
    name: 'a question without its level',
    category: 'missing field',
    edits: [{ file: 'questions.yaml', find: '- id: loaded-words\n  level: analysis\n', replace: '- id: loaded-words\n' }],
    expect: { kind: 'SchemaMismatch', file: 'data/questions.yaml', line: 'item', item: 'loaded-words', field: 'level', says: [/must be one of .*; got nothing/] },
  },
  {
    name: 'a lesson plan without totalMinutes',
    category: 'missing field',
    edits: [{ file: 'lessons/block-seminar.yaml', find: 'totalMinutes: 90\n', replace: '' }],
    expect: { kind: 'SchemaMismatch', file: 'data/lessons/block-seminar.yaml', line: 'item', item: 'block-seminar', field: 'totalMinutes', says: [/is required \(number\)/] },
  },
  {
    name: 'the source without its url',
    category: 'missing field',
    edits: [{ file: 'source.yaml', find: /^url: .*\n/m, replace: '' }],
    expect: { kind: 'SchemaMismatch', file: 'data/source.yaml', line: 'any', item: null, field: 'url', says: [/is required/] },
  },
  {
    name: 'a factual claim without a verdict',
    category: 'missing field',
    edits: [{ file: 'claims.yaml', find: new RegExp(`${within('intimidation-failed', '  verdict:\n').source}(?: {4}[^\\n]*\\n)+`, 'm'), replace: '' }],
    expect: { kind: 'VerdictMissing', file: 'data/claims.yaml', line: 'item', item: 'intimidation-failed', field: 'verdict', fieldIn: 'message', says: [/a factual claim needs a `verdict`/] },
  },

  // Wrong types -----------------------------------------------------------------
  {
    name: 'activity minutes written as a word (string for number)',
    category: 'wrong type',
    edits: [{ file: 'lessons/single-period.yaml', find: within('warm-up', '    minutes: 5\n'), replace: '    minutes: five\n' }],
    expect: { kind: 'SchemaMismatch', file: 'data/lessons/single-period.yaml', line: 'edit', item: 'single-period', field: 'activities[0].minutes', says: [/must be a number, not "five"/] },
  },
  {
    name: 'totalMinutes quoted (string for number)',
    category: 'wrong type',
    edits: [{ file: 'lessons/single-period.yaml', find: 'totalMinutes: 50\n', replace: 'totalMinutes: "50"\n' }],
    expect: { kind: 'SchemaMismatch', file: 'data/lessons/single-period.yaml', line: 'edit', item: 'single-period', field: 'totalMinutes', says: [/must be a number, not "50"/] },
  },
  {
    name: 'a range end quoted (string for number)',
    category: 'wrong type',
    edits: [{ file: 'claims.yaml', find: '  range: [383, 400]\n', replace: '  range: [383, "400"]\n' }],
    expect: { kind: 'SchemaMismatch', file: 'data/claims.yaml', line: 'edit', item: 'intimidation-failed', field: 'range[1]', says: [/must be a number, not "400"/] },
  },
  {
    name: 'an actor name that is a number (number for string)',
    category: 'wrong type',
    edits: [{ file: 'actors.yaml', find: '  name: Alexander Lukashenko\n', replace: '  name: 1994\n' }],
    expect: { kind: 'SchemaMismatch', file: 'data/actors.yaml', line: 'edit', item: 'lukashenko', field: 'name', says: [/must be a string, not number 1994/] },
  },
  {
    name: 'the source section set to true (boolean for string)',
    category: 'wrong type',
    edits: [{ file: 'source.yaml', find: 'section: Opinion\n', replace: 'section: true\n' }],
    expect: { kind: 'SchemaMismatch', file: 'data/source.yaml', line: 'edit', item: null, field: 'section', says: [/must be a string, not boolean true/] },
  },
  {
    name: 'claim actors written as a mapping (object for list)',
    category: 'wrong type',
    edits: [{ file: 'claims.yaml', find: within('lukashenko-requested-help', '  actors: [lukashenko, putin, russia]\n'), replace: '  actors: { first: lukashenko, second: putin }\n' }],
    expect: { kind: 'SchemaMismatch', file: 'data/claims.yaml', line: 'edit', item: 'lukashenko-requested-help', field: 'actors', says: [/must be an array, not a mapping/] },
  },
  {
    name: 'question claims written as one id (string for list)',
    category: 'wrong type',
    edits: [{ file: 'questions.yaml', find: within('who-wrote-it-and-when', '  claims: [sanctions-pledge]\n'), replace: '  claims: sanctions-pledge\n' }],
    expect: { kind: 'SchemaMismatch', file: 'data/questions.yaml', line: 'edit', item: 'who-wrote-it-and-when', field: 'claims', says: [/must be an array, not "sanctions-pledge"/] },
  },
  {
    name: 'a glossary term written as a list (list for string)',
    category: 'wrong type',
    edits: [{ file: 'glossary.yaml', find: '  term: NATO\n', replace: '  term: [NATO]\n' }],
    expect: { kind: 'SchemaMismatch', file: 'data/glossary.yaml', line: 'edit', item: 'nato', field: 'term', says: [/must be a string, not a list/] },
  },

  // Duplicate ids ---------------------------------------------------------------
  {
    name: 'two claims share an id',
    category: 'duplicate id',
    edits: [{ file: 'claims.yaml', find: '- id: sunday-marches\n', replace: '- id: resistance-galvanized\n' }],
    expect: { kind: 'DuplicateId', file: 'data/claims.yaml', line: 'edit', item: 'resistance-galvanized', field: 'id', says: [/`resistance-galvanized` is used more than once/] },
    cli: true,
  },
  {
    name: 'two glossary terms share an id',
    category: 'duplicate id',
    edits: [{ file: 'glossary.yaml', find: '- id: article-5\n', replace: '- id: nato\n' }],
    expect: { kind: 'DuplicateId', file: 'data/glossary.yaml', line: 'edit', item: 'nato', field: 'id', says: [/`nato` is used more than once/] },
  },
  {
    name: 'two questions share an id',
    category: 'duplicate id',
    edits: [{ file: 'questions.yaml', find: '- id: two-reasons-us-leadership\n', replace: '- id: what-does-the-article-ask\n' }],
    expect: { kind: 'DuplicateId', file: 'data/questions.yaml', line: 'edit', item: 'what-does-the-article-ask', field: 'id', says: [/is used more than once/] },
  },
  {
    name: 'two timeline events share an id',
    category: 'duplicate id',
    edits: [{ file: 'timeline.yaml', find: '- id: union-state-treaty\n', replace: '- id: lukashenko-first-elected\n' }],
    expect: { kind: 'DuplicateId', file: 'data/timeline.yaml', line: 'edit', item: 'lukashenko-first-elected', field: 'id', says: [/is used more than once/] },
  },
  {
    name: 'two perspectives share an id',
    category: 'duplicate id',
    edits: [{ file: 'perspectives.yaml', find: '- id: isolation-pushes-minsk-to-moscow\n', replace: '- id: sanctions-rarely-change-behaviour\n' }],
    expect: { kind: 'DuplicateId', file: 'data/perspectives.yaml', line: 'edit', item: 'sanctions-rarely-change-behaviour', field: 'id', says: [/is used more than once/] },
  },
  {
    name: 'two activities of a lesson share an id',
    category: 'duplicate id',
    edits: [{ file: 'lessons/single-period.yaml', find: '  - id: context-timeline\n', replace: '  - id: warm-up\n' }],
    expect: { kind: 'DuplicateId', file: 'data/lessons/single-period.yaml', line: 'edit', item: 'single-period', field: 'activities[1].id', says: [/`warm-up` is used more than once/] },
  },
  {
    name: 'two lesson plans share an id',
    category: 'duplicate id',
    edits: [{ file: 'lessons/block-seminar.yaml', find: /^id: block-seminar$/m, replace: 'id: single-period' }],
    // The second file read (sorted by name) is the one reported; a lesson plan's id is its whole file.
    expect: { kind: 'DuplicateId', file: 'data/lessons/single-period.yaml', line: 'item', item: 'single-period', field: null, says: [/id `single-period` is used more than once/] },
  },

  {
    name: 'two rhetoric passages share an id',
    category: 'duplicate id',
    edits: [{ file: 'source.yaml', find: '  - id: what-now\n', replace: '  - id: brings-us-to-putin\n' }],
    expect: { kind: 'DuplicateId', file: 'data/source.yaml', line: 'edit', item: null, field: 'rhetoric[1].id', says: [/`brings-us-to-putin` is used more than once/] },
  },
  {
    name: 'a perspective lists the same claim twice',
    category: 'duplicate id',
    edits: [{ file: 'perspectives.yaml', find: within('sanctions-rarely-change-behaviour', '    - us-must-lead\n'), replace: '    - sanctions-pledge\n' }],
    expect: { kind: 'DuplicateId', file: 'data/perspectives.yaml', line: 'edit', item: 'sanctions-rarely-change-behaviour', field: 'respondsTo[2]', says: [/lists `sanctions-pledge` twice/] },
  },

  // Unknown references ----------------------------------------------------------
  {
    name: 'a claim names an unknown actor',
    category: 'unknown reference',
    edits: [{ file: 'claims.yaml', find: within('lukashenko-requested-help', '  actors: [lukashenko, putin, russia]\n'), replace: '  actors: [lukashenko, putin, russsia]\n' }],
    expect: { kind: 'UnknownReference', file: 'data/claims.yaml', line: 'edit', item: 'lukashenko-requested-help', field: 'actors[2]', says: [/unknown actor id `russsia`/, /Did you mean `russia`\?/] },
  },
  {
    name: 'a claim names an unknown counterpoint',
    category: 'unknown reference',
    edits: [{ file: 'claims.yaml', find: within('election-theft-violence', '  counterpoints: [official-russian-belarusian-narrative]\n'), replace: '  counterpoints: [official-narrative]\n' }],
    expect: { kind: 'UnknownReference', file: 'data/claims.yaml', line: 'edit', item: 'election-theft-violence', field: 'counterpoints[0]', says: [/unknown perspective id `official-narrative`/] },
  },
  {
    name: 'a claim names an unknown glossary term',
    category: 'unknown reference',
    edits: [{ file: 'claims.yaml', find: within('lukashenko-requested-help', '  terms: [union-state, csto]\n'), replace: '  terms: [union-state, cstoo]\n' }],
    expect: { kind: 'UnknownReference', file: 'data/claims.yaml', line: 'edit', item: 'lukashenko-requested-help', field: 'terms[1]', says: [/unknown glossary term id `cstoo`/, /Did you mean `csto`\?/] },
  },
  {
    name: 'a claim argues for an unknown claim',
    category: 'unknown reference',
    edits: [{ file: 'claims.yaml', find: within('intimidation-failed', '    of: lukashenko-requested-help\n'), replace: '    of: lukashenko-requested-hepl\n' }],
    expect: { kind: 'UnknownReference', file: 'data/claims.yaml', line: 'edit', item: 'intimidation-failed', field: 'argument.of', says: [/unknown claim id `lukashenko-requested-hepl`/] },
  },
  {
    name: 'a timeline event names an unknown claim',
    category: 'unknown reference',
    edits: [{ file: 'timeline.yaml', find: within('union-state-treaty', '  claims: [absorption-ambition]\n'), replace: '  claims: [absorbtion-ambition]\n' }],
    expect: { kind: 'UnknownReference', file: 'data/timeline.yaml', line: 'edit', item: 'union-state-treaty', field: 'claims[0]', says: [/unknown claim id `absorbtion-ambition`/, /Did you mean `absorption-ambition`\?/] },
  },
  {
    name: 'a timeline event names an unknown actor',
    category: 'unknown reference',
    edits: [{ file: 'timeline.yaml', find: within('lukashenko-first-elected', '  actors: [lukashenko]\n'), replace: '  actors: [lukashenka]\n' }],
    expect: { kind: 'UnknownReference', file: 'data/timeline.yaml', line: 'edit', item: 'lukashenko-first-elected', field: 'actors[0]', says: [/unknown actor id `lukashenka`/] },
  },
  {
    name: 'a question cites an unknown claim',
    category: 'unknown reference',
    edits: [{ file: 'questions.yaml', find: within('fact-or-judgment-election-theft', '  claims: [election-theft-violence, resistance-galvanized]\n'), replace: '  claims: [election-theft-violence, resistance-galvanised]\n' }],
    expect: { kind: 'UnknownReference', file: 'data/questions.yaml', line: 'edit', item: 'fact-or-judgment-election-theft', field: 'claims[1]', says: [/unknown claim id `resistance-galvanised`/] },
  },
  {
    name: 'a question cites an unknown glossary term',
    category: 'unknown reference',
    edits: [{ file: 'questions.yaml', find: within('loaded-words', '  terms: [europes-last-dictator, eu-unanimity]\n'), replace: '  terms: [europes-last-dictator, eu-unanimty]\n' }],
    expect: { kind: 'UnknownReference', file: 'data/questions.yaml', line: 'edit', item: 'loaded-words', field: 'terms[1]', says: [/unknown glossary term id `eu-unanimty`/] },
  },
  {
    name: 'a question cites an unknown perspective',
    category: 'unknown reference',
    edits: [{ file: 'questions.yaml', find: within('what-did-the-leaders-agree', '  perspectives: [official-russian-belarusian-narrative]\n'), replace: '  perspectives: [kremlin-narrative]\n' }],
    expect: { kind: 'UnknownReference', file: 'data/questions.yaml', line: 'edit', item: 'what-did-the-leaders-agree', field: 'perspectives[0]', says: [/unknown perspective id `kremlin-narrative`/] },
  },
  {
    name: 'a perspective responds to an unknown claim',
    category: 'unknown reference',
    edits: [{ file: 'perspectives.yaml', find: within('sanctions-rarely-change-behaviour', '    - us-must-lead\n'), replace: '    - us-must-leed\n' }],
    expect: { kind: 'UnknownReference', file: 'data/perspectives.yaml', line: 'edit', item: 'sanctions-rarely-change-behaviour', field: 'respondsTo[2]', says: [/Did you mean `us-must-lead`\?/] },
  },
  {
    name: 'a lesson activity uses an unknown question',
    category: 'unknown reference',
    edits: [{ file: 'lessons/single-period.yaml', find: '    questions: [what-does-the-article-ask, two-reasons-us-leadership, who-wrote-it-and-when]\n', replace: '    questions: [what-does-the-article-ask, two-reasons-us-leadership, who-wrote-it-when]\n' }],
    expect: { kind: 'UnknownReference', file: 'data/lessons/single-period.yaml', line: 'edit', item: 'single-period', field: 'activities[2].questions[2]', says: [/unknown question id `who-wrote-it-when`/] },
  },
  {
    name: 'a lesson activity uses an unknown claim',
    category: 'unknown reference',
    edits: [{ file: 'lessons/single-period.yaml', find: within('discussion', '    claims: [leaders-blame-nato, nato-claim-false,'), replace: '    claims: [leaders-blame-nato, nato-claim-fake,' }],
    expect: { kind: 'UnknownReference', file: 'data/lessons/single-period.yaml', line: 'edit', item: 'single-period', field: 'activities[4].claims[1]', says: [/unknown claim id `nato-claim-fake`/] },
  },
  {
    name: 'a lesson activity uses an unknown glossary term',
    category: 'unknown reference',
    edits: [{ file: 'lessons/single-period.yaml', find: within('warm-up', '    terms: [sanctions, deterrence]\n'), replace: '    terms: [sanctions, deterence]\n' }],
    expect: { kind: 'UnknownReference', file: 'data/lessons/single-period.yaml', line: 'edit', item: 'single-period', field: 'activities[0].terms[1]', says: [/unknown glossary term id `deterence`/, /Did you mean `deterrence`\?/] },
  },
  {
    name: 'a lesson exit ticket uses an unknown question',
    category: 'unknown reference',
    edits: [{ file: 'lessons/single-period.yaml', find: '    questions: [fact-or-judgment-election-theft, best-case-against-sanctions-threat]\n    lookFor:', replace: '    questions: [fact-or-judgment-election-theft, best-case-against-sanction-threat]\n    lookFor:' }],
    expect: { kind: 'UnknownReference', file: 'data/lessons/single-period.yaml', line: 'edit', item: 'single-period', field: 'assessment.exitTicket.questions[1]', says: [/unknown question id `best-case-against-sanction-threat`/] },
  },

  // Quotes ------------------------------------------------------------------------
  {
    name: 'a claim quote that differs from the article by one character',
    category: 'quote',
    edits: [{ file: 'claims.yaml', find: '  quote: It hasn’t worked.\n', replace: '  quote: It hasn’t worked!\n' }],
    expect: { kind: 'QuoteNotInSource', file: 'data/claims.yaml', line: 'edit', item: 'intimidation-failed', field: 'quote', says: [/does not occur verbatim in the article/, /the article has "\." where the quote has "!"/] },
  },
  {
    name: 'a claim quote with a straight \' where the article has a curly ’',
    category: 'quote',
    edits: [{ file: 'claims.yaml', find: '  quote: Things haven’t improved this week', replace: '  quote: Things haven\'t improved this week' }],
    expect: { kind: 'QuoteNotInSource', file: 'data/claims.yaml', line: 'edit', item: 'ruled-26-years', field: 'quote', says: [/does not occur verbatim/, /curly quotes/] },
  },
  {
    name: 'a claim quote with straight double quotes where the article has “ ”',
    category: 'quote',
    edits: [{ file: 'claims.yaml', find: 'but by roars of “go away! Go away!”\'', replace: 'but by roars of "go away! Go away!"\'' }],
    expect: { kind: 'QuoteNotInSource', file: 'data/claims.yaml', line: 'edit', item: 'factory-jeers', field: 'quote', says: [/curly quotes/] },
  },
  {
    name: 'a rhetoric quote that differs from the article by one character',
    category: 'quote',
    edits: [{ file: 'source.yaml', find: '    quote: That brings us to Putin.\n', replace: '    quote: That brings us to Putin!\n' }],
    expect: { kind: 'QuoteNotInSource', file: 'data/source.yaml', line: 'edit', item: null, field: 'rhetoric[0].quote', says: [/does not occur verbatim/] },
  },

  // Ranges --------------------------------------------------------------------------
  {
    name: 'a claim range shifted by one character',
    category: 'range',
    edits: [{ file: 'claims.yaml', find: '  range: [383, 400]\n', replace: '  range: [384, 401]\n' }],
    expect: { kind: 'RangeMismatch', file: 'data/claims.yaml', line: 'edit', item: 'intimidation-failed', field: 'range', says: [/range \[384, 401\] does not point at the quote/, /Set `range: \[383, 400\]`/] },
  },
  {
    name: 'a claim range that ends before it starts',
    category: 'range',
    edits: [{ file: 'claims.yaml', find: '  range: [558, 639]\n', replace: '  range: [639, 558]\n' }],
    expect: { kind: 'RangeMismatch', file: 'data/claims.yaml', line: 'edit', item: 'ruled-26-years', field: 'range', says: [/Set `range: \[558, 639\]`/] },
  },
  {
    name: 'a claim range past the end of the article',
    category: 'range',
    edits: [{ file: 'claims.yaml', find: '  range: [0, 127]\n', replace: '  range: [0, 99999]\n' }],
    expect: { kind: 'RangeMismatch', file: 'data/claims.yaml', line: 'edit', item: 'sanctions-pledge', field: 'range', says: [/Set `range: \[0, 127\]`/] },
  },
  {
    name: 'a rhetoric range one character too long',
    category: 'range',
    edits: [{ file: 'source.yaml', find: '    range: [1147, 1156]\n', replace: '    range: [1147, 1157]\n' }],
    expect: { kind: 'RangeMismatch', file: 'data/source.yaml', line: 'edit', item: null, field: 'rhetoric[1].range', says: [/Set `range: \[1147, 1156\]`/] },
  },

  // Dates -----------------------------------------------------------------------------
  {
    name: 'a timeline date that does not exist (2020-02-30)',
    category: 'date',
    edits: [{ file: 'timeline.yaml', find: '  date: 1999-12-08\n', replace: '  date: 2020-02-30\n' }],
    expect: { kind: 'SchemaMismatch', file: 'data/timeline.yaml', line: 'edit', item: 'union-state-treaty', field: 'date', says: [/must be a real calendar date/] },
  },
  {
    name: 'a publication window that ends before it starts',
    category: 'date',
    edits: [{ file: 'source.yaml', find: '    from: 2020-08-17\n', replace: '    from: 2020-08-19\n' }],
    expect: { kind: 'DateOrder', file: 'data/source.yaml', line: 'any', item: null, field: 'published.value.to', says: [/ends \(2020-08-18\) before it starts \(2020-08-19\)/] },
  },
  {
    name: 'a timeline date in month 13 (2020-13-01)',
    category: 'date',
    edits: [{ file: 'timeline.yaml', find: '  date: 2014-03-17\n', replace: '  date: 2020-13-01\n' }],
    expect: { kind: 'SchemaMismatch', file: 'data/timeline.yaml', line: 'edit', item: 'crimea-annexation-sanctions', field: 'date', says: [/must be a real calendar date/] },
  },
  {
    name: 'a timeline endDate of 31 June',
    category: 'date',
    edits: [{ file: 'timeline.yaml', find: '  endDate: 2020-08-14\n', replace: '  endDate: 2020-06-31\n' }],
    expect: { kind: 'SchemaMismatch', file: 'data/timeline.yaml', line: 'edit', item: 'torture-testimony', field: 'endDate', says: [/must be a real calendar date/] },
  },
  {
    name: 'a timeline date written in words',
    category: 'date',
    edits: [{ file: 'timeline.yaml', find: '  date: 2016-12-29\n', replace: '  date: 29 December 2016\n' }],
    expect: { kind: 'SchemaMismatch', file: 'data/timeline.yaml', line: 'edit', item: 'obama-election-sanctions', field: 'date', says: [/must be a date written YYYY-MM-DD/] },
  },
  {
    name: 'the publication window starts on a day that does not exist',
    category: 'date',
    edits: [{ file: 'source.yaml', find: '    from: 2020-08-17\n', replace: '    from: 2020-02-30\n' }],
    expect: { kind: 'SchemaMismatch', file: 'data/source.yaml', line: 'edit', item: null, field: 'published.value.from', says: [/must be a real calendar date/] },
  },
  {
    name: 'an event that ends before it starts',
    category: 'date',
    edits: [{ file: 'timeline.yaml', find: '  endDate: 2020-08-26\n', replace: '  endDate: 2020-07-26\n' }],
    expect: { kind: 'DateOrder', file: 'data/timeline.yaml', line: 'edit', item: 'biegun-visit', field: 'endDate', says: [/ends \(2020-07-26\) before it starts \(2020-08-24\)/] },
  },

  // URLs --------------------------------------------------------------------------------
  {
    name: 'an http: URL in a verdict source',
    category: 'url',
    edits: [{ file: 'claims.yaml', find: within('intimidation-failed', '      - url: https://nationalpost.com/'), replace: '      - url: http://nationalpost.com/' }],
    expect: { kind: 'SchemaMismatch', file: 'data/claims.yaml', line: 'edit', item: 'intimidation-failed', field: 'verdict.sources[0].url', says: [/must be an https:\/\/ URL/] },
    cli: true,
  },
  {
    name: 'a javascript: URL in a glossary source',
    category: 'url',
    edits: [{ file: 'glossary.yaml', find: '    - url: https://country-flags.org/organizations/nato\n', replace: '    - url: "javascript:alert(1)"\n' }],
    expect: { kind: 'SchemaMismatch', file: 'data/glossary.yaml', line: 'edit', item: 'nato', field: 'sources[2].url', says: [/must be an https:\/\/ URL/] },
  },
  {
    name: 'an http: URL as the article\'s url',
    category: 'url',
    edits: [{ file: 'source.yaml', find: /^url: https:/m, replace: 'url: http:' }],
    expect: { kind: 'SchemaMismatch', file: 'data/source.yaml', line: 'edit', item: null, field: 'url', says: [/must be an https:\/\/ URL/] },
  },
  {
    name: 'a padded, mixed-case JavaScript: URL in a timeline source',
    category: 'url',
    edits: [{ file: 'timeline.yaml', find: within('lukashenko-first-elected', '    - url: https://www.govinfo.gov/content/pkg/BILLS-116sres689is/xml/BILLS-116sres689is.xml\n'), replace: '    - url: "  JavaScript:alert(document.cookie)//https://www.govinfo.gov/"\n' }],
    expect: { kind: 'SchemaMismatch', file: 'data/timeline.yaml', line: 'edit', item: 'lukashenko-first-elected', field: 'sources[0].url', says: [/must be an https:\/\/ URL/] },
  },

  // Minutes -------------------------------------------------------------------------------
  {
    name: 'activity minutes that add up to more than the total',
    category: 'minutes',
    edits: [{ file: 'lessons/single-period.yaml', find: within('warm-up', '    minutes: 5\n'), replace: '    minutes: 6\n' }],
    expect: { kind: 'MinutesMismatch', file: 'data/lessons/single-period.yaml', line: 'any', item: 'single-period', field: 'activities', says: [/activities add up to 51 minutes/, /`totalMinutes` is 50/] },
  },
  {
    name: 'a totalMinutes that the activities do not add up to',
    category: 'minutes',
    edits: [{ file: 'lessons/block-seminar.yaml', find: 'totalMinutes: 90\n', replace: 'totalMinutes: 95\n' }],
    expect: { kind: 'MinutesMismatch', file: 'data/lessons/block-seminar.yaml', line: 'any', item: 'block-seminar', field: 'activities', says: [/add up to 90 minutes/, /`totalMinutes` is 95/, /set `totalMinutes: 90`/] },
  },
  {
    name: 'an activity of zero minutes',
    category: 'minutes',
    edits: [{ file: 'lessons/block-seminar.yaml', find: within('debrief-exit', '    minutes: 3\n'), replace: '    minutes: 0\n' }],
    expect: { kind: 'SchemaMismatch', file: 'data/lessons/block-seminar.yaml', line: 'edit', item: 'block-seminar', field: 'activities[6].minutes', says: [/must be a positive whole number of minutes/] },
  },
  {
    name: 'an activity of 2.5 minutes',
    category: 'minutes',
    edits: [{ file: 'lessons/block-seminar.yaml', find: within('debrief-exit', '    minutes: 3\n'), replace: '    minutes: 2.5\n' }],
    expect: { kind: 'SchemaMismatch', file: 'data/lessons/block-seminar.yaml', line: 'edit', item: 'block-seminar', field: 'activities[6].minutes', says: [/int/i] },
  },

  // Empty and overlong strings ---------------------------------------------------------------
  {
    name: 'an empty claim paraphrase',
    category: 'empty or overlong',
    edits: [{ file: 'claims.yaml', find: within('intimidation-failed', '  paraphrase: >-\n    The article says the violence has not succeeded in keeping protesters at\n    home.\n'), replace: '  paraphrase: ""\n' }],
    expect: { kind: 'SchemaMismatch', file: 'data/claims.yaml', line: 'edit', item: 'intimidation-failed', field: 'paraphrase', says: [/must not be empty/] },
  },
  {
    name: 'a perspective title of spaces only',
    category: 'empty or overlong',
    edits: [{ file: 'perspectives.yaml', find: '  title: Sanctions impose costs but rarely change policy\n', replace: '  title: "   "\n' }],
    expect: { kind: 'SchemaMismatch', file: 'data/perspectives.yaml', line: 'edit', item: 'sanctions-rarely-change-behaviour', field: 'title', says: [/must not be empty/] },
  },
  {
    name: 'an empty id',
    category: 'empty or overlong',
    edits: [{ file: 'actors.yaml', find: '- id: belarusian-authorities\n', replace: '- id: ""\n' }],
    // The formatter prints no item for an empty id (`actors → id`): the line is the only locator.
    expect: { kind: 'SchemaMismatch', file: 'data/actors.yaml', line: 'edit', item: null, field: 'id', says: [/must be kebab-case/] },
  },
  {
    name: 'an actor name of 161 characters (max 160)',
    category: 'empty or overlong',
    edits: [{ file: 'actors.yaml', find: '  name: Alexander Lukashenko\n', replace: `  name: Alexander Lukashenko${' the president'.repeat(10)}${'x'.repeat(161 - 20 - 140)}\n` }],
    expect: { kind: 'SchemaMismatch', file: 'data/actors.yaml', line: 'edit', item: 'lukashenko', field: 'name', says: [/must be at most 160 characters/] },
  },
  {
    name: 'a question prompt of 501 characters (max 500)',
    category: 'empty or overlong',
    edits: [{ file: 'questions.yaml', find: within('loaded-words', '  prompt: >-\n'), replace: `  prompt: ${'Why? '.repeat(100)}x\n  promptOld: >-\n` }],
    expect: { kind: 'SchemaMismatch', file: 'data/questions.yaml', line: 'edit', item: 'loaded-words', field: 'prompt', says: [/must be at most 500 characters/] },
  },
  {
    name: 'an id of 61 characters (max 60)',
    category: 'empty or overlong',
    edits: [{ file: 'glossary.yaml', find: '- id: article-5\n', replace: `- id: article-5-${'x'.repeat(51)}\n` }],
    expect: { kind: 'SchemaMismatch', file: 'data/glossary.yaml', line: 'edit', item: `article-5-${'x'.repeat(51)}`, field: 'id', says: [/must be at most 60 characters/] },
  },
  {
    name: 'a perspective held by nobody (empty list)',
    category: 'empty or overlong',
    edits: [{ file: 'perspectives.yaml', find: within('sanctions-rarely-change-behaviour', '  heldBy:\n    - Gould-Davies (BOFIT Policy Brief, 2018)\n'), replace: '  heldBy: []\n  heldByOld:\n    - Gould-Davies (BOFIT Policy Brief, 2018)\n' }],
    expect: { kind: 'SchemaMismatch', file: 'data/perspectives.yaml', line: 'edit', item: 'sanctions-rarely-change-behaviour', field: 'heldBy', says: [/must name who makes the argument/] },
  },

  // Enumerations -----------------------------------------------------------------------------
  {
    name: 'an unknown claim kind',
    category: 'enum',
    edits: [{ file: 'claims.yaml', find: within('sanctions-pledge', '  kind: normative\n'), replace: '  kind: opinion\n' }],
    expect: { kind: 'SchemaMismatch', file: 'data/claims.yaml', line: 'edit', item: 'sanctions-pledge', field: 'kind', says: [/must be one of `factual`, `prediction`, `causal`, `normative`, `characterization`, `speculation`; got "opinion"/] },
  },
  {
    name: 'a claim kind in the wrong case (Factual)',
    category: 'enum',
    edits: [{ file: 'claims.yaml', find: within('intimidation-failed', '  kind: factual\n'), replace: '  kind: Factual\n' }],
    expect: { kind: 'SchemaMismatch', file: 'data/claims.yaml', line: 'edit', item: 'intimidation-failed', field: 'kind', says: [/got "Factual"/] },
  },
  {
    name: 'an unknown verdict rating',
    category: 'enum',
    edits: [{ file: 'claims.yaml', find: within('intimidation-failed', '    rating: supported\n'), replace: '    rating: mostly-true\n' }],
    expect: { kind: 'SchemaMismatch', file: 'data/claims.yaml', line: 'edit', item: 'intimidation-failed', field: 'verdict.rating', says: [/must be one of `supported`, `partly`, `unverified`, `contradicted`, `disputed`; got "mostly-true"/] },
  },
  {
    name: 'a verdict rating of true (a YAML boolean)',
    category: 'enum',
    edits: [{ file: 'claims.yaml', find: within('ruled-26-years', '    rating: supported\n'), replace: '    rating: true\n' }],
    expect: { kind: 'SchemaMismatch', file: 'data/claims.yaml', line: 'edit', item: 'ruled-26-years', field: 'verdict.rating', says: [/got boolean true/] },
  },
  {
    name: 'an unknown question level',
    category: 'enum',
    edits: [{ file: 'questions.yaml', find: '- id: loaded-words\n  level: analysis\n', replace: '- id: loaded-words\n  level: synthesis\n' }],
    expect: { kind: 'SchemaMismatch', file: 'data/questions.yaml', line: 'edit', item: 'loaded-words', field: 'level', says: [/must be one of `comprehension`, `application`, `analysis`, `evaluation`, `creation`; got "synthesis"/] },
  },
  {
    name: 'an unknown evidence kind',
    category: 'enum',
    edits: [{ file: 'claims.yaml', find: within('sanctions-pledge', '    - kind: context\n'), replace: '    - kind: background\n' }],
    expect: { kind: 'SchemaMismatch', file: 'data/claims.yaml', line: 'edit', item: 'sanctions-pledge', field: 'evidence[0].kind', says: [/got "background"/] },
  },
  {
    name: 'an unknown timeline relation',
    category: 'enum',
    edits: [{ file: 'timeline.yaml', find: within('union-state-treaty', '  relation: context\n'), replace: '  relation: background\n' }],
    expect: { kind: 'SchemaMismatch', file: 'data/timeline.yaml', line: 'edit', item: 'union-state-treaty', field: 'relation', says: [/must be one of `mentioned`, `context`, `hindsight`; got "background"/] },
  },
  {
    name: 'an unknown activity grouping',
    category: 'enum',
    edits: [{ file: 'lessons/single-period.yaml', find: within('warm-up', '    grouping: individual\n'), replace: '    grouping: solo\n' }],
    expect: { kind: 'SchemaMismatch', file: 'data/lessons/single-period.yaml', line: 'edit', item: 'single-period', field: 'activities[0].grouping', says: [/got "solo"/] },
  },

  // Malformed files -----------------------------------------------------------------------------
  {
    name: 'invalid YAML: an unclosed flow list',
    category: 'malformed file',
    edits: [{ file: 'claims.yaml', find: within('lukashenko-requested-help', '  actors: [lukashenko, putin, russia]\n'), replace: '  actors: [lukashenko, putin, russia\n' }],
    expect: { kind: 'FileUnreadable', file: 'data/claims.yaml', line: 'any', item: null, field: null, says: [/is not valid YAML/] },
    cli: true,
  },
  {
    name: 'invalid YAML: an unquoted colon in a value',
    category: 'malformed file',
    edits: [{ file: 'actors.yaml', find: '  name: Alexander Lukashenko\n', replace: '  name: President: Alexander Lukashenko\n' }],
    expect: { kind: 'FileUnreadable', file: 'data/actors.yaml', line: 'edit', item: null, field: null, says: [/is not valid YAML/, /quote any text that contains `: `/] },
  },
  {
    name: 'invalid YAML: a tab in the indentation',
    category: 'malformed file',
    edits: [{ file: 'glossary.yaml', find: '  term: NATO\n', replace: '\tterm: NATO\n' }],
    expect: { kind: 'FileUnreadable', file: 'data/glossary.yaml', line: 'edit', item: null, field: null, says: [/is not valid YAML/] },
  },
  {
    name: 'invalid YAML: the same key twice in one item',
    category: 'malformed file',
    edits: [{ file: 'questions.yaml', find: '- id: loaded-words\n  level: analysis\n', replace: '- id: loaded-words\n  level: analysis\n  level: evaluation\n' }],
    expect: { kind: 'FileUnreadable', file: 'data/questions.yaml', line: 'any', item: null, field: null, says: [/is not valid YAML/, /unique/i] },
  },
  {
    name: 'a list file whose top level is a scalar',
    category: 'malformed file',
    edits: [{ file: 'questions.yaml', find: whole, replace: 'Questions are still to be written.\n' }],
    expect: { kind: 'SchemaMismatch', file: 'data/questions.yaml', line: 1, item: null, field: null, says: [/must be a list of questions .*not "Questions are still to be written\."/] },
  },
  {
    name: 'a list file whose top level is a mapping',
    category: 'malformed file',
    edits: [{ file: 'actors.yaml', find: whole, replace: 'lukashenko:\n  name: Alexander Lukashenko\n  kind: person\n' }],
    expect: { kind: 'SchemaMismatch', file: 'data/actors.yaml', line: 'any', item: null, field: null, says: [/must be a list of actors .*not a mapping/] },
  },
  {
    name: 'source.yaml whose top level is a scalar',
    category: 'malformed file',
    edits: [{ file: 'source.yaml', find: whole, replace: 'https://www.washingtonexaminer.com/opinion\n' }],
    expect: { kind: 'SchemaMismatch', file: 'data/source.yaml', line: 1, item: null, field: null, says: [/must be an object, not "https:\/\/www\.washingtonexaminer\.com/] },
  },
  {
    name: 'a lesson file whose top level is a list',
    category: 'malformed file',
    edits: [{ file: 'lessons/single-period.yaml', find: whole, replace: '- single-period\n- block-seminar\n' }],
    expect: { kind: 'SchemaMismatch', file: 'data/lessons/single-period.yaml', line: 1, item: null, field: null, says: [/must be an object, not a list/] },
  },
  {
    name: 'YAML aliases nested to expand into millions of nodes',
    category: 'malformed file',
    write: { 'perspectives.yaml': `${['- &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdef'.split('').map((name, i) => `- &${name} [${Array.from({ length: 10 }, () => `*${'abcde'[i]}`).join(', ')}]`)].join('\n')}\n` },
    expect: { kind: 'FileUnreadable', file: 'data/perspectives.yaml', line: null, item: null, field: null, says: [/could not be read as data/, /anchors/] },
  },
  {
    name: 'an empty timeline file',
    category: 'malformed file',
    write: { 'timeline.yaml': '' },
    expect: { kind: 'SchemaMismatch', file: 'data/timeline.yaml', line: null, item: null, field: null, says: [/must be a list of timeline events .*not null/] },
  },
  {
    name: 'an empty lesson file',
    category: 'malformed file',
    write: { 'lessons/block-seminar.yaml': '' },
    expect: { kind: 'SchemaMismatch', file: 'data/lessons/block-seminar.yaml', line: null, item: null, field: null, says: [/must be an object, not null/] },
  },
  {
    name: 'no lesson plans at all (the lessons folder removed)',
    category: 'malformed file',
    remove: ['lessons'],
    expect: { kind: 'FileMissing', file: 'data/lessons', line: null, item: null, field: null, says: [/has no lesson plans/] },
  },
  {
    name: 'a misnamed data file (claim.yaml beside claims.yaml)',
    category: 'malformed file',
    create: { 'claim.yaml': '- id: stray\n' },
    expect: { kind: 'UnknownFile', file: 'data/claim.yaml', line: null, item: null, field: null, says: [/is not a content file/, /Did you mean `claims\.yaml`\?/] },
  },
  {
    name: 'a missing glossary file',
    category: 'malformed file',
    remove: ['glossary.yaml'],
    expect: { kind: 'FileMissing', file: 'data/glossary.yaml', line: null, item: null, field: null, says: [/glossary\.yaml is missing from data\//] },
    cli: true,
  },
  {
    name: 'a missing article',
    category: 'malformed file',
    remove: ['article.txt'],
    expect: { kind: 'FileMissing', file: 'data/article.txt', line: null, item: null, field: null, says: [/article\.txt is missing/] },
  },

  // The argument's structure ------------------------------------------------------------------------
  {
    name: 'a second thesis',
    category: 'argument',
    edits: [{ file: 'claims.yaml', find: within('us-must-lead', '  argument:\n    role: supports\n    of: sanctions-pledge\n'), replace: '  argument:\n    role: thesis\n' }],
    expect: { kind: 'ThesisCount', file: 'data/claims.yaml', line: 'edit', item: 'us-must-lead', field: 'argument.role', says: [/2 claims have `role: thesis` \(`sanctions-pledge`, `us-must-lead`\)/] },
  },
  {
    name: 'an argument chain that loops',
    category: 'argument',
    edits: [{ file: 'claims.yaml', find: within('lukashenko-requested-help', '    of: sanctions-pledge\n'), replace: '    of: intimidation-failed\n' }],
    expect: { kind: 'ArgumentCycle', file: 'data/claims.yaml', line: 'edit', item: 'lukashenko-requested-help', field: 'argument.of', says: [/the argument chain loops: lukashenko-requested-help → intimidation-failed → lukashenko-requested-help/] },
  },
  {
    name: 'a glossary phrase with a straight apostrophe',
    category: 'quote',
    edits: [{ file: 'glossary.yaml', find: '    - NATO war planners\n', replace: '    - NATO war planner\'s\n' }],
    expect: { kind: 'PhraseNotInSource', file: 'data/glossary.yaml', line: 'edit', item: 'nato', field: 'articlePhrases[1]', says: [/does not occur in the article/] },
  },
]

// ---------------------------------------------------------------------------
// Deck cases
// ---------------------------------------------------------------------------

export const deckCases: DeckCase[] = [
  {
    name: 'a lesson deck whose headmatter names an unknown lesson plan',
    category: 'unknown reference',
    deck: 'classroom',
    edits: [{ file: 'slides.md', find: 'kitLesson: single-period\n', replace: 'kitLesson: single-perod\n' }],
    expect: { kind: 'UnknownReference', field: 'kitLesson', id: 'single-perod', says: [/unknown lesson plan id `single-perod`/, /Did you mean `single-period`\?/] },
  },
  {
    name: 'a slide whose activity is not in the deck\'s lesson plan',
    category: 'unknown reference',
    deck: 'classroom',
    edits: [{ file: 'slides.md', find: 'activity: warm-up\n', replace: 'activity: warmup\n' }],
    expect: { kind: 'UnknownReference', field: 'activity', id: 'warmup', says: [/is not an activity of lesson `single-period`/, /Did you mean `warm-up`\?/] },
  },
  {
    name: 'a ClaimCard with an id that does not exist',
    category: 'unknown reference',
    deck: 'briefing',
    edits: [{ file: 'slides.md', find: '<ClaimCard id="intelligence-teams" hindsight />', replace: '<ClaimCard id="nope" hindsight />' }],
    expect: { kind: 'UnknownReference', field: '<ClaimCard id>', id: 'nope', says: [/unknown claim id `nope`/] },
    cli: true,
  },
  {
    name: 'a ClaimCard with a misspelt id',
    category: 'unknown reference',
    deck: 'briefing',
    edits: [{ file: 'slides.md', find: '<ClaimCard id="lukashenko-requested-help" />', replace: '<ClaimCard id="lukashenko-requested-hepl" />' }],
    expect: { kind: 'UnknownReference', field: '<ClaimCard id>', id: 'lukashenko-requested-hepl', says: [/Did you mean `lukashenko-requested-help`\?/] },
  },
  {
    name: 'a Term with an id that does not exist',
    category: 'unknown reference',
    deck: 'briefing',
    edits: [{ file: 'slides.md', find: '<Term id="suwalki-gap" />', replace: '<Term id="suwalki" />' }],
    expect: { kind: 'UnknownReference', field: '<Term id>', id: 'suwalki', says: [/unknown glossary term id `suwalki`/] },
  },
  {
    name: 'Perspectives with one unknown id in the list',
    category: 'unknown reference',
    deck: 'briefing',
    edits: [{ file: 'slides.md', find: '<Perspectives ids="why-russia-held-back" caveat />', replace: '<Perspectives ids="why-russia-held-back,nope" caveat />' }],
    expect: { kind: 'UnknownReference', field: '<Perspectives ids>', id: 'nope', says: [/unknown perspective id `nope`/] },
  },
  {
    name: 'a TimelineStrip with an unknown event id',
    category: 'unknown reference',
    deck: 'briefing',
    edits: [{ file: 'slides.md', find: '<TimelineStrip ids="putin-police-reserve,', replace: '<TimelineStrip ids="putin-police-reserves,' }],
    expect: { kind: 'UnknownReference', field: '<TimelineStrip ids>', id: 'putin-police-reserves', says: [/unknown timeline event id `putin-police-reserves`/] },
  },
  {
    name: 'Questions with an unknown question id',
    category: 'unknown reference',
    deck: 'briefing',
    edits: [{ file: 'slides.md', find: '<Questions ids="deterrence-chain,', replace: '<Questions ids="deterrence-chains,' }],
    expect: { kind: 'UnknownReference', field: '<Questions ids>', id: 'deterrence-chains', says: [/unknown question id `deterrence-chains`/] },
  },
  {
    name: 'a ClaimList filtered by an unknown claim kind',
    category: 'enum',
    deck: 'briefing',
    edits: [{ file: 'slides.md', find: '<ClaimList kind="factual" show="verdict" />', replace: '<ClaimList kind="opinion" show="verdict" />' }],
    expect: { kind: 'DeckComponent', field: '<ClaimList kind>', id: 'opinion', says: [/`opinion` is not a valid kind/] },
  },
  {
    name: 'a ClaimList filtered by an unknown verdict',
    category: 'enum',
    deck: 'briefing',
    edits: [{ file: 'slides.md', find: '<ClaimList verdict="partly,unverified,disputed,contradicted"', replace: '<ClaimList verdict="partly,false"' }],
    expect: { kind: 'DeckComponent', field: '<ClaimList verdict>', id: 'false', says: [/`false` is not a valid verdict/] },
  },
  {
    name: 'a LessonOverview of a lesson that does not exist',
    category: 'unknown reference',
    deck: 'classroom',
    edits: [{ file: 'slides.md', find: '<LessonOverview lesson="single-period" />', replace: '<LessonOverview lesson="single-periods" />' }],
    expect: { kind: 'UnknownReference', field: '<LessonOverview lesson>', id: 'single-periods', says: [/Did you mean `single-period`\?/] },
  },
  {
    name: 'a LessonActivity of an activity that does not exist',
    category: 'unknown reference',
    deck: 'classroom',
    edits: [{ file: 'slides.md', find: '<LessonActivity lesson="single-period" activity="warm-up" />', replace: '<LessonActivity lesson="single-period" activity="nope" />' }],
    expect: { kind: 'DeckComponent', field: '<LessonActivity activity>', id: 'nope', says: [/lesson `single-period` has no activity `nope`/] },
    cli: true,
  },
  {
    name: 'a TimelineStrip from a date written in words',
    category: 'date',
    deck: 'briefing',
    edits: [{ file: 'slides.md', find: '<TimelineStrip from="2020-08-09"', replace: '<TimelineStrip from="9 August 2020"' }],
    expect: { kind: 'DeckComponent', field: '<TimelineStrip from>', id: 'from', says: [/must be a date written YYYY-MM-DD/] },
  },
]

// ---------------------------------------------------------------------------
// Generated: HTML in every free-text field
// ---------------------------------------------------------------------------

/** A path pattern inside one data file; `'[]'` stands for any list index. */
export type Pattern = readonly string[]

/** What kind of string a field holds, read from the JSON Schema generated from the zod schema. */
export type StringKind = 'text' | 'id' | 'enum' | 'url' | 'date' | 'code' | 'unclassified'

export interface StringField {
  /** Key of `dataFileJsonSchemas()` without `.schema.json`: `claims`, `lesson`, … */
  schema: string
  /** Path from the file's top level; in a list file it starts with the item's `'[]'`. */
  pattern: Pattern
  /** `claims verdict.explanation`: the schema and the path inside one item. */
  name: string
  kind: StringKind
  maxLength?: number
}

type JsonSchema = Record<string, unknown>

const idPattern = '^[a-z0-9]+(?:-[a-z0-9]+)*$'
const datePattern = '^\\d{4}-\\d{2}-\\d{2}$'

function classify(key: string | undefined, schema: JsonSchema): StringKind {
  if (schema.enum || 'const' in schema)
    return 'enum'
  if (schema.pattern === idPattern)
    return 'id'
  if (schema.pattern === datePattern)
    return 'date'
  if (typeof schema.pattern === 'string' && schema.pattern.startsWith('^D[1-4]'))
    return 'code'
  // `text()` and labels: trimmed, at least one character, a maximum, no pattern.
  if (schema.minLength === 1 && typeof schema.maxLength === 'number' && !schema.pattern)
    return 'text'
  // `httpsUrlSchema` is a refined string: JSON Schema shows it bare.
  if (key === 'url' && Object.keys(schema).every(k => k === 'type'))
    return 'url'
  return 'unclassified'
}

/** Every string field of every data file, as the generated JSON Schemas describe them. */
export function stringFields(): StringField[] {
  const out = new Map<string, StringField>()
  for (const [name, root] of Object.entries(dataFileJsonSchemas() as Record<string, JsonSchema>)) {
    const schema = name.replace(/\.schema\.json$/, '')
    const walk = (node: JsonSchema, path: string[]) => {
      if (typeof node.$ref === 'string') {
        const target = node.$ref.replace(/^#\//, '').split('/').reduce<unknown>((at, key) => (at as JsonSchema)?.[key], root)
        if (!target)
          throw new Error(`${name}: cannot resolve ${node.$ref}`)
        walk(target as JsonSchema, path)
      }
      for (const key of ['oneOf', 'anyOf', 'allOf'] as const) {
        for (const branch of (node[key] as JsonSchema[] | undefined) ?? [])
          walk(branch, path)
      }
      for (const [key, value] of Object.entries((node.properties as Record<string, JsonSchema> | undefined) ?? {}))
        walk(value, [...path, key])
      if (node.items && typeof node.items === 'object')
        walk(node.items as JsonSchema, [...path, '[]'])
      for (const item of (node.prefixItems as JsonSchema[] | undefined) ?? [])
        walk(item, [...path, '[]'])
      if (node.type === 'string') {
        const key = [...path].reverse().find(k => k !== '[]')
        const inItem = root.type === 'array' ? path.slice(1) : path
        const field: StringField = { schema, pattern: path, name: `${schema} ${patternName(inItem)}`, kind: classify(key, node) }
        if (typeof node.maxLength === 'number')
          field.maxLength = node.maxLength
        out.set(`${schema} ${path.join('.')}`, field)
      }
    }
    walk(root, [])
  }
  return [...out.values()]
}

/** `activities[].teacher[]` from `['activities', '[]', 'teacher', '[]']`. */
export function patternName(pattern: Pattern): string {
  return pattern.reduce((out, key) => key === '[]' ? `${out}[]` : out ? `${out}.${key}` : key, '')
}

/** `activities[0].teacher[1]` from `['activities', 0, 'teacher', 1]`, as the validator prints paths. */
function formatPath(path: readonly (string | number)[]): string {
  return path.reduce<string>((out, key) => typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key, '')
}

/** The first path in `data` that matches `pattern` and holds a non-empty string. */
function firstPath(data: unknown, pattern: Pattern, prefix: (string | number)[] = []): (string | number)[] | undefined {
  if (pattern.length === 0)
    return typeof data === 'string' && data.trim() ? prefix : undefined
  const [head, ...rest] = pattern
  if (head === '[]') {
    if (!Array.isArray(data))
      return undefined
    for (let i = 0; i < data.length; i++) {
      const found = firstPath(data[i], rest, [...prefix, i])
      if (found)
        return found
    }
    return undefined
  }
  if (data && typeof data === 'object' && !Array.isArray(data) && Object.hasOwn(data, head!))
    return firstPath((data as Record<string, unknown>)[head!], rest, [...prefix, head!])
  return undefined
}

/** Where in a line the scalar value of `key` (or a list item) starts, for inserting text into it. */
function valueStart(lines: string[], line: number, key: string | number): { line: number, column: number } {
  const text = lines[line - 1]!
  let column: number
  if (typeof key === 'string') {
    const match = new RegExp(`^ *(?:- +)*${escape(key)}: *`).exec(text)
    if (!match)
      throw new Error(`line ${line} does not hold \`${key}:\`: ${text}`)
    column = match[0].length
  }
  else {
    const flow = /^ *(?:- +)*\w[\w-]*: *\[/.exec(text)
    if (flow && key !== 0)
      throw new Error(`line ${line}: cannot insert into item ${key} of a flow list: ${text}`)
    column = flow ? flow[0].length : /^ *(?:- +)*/.exec(text)![0].length
  }
  const char = text[column]
  // A block scalar (`>-`, `|`) or a value on the next line: insert where its text starts.
  if (char === undefined || char === '>' || char === '|') {
    const next = lines[line]!
    return { line: line + 1, column: next.length - next.trimStart().length }
  }
  // Inside the quotes of a quoted scalar.
  if (char === '\'' || char === '"')
    return { line, column: column + 1 }
  return { line, column }
}

export interface FreeTextCase extends ContentCase {
  field: StringField
}

export const scriptPayload = '<script>alert(1)</script>'
export const imgPayload = '<img src=x onerror=alert(1)>'

/** The fields that also get the `<img onerror>` payload. */
export const imgFields = ['claims paraphrase', 'questions guidance.strongAnswer[]', 'glossary definition', 'lesson activities[].students', 'timeline title', 'source rhetoric[].role']

/**
 * One case per free-text field (and a few with a second payload): the payload
 * goes at the start of the field's value in the first real item that has it.
 * Fields that no real item fills throw here, so they cannot go untested.
 */
export function freeTextCases(): FreeTextCase[] {
  const { files } = readContentFiles(realDataDir)
  const cases: FreeTextCase[] = []
  for (const field of stringFields().filter(f => f.kind === 'text')) {
    // Where the field lives: each list file, the source, or one of the lesson files.
    const candidates = field.schema === 'lesson'
      ? files.lessonPlans
      : [(files as unknown as Record<string, typeof files.source>)[field.schema]!]
    let found: { file: typeof files.source, path: (string | number)[] } | undefined
    for (const file of candidates) {
      const path = firstPath(file.data, field.pattern)
      if (path) {
        found = { file, path }
        break
      }
    }
    const { name } = field
    if (!found)
      throw new Error(`no real item fills the free-text field \`${name}\`: add a value to the data or a hand-written case`)
    const { file, path } = found
    const isList = Array.isArray(file.data)
    const record = (isList ? (file.data as unknown[])[path[0] as number] : file.data) as Record<string, unknown>
    const item = field.schema === 'source' ? null : String(record.id)
    const fieldPath = formatPath(isList ? path.slice(1) : path)
    const line = file.lineOf?.(path)
    if (!line)
      throw new Error(`${file.file}: no line for ${fieldPath}`)
    const at = valueStart(readLines(file.file), line, path.at(-1)!)
    const dataFile = file.file.replace(/^data\//, '')
    for (const payload of imgFields.includes(name) ? [scriptPayload, imgPayload] : [scriptPayload]) {
      cases.push({
        name: `${payload === scriptPayload ? '<script>' : '<img onerror>'} in ${name} (${item ? `\`${item}\` → ` : ''}${fieldPath})`,
        category: 'html',
        edits: [{ file: dataFile, line: at.line, column: at.column, insert: `${payload} ` }],
        expect: { kind: 'SchemaMismatch', file: file.file, line, item, field: fieldPath, says: [/must be plain text: HTML tags are not allowed/] },
        field,
      })
    }
  }
  return cases
}

const lineCache = new Map<string, string[]>()

/** The lines of a real data file, by its display path (`data/claims.yaml`). */
function readLines(displayPath: string): string[] {
  let lines = lineCache.get(displayPath)
  if (!lines) {
    lines = readFileSync(new URL(`../../packages/content/${displayPath}`, import.meta.url), 'utf8').split('\n')
    lineCache.set(displayPath, lines)
  }
  return lines
}
