/**
 * Validation of the whole content: zod shapes first, then the rules that
 * span items and files. Pure: it takes parsed data and returns problems,
 * so it runs the same in the CLI, in builds and in tests.
 */
import type { z } from 'zod'
import type { Problem, ProblemKind } from './errors.ts'
import type { Claim, Content, LessonPlan, SourceMeta } from './schema.ts'
import type { Range } from './text.ts'
import { formatPath } from './errors.ts'
import { actorSchema, claimSchema, glossaryTermSchema, lessonPlanSchema, perspectiveSchema, questionSchema, sourceMetaSchema, timelineEventSchema } from './schema.ts'
import { didYouMean } from './suggest.ts'
import { lineOf, overlaps, splitParagraphs, splitSentences } from './text.ts'

/** One parsed data file. */
export interface DataFile {
  /** The path shown to people, e.g. `data/claims.yaml`. */
  file: string
  data: unknown
  /** The 1-based line of a path inside the file, where the format knows it. */
  lineOf?: (path: readonly PropertyKey[]) => number | undefined
}

/** Everything the content is made of, as parsed from disk (or built by a test). */
export interface ContentFiles {
  article: { file: string, text: string }
  source: DataFile
  claims: DataFile
  actors: DataFile
  timeline: DataFile
  glossary: DataFile
  perspectives: DataFile
  questions: DataFile
  /** One file per lesson plan. */
  lessonPlans: DataFile[]
}

export type ValidationResult
  = | { ok: true, content: Content, problems: [] }
    | { ok: false, problems: Problem[] }

type ListName = 'claims' | 'actors' | 'timeline' | 'glossary' | 'perspectives' | 'questions'

const listSchemas = {
  claims: claimSchema,
  actors: actorSchema,
  timeline: timelineEventSchema,
  glossary: glossaryTermSchema,
  perspectives: perspectiveSchema,
  questions: questionSchema,
} satisfies Record<ListName, z.ZodType>

/** How each collection is named in a reference's message. */
const nouns: Record<ListName | 'lessonPlans', string> = {
  claims: 'claim',
  actors: 'actor',
  timeline: 'timeline event',
  glossary: 'glossary term',
  perspectives: 'perspective',
  questions: 'question',
  lessonPlans: 'lesson plan',
}

/** A valid item, with where it came from. */
interface Located<T> {
  value: T
  file: DataFile
  /** Path of the item inside its file: `[index]` in a list file, `[]` for a one-item file. */
  path: PropertyKey[]
}

class Reporter {
  readonly problems: Problem[] = []

  /** Records a problem at `path` inside `file`, naming the item and field it falls in. */
  add(kind: ProblemKind, file: DataFile, path: readonly PropertyKey[], collection: string | undefined, message: string, hint?: string) {
    const problem: Problem = { kind, file: file.file, message }
    const line = lineAt(file, path)
    if (line)
      problem.line = line
    if (collection) {
      problem.collection = collection
      const itemPath = collection === 'source' || collection === 'lessonPlans' ? [] : path.slice(0, 1)
      const item = itemPath.length ? getIn(file.data, itemPath) : file.data
      const id = isRecord(item) && typeof item.id === 'string' ? item.id : undefined
      if (collection !== 'source')
        problem.item = id ?? (typeof itemPath[0] === 'number' ? `#${itemPath[0]}` : undefined)
      const field = formatPath(path.slice(itemPath.length))
      if (field)
        problem.field = field
    }
    if (hint)
      problem.hint = hint
    this.problems.push(problem)
  }

  /** Records every zod issue of a failed parse. */
  addIssues(file: DataFile, base: PropertyKey[], collection: string, error: z.ZodError) {
    for (const issue of error.issues) {
      const path = [...base, ...issue.path]
      this.add('SchemaMismatch', file, path, collection, issueMessage(issue, getIn(file.data, path)))
    }
  }
}

/** Validates all content and returns it, fully typed, or every problem found. */
export function validateContent(files: ContentFiles): ValidationResult {
  const report = new Reporter()
  const text = files.article.text

  // 1. Shapes, item by item, so one broken item does not hide the others.
  const sourceResult = sourceMetaSchema.safeParse(files.source.data)
  if (!sourceResult.success)
    report.addIssues(files.source, [], 'source', sourceResult.error)

  const lists = {} as { [K in ListName]: Located<z.infer<(typeof listSchemas)[K]>>[] }
  /** Every id seen, valid item or not, so a broken item does not also produce unknown references. */
  const known = {} as Record<ListName | 'lessonPlans', Set<string>>
  for (const name of Object.keys(listSchemas) as ListName[]) {
    const [valid, ids] = parseList(report, name, files[name])
    ;(lists as Record<ListName, Located<unknown>[]>)[name] = valid
    known[name] = ids
  }

  const lessons: Located<LessonPlan>[] = []
  known.lessonPlans = new Set()
  for (const file of files.lessonPlans) {
    const id = isRecord(file.data) && typeof file.data.id === 'string' ? file.data.id : undefined
    if (id)
      checkUnique(report, file, [], 'lessonPlans', id, known.lessonPlans)
    const result = lessonPlanSchema.safeParse(file.data)
    if (result.success)
      lessons.push({ value: result.data, file, path: [] })
    else
      report.addIssues(file, [], 'lessonPlans', result.error)
  }

  // 2. Rules across items and files.
  // A file that is missing or not YAML is reported once; references into it are not checked.
  const unreadable = new Set((Object.keys(listSchemas) as ListName[]).filter(name => files[name].data === undefined))
  const ref = (file: DataFile, path: PropertyKey[], collection: string, target: ListName | 'lessonPlans', id: string | undefined) => {
    if (id === undefined || known[target].has(id) || unreadable.has(target as ListName))
      return
    report.add('UnknownReference', file, path, collection, `unknown ${nouns[target]} id \`${id}\`.`, didYouMean(id, known[target]) || `Valid ${nouns[target]} ids are listed in ${target === 'lessonPlans' ? 'data/lessons/' : `data/${target}.yaml`}.`)
  }
  const refs = (item: Located<object>, collection: string, field: string, target: ListName, ids: readonly string[] | undefined) =>
    ids?.forEach((id, i) => {
      ref(item.file, [...item.path, field, i], collection, target, id)
      if (ids.indexOf(id) < i)
        report.add('DuplicateId', item.file, [...item.path, field, i], collection, `lists \`${id}\` twice.`, 'Remove the repeat.')
    })

  for (const claim of lists.claims) {
    checkQuote(report, text, claim, 'claims')
    refs(claim, 'claims', 'actors', 'actors', claim.value.actors)
    refs(claim, 'claims', 'terms', 'glossary', claim.value.terms)
    refs(claim, 'claims', 'counterpoints', 'perspectives', claim.value.counterpoints)
    if (claim.value.argument.role !== 'thesis')
      ref(claim.file, [...claim.path, 'argument', 'of'], 'claims', 'claims', claim.value.argument.of)
    if (claim.value.kind === 'factual' && !claim.value.verdict)
      report.add('VerdictMissing', claim.file, claim.path, 'claims', 'a factual claim needs a `verdict` (rating, explanation, sources).', 'Add `verdict: { rating: supported | partly | unverified | contradicted | disputed, explanation, sources }`.')
  }
  // Rules over all claims at once only make sense when every claim is well-formed.
  const claimsComplete = Array.isArray(files.claims.data) && lists.claims.length === files.claims.data.length
  if (claimsComplete)
    checkArgument(report, lists.claims)

  if (sourceResult.success) {
    const rhetoricIds = new Set<string>()
    sourceResult.data.rhetoric.forEach((item, i) => checkUnique(report, files.source, ['rhetoric', i, 'id'], 'source', item.id, rhetoricIds))
    const { published } = sourceResult.data
    if (published.status !== 'unknown' && published.value.to < published.value.from)
      report.add('DateOrder', files.source, ['published', 'value', 'to'], 'source', `the publication window ends (${published.value.to}) before it starts (${published.value.from}).`, 'Swap `from` and `to`, or give one date for both.')
  }
  if (sourceResult.success && claimsComplete) {
    sourceResult.data.rhetoric.forEach((item, i) =>
      checkQuote(report, text, { value: item, file: files.source, path: ['rhetoric', i] }, 'source'))
    checkCoverage(report, files, sourceResult.data, lists.claims.map(c => c.value))
  }

  for (const event of lists.timeline) {
    refs(event, 'timeline', 'actors', 'actors', event.value.actors)
    refs(event, 'timeline', 'claims', 'claims', event.value.claims)
    if (event.value.endDate && event.value.endDate < event.value.date)
      report.add('DateOrder', event.file, [...event.path, 'endDate'], 'timeline', `ends (${event.value.endDate}) before it starts (${event.value.date}).`, 'Use an `endDate` on or after `date`, or remove it.')
  }

  for (const term of lists.glossary) {
    term.value.articlePhrases.forEach((phrase, i) => {
      if (!text.includes(phrase))
        report.add('PhraseNotInSource', term.file, [...term.path, 'articlePhrases', i], 'glossary', `"${phrase}" does not occur in the article.`, quoteHint(text, phrase))
    })
  }

  for (const perspective of lists.perspectives)
    refs(perspective, 'perspectives', 'respondsTo', 'claims', perspective.value.respondsTo)

  for (const question of lists.questions) {
    refs(question, 'questions', 'claims', 'claims', question.value.claims)
    refs(question, 'questions', 'terms', 'glossary', question.value.terms)
    refs(question, 'questions', 'perspectives', 'perspectives', question.value.perspectives)
  }

  for (const lesson of lessons) {
    const { activities, assessment, totalMinutes } = lesson.value
    const sum = activities.reduce((total, activity) => total + activity.minutes, 0)
    if (sum !== totalMinutes) {
      const list = activities.map(a => `${a.id} ${a.minutes}`).join(' + ')
      report.add('MinutesMismatch', lesson.file, ['activities'], 'lessonPlans', `activities add up to ${sum} minutes (${list}) but \`totalMinutes\` is ${totalMinutes}.`, `Change the activities' minutes by ${totalMinutes - sum} in all, or set \`totalMinutes: ${sum}\`.`)
    }
    const activityIds = new Set<string>()
    activities.forEach((activity, i) => {
      const at = { ...lesson, path: ['activities', i] }
      checkUnique(report, lesson.file, ['activities', i, 'id'], 'lessonPlans', activity.id, activityIds)
      refs(at, 'lessonPlans', 'claims', 'claims', activity.claims)
      refs(at, 'lessonPlans', 'questions', 'questions', activity.questions)
      refs(at, 'lessonPlans', 'terms', 'glossary', activity.terms)
      refs(at, 'lessonPlans', 'timeline', 'timeline', activity.timeline)
      refs(at, 'lessonPlans', 'perspectives', 'perspectives', activity.perspectives)
    })
    refs({ ...lesson, path: ['assessment', 'exitTicket'] }, 'lessonPlans', 'questions', 'questions', assessment.exitTicket.questions)
  }

  if (report.problems.length > 0 || !sourceResult.success)
    return { ok: false, problems: report.problems }

  const sentences = splitSentences(text)
  return {
    ok: true,
    problems: [],
    content: {
      source: {
        ...sourceResult.data,
        text,
        paragraphs: splitParagraphs(text),
        sentences,
      },
      claims: lists.claims.map(c => c.value),
      actors: lists.actors.map(a => a.value),
      timeline: lists.timeline.map(e => e.value).sort((a, b) => a.date.localeCompare(b.date)),
      glossary: lists.glossary.map(g => g.value),
      perspectives: lists.perspectives.map(p => p.value),
      questions: lists.questions.map(q => q.value),
      lessonPlans: lessons.map(l => l.value),
    },
  }
}

function parseList(report: Reporter, name: ListName, file: DataFile): [Located<unknown>[], Set<string>] {
  const valid: Located<unknown>[] = []
  const ids = new Set<string>()
  if (!Array.isArray(file.data)) {
    report.add('SchemaMismatch', file, [], name, `must be a list of ${nouns[name]}s (each item starting with \`- id: ...\`), not ${describe(file.data)}.`)
    return [valid, ids]
  }
  file.data.forEach((item, index) => {
    if (isRecord(item) && typeof item.id === 'string')
      checkUnique(report, file, [index, 'id'], name, item.id, ids)
    const result = listSchemas[name].safeParse(item)
    if (result.success)
      valid.push({ value: result.data, file, path: [index] })
    else
      report.addIssues(file, [index], name, result.error)
  })
  return [valid, ids]
}

function checkUnique(report: Reporter, file: DataFile, path: PropertyKey[], collection: string, id: string, seen: Set<string>) {
  if (seen.has(id))
    report.add('DuplicateId', file, path, collection, `id \`${id}\` is used more than once.`, 'Ids must be unique within their collection: rename one of them.')
  seen.add(id)
}

/** A quote must occur verbatim in the article, exactly at its range. */
function checkQuote(report: Reporter, text: string, item: Located<{ quote: string, range: Range }>, collection: string) {
  const { quote, range: [start, end] } = item.value
  if (text.slice(start, end) === quote)
    return
  const found = text.indexOf(quote)
  if (found === -1) {
    report.add('QuoteNotInSource', item.file, [...item.path, 'quote'], collection, 'the quote does not occur verbatim in the article.', quoteHint(text, quote))
    return
  }
  const where = lineOf(text, found)
  report.add('RangeMismatch', item.file, [...item.path, 'range'], collection, `range [${start}, ${end}] does not point at the quote; it occurs at [${found}, ${found + quote.length}] (article line ${where}).`, `Set \`range: [${found}, ${found + quote.length}]\`.`)
}

/** Explains how a near-quote differs from the article: quote marks, or the first differing character. */
function quoteHint(text: string, quote: string): string {
  const straighten = (s: string) => s.replace(/[‘’]/g, '\'').replace(/[“”]/g, '"')
  if (straighten(text).includes(straighten(quote)))
    return 'The article uses curly quotes and apostrophes (’ “ ”): copy the words from data/article.txt.'
  let best = { at: -1, length: 0 }
  for (let at = 0; at < text.length; at++) {
    let length = 0
    while (length < quote.length && text[at + length] === quote[length])
      length++
    if (length > best.length)
      best = { at, length }
  }
  if (best.length < 8)
    return 'Copy the words exactly from data/article.txt.'
  const yours = quote.slice(best.length, best.length + 20)
  const article = text.slice(best.at + best.length, best.at + best.length + Math.max(yours.length, 1))
  return `It matches the article up to "${quote.slice(Math.max(0, best.length - 20), best.length)}", then the article has "${article}" where the quote has "${yours}".`
}

/** Every sentence of the article must overlap a claim or a rhetoric passage. */
function checkCoverage(report: Reporter, files: ContentFiles, source: SourceMeta, claims: Claim[]) {
  const ranges = [...claims.map(c => c.range), ...source.rhetoric.map(r => r.range)]
  for (const sentence of splitSentences(files.article.text)) {
    if (ranges.some(range => overlaps(range, sentence.range)))
      continue
    const line = lineOf(files.article.text, sentence.range[0])
    report.problems.push({
      kind: 'SentenceNotCovered',
      file: files.article.file,
      line,
      collection: 'article',
      item: `sentence ${sentence.index + 1}`,
      message: `"${sentence.text}" is covered by no claim and not listed as rhetoric.`,
      hint: `Add a claim quoting it to data/claims.yaml, or list it under \`rhetoric\` in data/source.yaml with \`range: [${sentence.range[0]}, ${sentence.range[1]}]\`.`,
    })
  }
}

/** Exactly one thesis, and every claim's `argument.of` chain reaches it. */
function checkArgument(report: Reporter, claims: Located<Claim>[]) {
  const theses = claims.filter(c => c.value.argument.role === 'thesis')
  if (theses.length !== 1) {
    const at = theses[1] ?? claims[0]
    if (at) {
      const names = theses.map(t => `\`${t.value.id}\``).join(', ')
      report.add('ThesisCount', at.file, [...at.path, 'argument', 'role'], 'claims', theses.length ? `${theses.length} claims have \`role: thesis\` (${names}); the article has one thesis.` : 'no claim has `argument: { role: thesis }`.', 'Mark the article\'s main recommendation as the thesis and link every other claim to a claim with `of`.')
    }
    return
  }
  const byId = new Map(claims.map(c => [c.value.id, c]))
  for (const claim of claims) {
    const chain: string[] = [claim.value.id]
    let current = claim.value
    while (current.argument.role !== 'thesis') {
      const next = byId.get(current.argument.of)
      if (!next)
        break // reported as UnknownReference
      if (chain.includes(next.value.id)) {
        report.add('ArgumentCycle', claim.file, [...claim.path, 'argument', 'of'], 'claims', `the argument chain loops: ${[...chain, next.value.id].join(' → ')}.`, `Point one of these claims at a claim closer to the thesis \`${theses[0]!.value.id}\`.`)
        break
      }
      chain.push(next.value.id)
      current = next.value
    }
  }
}

function issueMessage(issue: z.core.$ZodIssue, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return input === undefined ? `is required (${issue.expected}).` : `must be ${article(issue.expected)} ${issue.expected}, not ${describe(input)}.`
    case 'invalid_value':
      return `must be one of ${issue.values.map(v => `\`${String(v)}\``).join(', ')}; got ${describe(input)}.`
    case 'unrecognized_keys':
      return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map(k => `\`${k}\``).join(', ')}. Check the spelling against the schema.`
    case 'invalid_union': {
      if ('options' in issue && issue.options?.length) {
        const got = isRecord(input) && issue.discriminator ? input[issue.discriminator] : undefined
        return `must have \`${issue.discriminator}\` set to one of ${issue.options.map(v => `\`${String(v)}\``).join(', ')}; got ${describe(got)}.`
      }
      const inner = [...new Set(issue.errors.flat().map(e => `${formatPath(e.path) || 'value'} ${e.message}`))]
      return inner.length ? `matches none of the allowed forms: ${inner.join('; ')}.` : `${issue.message}.`
    }
    default:
      return issue.message.endsWith('.') ? issue.message : `${issue.message}.`
  }
}

function article(word: string) {
  return /^[aeiou]/i.test(word) ? 'an' : 'a'
}

function describe(value: unknown): string {
  if (value === undefined)
    return 'nothing'
  if (value === null)
    return 'null'
  if (Array.isArray(value))
    return 'a list'
  if (typeof value === 'string')
    return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`
  if (typeof value === 'object')
    return 'a mapping'
  return `${typeof value} ${String(value)}`
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

function getIn(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (isRecord(value) || Array.isArray(value)) ? (value as Record<PropertyKey, unknown>)[key] : undefined, data)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
