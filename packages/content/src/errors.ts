/**
 * The error catalogue: every problem the kit reports, from content, deck,
 * site and CLI checks alike. Codes are permanent (tests, docs and
 * contributors cite them): add new ones, never rename. `pnpm --filter
 * @kit/content docs:errors` turns this module into the reference page.
 *
 * Each entry has a title, a `message(args)` and a general `hint`; where the
 * arguments allow a precise fix ("Did you mean …?"), `fix(args)` gives it and
 * is printed instead of the hint.
 */
import { didYouMean } from './suggest.ts'

interface ErrorEntry<A> {
  title: string
  message: (args: A) => string
  /** General advice, shown on the reference page and when there is no `fix`. */
  hint: string
  /** The precise fix for this occurrence, printed instead of `hint` (undefined: the hint; empty: nothing). */
  fix?: (args: A) => string | undefined
}

/** Identity helper: types an entry's arguments. */
const entry = <A = Record<string, never>>(e: ErrorEntry<A>) => e

const ids = (list: readonly string[]) => list.map(id => `\`${id}\``).join(', ')

/** One thing that does not fit a slide, in words. */
function overflowText(o: { element: string, edge: string, pixels: number, share: number }): string {
  if (o.edge === 'clipped')
    return `${o.element} is cut off inside its box by ${o.pixels} px`
  if (o.edge === 'small')
    return `${o.element} is set ${o.pixels} px below the slide's base text size`
  return `${o.element} runs past the slide's ${o.edge} edge by ${o.pixels} px (${Math.round(o.share * 100)}% of the slide)`
}

export const errors = {
  FileMissing: entry<{ name: string, what?: string }>({
    title: 'A required data file is missing',
    message: a => a.what ?? `${a.name} is missing.`,
    hint: 'Restore it from git, or create it (see packages/content/README.md).',
  }),
  FileUnreadable: entry<{ detail: string, aliases?: boolean }>({
    title: 'A data file is not valid YAML',
    message: a => a.aliases ? `could not be read as data: ${a.detail}.` : `is not valid YAML: ${a.detail}.`,
    hint: 'Check the indentation and quote any text that contains `: ` or starts with a quote mark.',
    fix: a => a.aliases ? 'Write the items out instead of using YAML anchors (`&`) and aliases (`*`).' : undefined,
  }),
  UnknownFile: entry<{ name: string, known: string[] }>({
    title: 'A YAML file in the data folder is not one the content is read from',
    message: () => 'is not a content file, so nothing reads it.',
    hint: 'Rename it to one of the content files, or move it out of the data folder.',
    fix: a => didYouMean(a.name, a.known) || `The content files are ${ids(a.known)}.`,
  }),
  SchemaMismatch: entry<{ detail: string }>({
    title: 'A field is missing, has the wrong type or an invalid value',
    message: a => a.detail,
    hint: 'Compare the item with its JSON Schema in packages/content/schemas/ (editors with the YAML extension check it as you type).',
    fix: () => '',
  }),
  DuplicateId: entry<{ id: string }>({
    title: 'Two items share an id',
    message: a => `id \`${a.id}\` is used more than once.`,
    hint: 'Ids must be unique within their collection: rename one of them.',
  }),
  DuplicateReference: entry<{ id: string }>({
    title: 'A list names the same id twice',
    message: a => `lists \`${a.id}\` twice.`,
    hint: 'Remove the repeat.',
  }),
  UnknownReference: entry<{ noun: string, id: string, candidates: Iterable<string>, listedIn?: string }>({
    title: 'An id names an item that does not exist',
    message: a => `unknown ${a.noun} id \`${a.id}\`.`,
    hint: 'Use the id of an existing item; `pnpm validate` suggests the nearest ones.',
    fix: a => didYouMean(a.id, a.candidates) || (a.listedIn ? `Valid ${a.noun} ids are listed in ${a.listedIn}.` : `Valid ${a.noun} ids: ${ids([...a.candidates])}.`),
  }),
  QuoteNotInSource: entry<{ fix: string }>({
    title: 'A quote does not occur verbatim in the article',
    message: () => 'the quote does not occur verbatim in the article.',
    hint: 'Copy the words exactly from data/article.txt (the article uses curly quotes ’ “ ”).',
    fix: a => a.fix,
  }),
  RangeMismatch: entry<{ range: [number, number], found: number, length: number, line: number }>({
    title: 'A character range does not point at its quote',
    message: a => `range [${a.range[0]}, ${a.range[1]}] does not point at the quote; it occurs at [${a.found}, ${a.found + a.length}] (article line ${a.line}).`,
    hint: 'Find the range with `pnpm --filter @kit/content locate "QUOTE"`.',
    fix: a => `Set \`range: [${a.found}, ${a.found + a.length}]\`.`,
  }),
  PhraseNotInSource: entry<{ phrase: string, fix: string }>({
    title: 'A glossary phrase does not occur verbatim in the article',
    message: a => `"${a.phrase}" does not occur in the article.`,
    hint: 'Copy the phrase exactly from data/article.txt, or remove it.',
    fix: a => a.fix,
  }),
  SentenceNotCovered: entry<{ sentence: string, range: [number, number] }>({
    title: 'A sentence of the article is neither a claim nor rhetoric',
    message: a => `"${a.sentence}" is covered by no claim and not listed as rhetoric.`,
    hint: 'Quote it in a claim, or list it under `rhetoric` in data/article.yaml.',
    fix: a => `Add a claim quoting it to data/claims.yaml, or list it under \`rhetoric\` in data/article.yaml with \`range: [${a.range[0]}, ${a.range[1]}]\`.`,
  }),
  ThesisCount: entry<{ theses: string[] }>({
    title: 'The claims do not have exactly one thesis',
    message: a => a.theses.length ? `${a.theses.length} claims have \`role: thesis\` (${ids(a.theses)}); the article has one thesis.` : 'no claim has `argument: { role: thesis }`.',
    hint: 'Mark the article\'s main recommendation as the thesis and link every other claim to a claim with `of`.',
  }),
  ArgumentCycle: entry<{ chain: string[], thesis: string }>({
    title: 'Following `argument.of` from a claim never reaches the thesis',
    message: a => `the argument chain loops: ${a.chain.join(' → ')}.`,
    hint: 'Point one claim of the loop at a claim closer to the thesis.',
    fix: a => `Point one of these claims at a claim closer to the thesis \`${a.thesis}\`.`,
  }),
  VerdictMissing: entry({
    title: 'A factual claim has no verdict',
    message: () => 'a factual claim needs a `verdict` (rating, explanation, sources).',
    hint: 'Add `verdict: { rating: supported | partly | unverified | contradicted | disputed, explanation, sources }`.',
  }),
  MinutesMismatch: entry<{ sum: number, total: number, parts: string }>({
    title: 'A lesson\'s activity minutes do not add up to its total',
    message: a => `activities add up to ${a.sum} minutes (${a.parts}) but \`totalMinutes\` is ${a.total}.`,
    hint: 'Change the activities\' minutes or `totalMinutes` so that they agree.',
    fix: a => `Change the activities' minutes by ${a.total - a.sum} in all, or set \`totalMinutes: ${a.sum}\`.`,
  }),
  DateOrder: entry<{ what: string, start: string, end: string }>({
    title: 'A date range ends before it starts',
    message: a => `${a.what} ends (${a.end}) before it starts (${a.start}).`,
    hint: 'Swap the two dates, or give one date for both.',
  }),
  AuthoringMarker: entry<{ marker: string }>({
    title: 'Text shown to readers holds a note for authors',
    message: a => `holds an authoring note ("${a.marker}"), which readers would see.`,
    hint: 'Resolve the note (check the fact, find the source) and remove it; notes for authors go in YAML comments (`# …`).',
  }),
  BlockedDomain: entry<{ host: string, category: string, reason: string }>({
    title: 'A source is on a site the source policy never cites',
    message: a => `\`${a.host}\` is on the source policy's list of sites never cited (${a.category}).`,
    hint: 'Cite the original publication or reputable reporting of the fact instead (data/source-policy.yaml says why each site is listed).',
    fix: a => `${a.reason} Cite the original or reputable reporting instead.`,
  }),
  VerdictSourceType: entry<{ rating: string, types: readonly string[], reason: string }>({
    title: 'A checkable verdict cites no official record or news report',
    message: a => `a \`${a.rating}\` verdict cites no ${a.types.join(' or ')} source.`,
    hint: 'Add the primary record (a government, parliament or court page) or reputable reporting that bears the verdict out.',
    fix: a => `${a.reason} Add such a source, or soften the verdict to \`unverified\`.`,
  }),
  ReferenceOnly: entry<{ ids: string[], reason: string }>({
    title: 'A fact rests on an encyclopedia alone',
    message: a => `cites only reference works (${ids(a.ids)}).`,
    hint: 'Add a source that records or reports the fact itself; keep the encyclopedia as a second source if it helps readers.',
    fix: a => `${a.reason} Add a source that records or reports the fact.`,
  }),
  StateMediaUnmarked: entry<{ source: string, publisher: string, reason: string }>({
    title: 'State media are cited without saying whose statement they report',
    message: a => `cites state media (\`${a.source}\`, ${a.publisher}) without saying whose statement it reports.`,
    hint: 'Cite it as `{source: <id>, statementOf: <actor id>}`, and only for what that government or outlet said.',
    fix: a => `${a.reason} Write \`{source: ${a.source}, statementOf: <actor id>}\`.`,
  }),
  ViaWithoutOriginal: entry<{ publisher: string, reason: string }>({
    title: 'A copy does not name its original',
    message: a => `is a copy, but its publisher and the site that republished it are both "${a.publisher}".`,
    hint: 'Set `publisher` to whose text it is (e.g. Reuters) and `via.publisher` to the site whose page the address is.',
    fix: a => `${a.reason} Set \`publisher\` to the original's publisher.`,
  }),
  MentionedAfterPublication: entry<{ relation: string, date: string, end: string }>({
    title: 'An event the article mentions or assumes is dated after the article',
    message: a => `is marked \`${a.relation}\` but dated ${a.date}, after the article's publication window (which ends ${a.end}).`,
    hint: 'Mark it `hindsight`, or correct its date.',
  }),
  HindsightBeforePublication: entry<{ date: string, start: string }>({
    title: 'An event marked hindsight is dated before the article',
    message: a => `is marked \`hindsight\` but dated ${a.date}, before the article's publication window (which starts ${a.start}).`,
    hint: 'Mark it `context` or `mentioned`, or correct its date.',
  }),
  HindsightSourceTooEarly: entry<{ ids: string[], start: string }>({
    title: 'Hindsight rests only on sources from before the article',
    message: a => `is marked hindsight, but none of its sources (${ids(a.ids)}) dates from ${a.start} or later.`,
    hint: 'Hindsight is what happened after the article: cite a source that reports it, or mark the evidence `evidence` or `context`.',
  }),
  RawIdInText: entry<{ id: string, noun: string, title: string }>({
    title: 'Text people read shows a raw content id',
    message: a => `shows the ${a.noun} id \`${a.id}\` where a reader expects words.`,
    hint: 'Name the item in words (its title or term); ids belong in the fields that list ids.',
    fix: a => `Write it in words, e.g. "${a.title.length > 60 ? `${a.title.slice(0, 59)}…` : a.title}".`,
  }),
  StripMixesHindsight: entry<{ hindsight: string[] }>({
    title: 'A timeline strip mixes hindsight with what the article could know',
    message: a => `puts hindsight (${ids(a.hindsight)}) on the same strip as events up to the article.`,
    hint: 'Give hindsight its own sheet, so students keep what the author could know apart from what came later.',
  }),
  SlideOverflow: entry<{ overflows: Array<{ element: string, edge: string, pixels: number, share: number }>, worst: { element: string, edge: string, pixels: number, share: number } }>({
    title: 'Something on a slide runs past its edge or is set too small',
    message: a => `${overflowText(a.worst)}${a.overflows.length > 1 ? `, and ${a.overflows.length - 1} more` : ''}.`,
    hint: 'Split the slide, list fewer items (or quotes only, with a count of the rest), or move long explanations to the speaker notes; do not shrink text below the theme\'s size.',
  }),
  UnknownAttribute: entry<{ component: string, attr: string, known: string[] }>({
    title: 'A deck component is given an attribute it does not take',
    message: a => `<${a.component}> has no attribute \`${a.attr}\`.`,
    hint: 'The attributes of each component are listed in packages/slidev-addon/README.md.',
    fix: a => a.known.length ? didYouMean(a.attr, a.known) || `It takes ${ids(a.known)}.` : 'It takes no attributes.',
  }),
  DynamicAttribute: entry<{ attr: string }>({
    title: 'A deck component\'s attribute is bound at run time',
    message: a => `\`${a.attr}\` is bound at run time, so its ids cannot be checked.`,
    hint: 'Write a static attribute (`id="…"`, not `:id="…"`).',
    fix: a => `Write a static attribute instead, e.g. ${a.attr.replace(/^(?::|v-bind:)/, '')}="…".`,
  }),
  MissingAttribute: entry<{ attr: string, what: string, example?: string }>({
    title: 'A deck component lacks an attribute it needs',
    message: a => `needs \`${a.attr}\`: ${a.what}.`,
    hint: 'Add the attribute; the components and their attributes are listed in packages/slidev-addon/README.md.',
    fix: a => a.example && `e.g. ${a.example}`,
  }),
  InvalidAttribute: entry<{ attr: string, value: string, allowed?: readonly string[], expected?: string }>({
    title: 'A deck component\'s attribute has a value it does not accept',
    message: a => a.expected ? `\`${a.attr}\` must be ${a.expected}, not \`${a.value}\`.` : `\`${a.value}\` is not a valid ${a.attr}.`,
    hint: 'Use one of the values listed in packages/slidev-addon/README.md.',
    fix: a => a.allowed && (didYouMean(a.value, a.allowed) || `Use one of ${ids(a.allowed)}.`),
  }),
  EmptySelection: entry<{ noun: string, fix: string }>({
    title: 'A deck component selects nothing to show',
    message: a => `selects no ${a.noun}.`,
    hint: 'Give ids, or filters that match at least one item.',
    fix: a => a.fix,
  }),
  UnknownActivity: entry<{ lesson: string, id: string, candidates: string[] }>({
    title: 'A lesson activity id names no activity of its lesson',
    message: a => `lesson \`${a.lesson}\` has no activity \`${a.id}\`.`,
    hint: 'Use the id of one of the lesson\'s activities (listed in its file under data/lessons/).',
    fix: a => didYouMean(a.id, a.candidates) || `Its activities: ${ids(a.candidates)}.`,
  }),
  ActivityWithoutLesson: entry<{ activity: string }>({
    title: 'A slide names a lesson activity, but the deck names no lesson',
    message: a => `\`activity: ${a.activity}\` needs the deck's headmatter to name its lesson plan (\`kitLesson: <id>\`).`,
    hint: 'Add `kitLesson: <lesson id>` to the deck\'s headmatter, or remove `activity`.',
  }),
  MissingDevDependency: entry<{ deck: string, packageName: string }>({
    title: 'A deck is not a devDependency of the site',
    message: a => `decks/${a.deck} is not a devDependency of the site, so \`pnpm build\` may copy it in before it is built.`,
    hint: 'Add the deck package to site/package.json devDependencies (`pnpm new:deck` does this), then run `pnpm install`.',
    fix: a => `Add "${a.packageName}": "workspace:*" to devDependencies (\`pnpm new:deck\` does this), then run \`pnpm install\`.`,
  }),
  InvalidOption: entry<{ option: string, detail: string }>({
    title: 'A command was given an option it cannot use',
    message: a => a.detail,
    hint: 'Run the command with --help to see its options.',
    fix: () => '',
  }),
  DeckExists: entry<{ name: string, isDeck: boolean }>({
    title: 'A new deck\'s folder is taken',
    message: a => a.isDeck ? `the name \`${a.name}\` is taken: decks/${a.name} is already a deck.` : `decks/${a.name} already exists; it is not overwritten.`,
    hint: 'Choose another name, or move that folder away.',
  }),
}

export type ErrorCode = keyof typeof errors
export type ErrorArgs<C extends ErrorCode> = Parameters<(typeof errors)[C]['message']>[0]

/** Where a problem is: file and line, and the collection, item and field inside it. */
export interface ProblemLocation {
  /** Path shown to people, relative to the repository's content package or root (e.g. `data/claims.yaml`). */
  file: string
  /** 1-based line, where known. */
  line?: number
  /** The collection (`claims`), or what else holds the item (`deck`, `page`). */
  collection?: string
  /** The item's id, or `#index` when it has none. */
  item?: string
  /** Path of the field inside the item (e.g. `counterpoints[1]`). */
  field?: string
}

/** One thing wrong, located as precisely as the input allows. */
export interface Problem extends ProblemLocation {
  code: ErrorCode
  /** What is wrong. */
  message: string
  /** What would be valid. */
  hint?: string
}

/** A problem from the catalogue, with its message and fix rendered. */
export function problem<C extends ErrorCode>(code: C, args: ErrorArgs<C>, where: ProblemLocation): Problem {
  const e = errors[code] as ErrorEntry<ErrorArgs<C>>
  const hint = e.fix ? e.fix(args) ?? e.hint : e.hint
  const out: Problem = { code, ...where, message: e.message(args) }
  if (hint)
    out.hint = hint
  return out
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
export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file
  const what = [p.collection, p.item && `\`${p.item}\``, p.field].filter(Boolean).join(' → ')
  const lines = [`✖ ${where}${what ? `  ${what}` : ''}  [${p.code}]`, `  ${p.message}`]
  if (p.hint)
    lines.push(`  ${p.hint}`)
  return lines.join('\n')
}

/** Every problem, grouped by file, with a count at the end. */
export function formatProblems(problems: readonly Problem[]): string {
  const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0))
  const files = new Set(sorted.map(p => p.file)).size
  return `${sorted.map(formatProblem).join('\n\n')}\n\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}.`
}

/** Thrown when input is invalid; carries every problem. CLIs print them and exit 1. */
export class ContentError extends Error {
  readonly problems: readonly Problem[]
  constructor(problems: readonly Problem[], what = 'Content is invalid') {
    super(`${what}:\n\n${formatProblems(problems)}`)
    this.name = 'ContentError'
    this.problems = problems
  }
}

/** The generated part of docs/errors.md (below its marker line): every code with its title and hint. */
export function errorReference(): string {
  return Object.entries(errors).map(([code, e]) => `## ${code}\n\n**${e.title}.** ${e.hint}\n`).join('\n')
}
