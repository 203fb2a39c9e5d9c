import type { Problem } from './errors.ts'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { ContentError, formatProblem } from './errors.ts'
import { checkBuiltContent, checkContent, exportContent } from './fs.ts'

const validFixture = fileURLToPath(new URL('../test/fixtures/valid/', import.meta.url))
const temps: string[] = []

afterEach(() => {
  for (const dir of temps.splice(0))
    rmSync(dir, { recursive: true, force: true })
})

/** A copy of the valid fixture, laid out as the package is (`<root>/data/...`). */
function copyFixture(): string {
  const root = mkdtempSync(join(tmpdir(), 'kit-content-'))
  temps.push(root)
  cpSync(validFixture, join(root, 'data'), { recursive: true })
  return join(root, 'data')
}

type Edit = [file: string, from: string | RegExp, to: string]

/** The fixture with each edit applied; fails loudly when an edit's text is not there. */
function broken(...edits: Edit[]): string {
  const dir = copyFixture()
  for (const [file, from, to] of edits) {
    const path = join(dir, file)
    const text = readFileSync(path, 'utf8')
    const next = text.replace(from, to)
    if (next === text)
      throw new Error(`fixture edit did not apply: ${file}: ${String(from)}`)
    writeFileSync(path, next)
  }
  return dir
}

function problemsOf(dir: string): Problem[] {
  const result = checkContent(dir)
  if (result.ok)
    throw new Error('expected the content to be invalid')
  return result.problems
}

describe('the valid fixture', () => {
  it('passes and yields typed content with defaults filled in', () => {
    const result = checkContent(validFixture)
    expect(result.ok).toBe(true)
    if (!result.ok)
      return
    expect(result.content.claims.map(c => c.id)).toEqual(['warn-now', 'army-grown', 'border-test'])
    expect(result.content.claims[2]!.evidence).toEqual([])
    expect(result.content.source.sentences.map(s => s.text)).toEqual([
      'Country A should warn its rival now.',
      'The rival’s army has grown since 2019.',
      'What next?',
      'The rival will likely test the border.',
    ])
  })
})

/**
 * One broken fixture per rule: what is changed, and the problem a contributor
 * must see (file, line, item, field and the words that tell them what to do).
 */
const cases: Array<{ rule: string, edits: Edit[], expected: Partial<Problem>, says: RegExp[] }> = [
  {
    rule: 'a required field is missing',
    edits: [['claims.yaml', '  paraphrase: The article predicts a border test.\n', '']],
    expected: { kind: 'SchemaMismatch', file: 'data/claims.yaml', line: 26, collection: 'claims', item: 'border-test', field: 'paraphrase' },
    says: [/is required/],
  },
  {
    rule: 'a field has the wrong type',
    edits: [['lessons/short.yaml', 'totalMinutes: 15', 'totalMinutes: fifteen']],
    expected: { kind: 'SchemaMismatch', file: 'data/lessons/short.yaml', line: 7, collection: 'lessonPlans', item: 'short', field: 'totalMinutes' },
    says: [/must be a number, not "fifteen"/],
  },
  {
    rule: 'an enum value is unknown',
    edits: [['claims.yaml', 'kind: prediction', 'kind: opinion']],
    expected: { kind: 'SchemaMismatch', line: 30, item: 'border-test', field: 'kind' },
    says: [/one of `factual`, `prediction`, `causal`, `normative`, `characterization`, `speculation`; got "opinion"/],
  },
  {
    rule: 'a field name is misspelt',
    edits: [['actors.yaml', '  roleInArticle: The threat.', '  roleInArticle: The threat.\n  rol: x']],
    expected: { kind: 'SchemaMismatch', file: 'data/actors.yaml', item: 'rival' },
    says: [/unknown field `rol`/],
  },
  {
    rule: 'an id is not kebab-case',
    edits: [['glossary.yaml', 'id: army', 'id: Army_Term']],
    expected: { kind: 'SchemaMismatch', item: 'Army_Term', field: 'id' },
    says: [/kebab-case/],
  },
  {
    rule: 'two items share an id',
    edits: [['actors.yaml', 'id: rival', 'id: country-a']],
    expected: { kind: 'DuplicateId', file: 'data/actors.yaml', line: 6, item: 'country-a', field: 'id' },
    says: [/`country-a` is used more than once/],
  },
  {
    rule: 'a claim names an unknown perspective',
    edits: [['claims.yaml', 'counterpoints: [stay-out]', 'counterpoints: [stay-outt]']],
    expected: { kind: 'UnknownReference', file: 'data/claims.yaml', line: 7, item: 'warn-now', field: 'counterpoints[0]' },
    says: [/unknown perspective id `stay-outt`/, /Did you mean `stay-out`\?/],
  },
  {
    rule: 'a question names an unknown claim',
    edits: [['questions.yaml', 'claims: [warn-now]', 'claims: [warn-later]']],
    expected: { kind: 'UnknownReference', file: 'data/questions.yaml', item: 'what-is-asked', field: 'claims[0]' },
    says: [/unknown claim id `warn-later`/, /Did you mean `warn-now`\?/],
  },
  {
    rule: 'a lesson activity names an unknown question',
    edits: [['lessons/short.yaml', '    questions: [what-is-asked]\n    terms', '    questions: [what-was-asked]\n    terms']],
    expected: { kind: 'UnknownReference', file: 'data/lessons/short.yaml', item: 'short', field: 'activities[1].questions[0]' },
    says: [/Did you mean `what-is-asked`\?/],
  },
  {
    rule: 'an argument points at an unknown claim',
    edits: [['claims.yaml', 'of: warn-now\n- id: border-test', 'of: warn-later\n- id: border-test']],
    expected: { kind: 'UnknownReference', item: 'army-grown', field: 'argument.of' },
    says: [/Did you mean `warn-now`\?/],
  },
  {
    rule: 'a quote uses a straight apostrophe where the article has a curly one',
    edits: [['claims.yaml', 'quote: The rival’s army', 'quote: The rival\'s army']],
    expected: { kind: 'QuoteNotInSource', line: 11, item: 'army-grown', field: 'quote' },
    says: [/does not occur verbatim/, /curly quotes/],
  },
  {
    rule: 'a quote differs by one character',
    edits: [['claims.yaml', 'has grown since 2019.', 'has grown since 2018.']],
    expected: { kind: 'QuoteNotInSource', item: 'army-grown', field: 'quote' },
    says: [/then the article has "9\." where the quote has "8\."/],
  },
  {
    rule: 'a range does not match its quote',
    edits: [['claims.yaml', 'range: [87, 125]', 'range: [86, 124]']],
    expected: { kind: 'RangeMismatch', line: 28, item: 'border-test', field: 'range' },
    says: [/Set `range: \[87, 125\]`/],
  },
  {
    rule: 'a sentence is covered by no claim',
    edits: [['source.yaml', /rhetoric:\n[\s\S]*$/, 'rhetoric: []\n']],
    expected: { kind: 'SentenceNotCovered', file: 'data/article.txt', line: 2, item: 'sentence 3' },
    says: [/"What next\?" is covered by no claim/, /range: \[76, 86\]/],
  },
  {
    rule: 'two claims are marked as the thesis',
    edits: [['claims.yaml', '    role: supports\n    of: warn-now\n- id: border-test', '    role: thesis\n- id: border-test']],
    expected: { kind: 'ThesisCount', item: 'army-grown', field: 'argument.role' },
    says: [/2 claims have `role: thesis` \(`warn-now`, `army-grown`\)/],
  },
  {
    rule: 'the argument loops',
    edits: [
      ['claims.yaml', 'of: warn-now\n- id: border-test', 'of: border-test\n- id: border-test'],
      ['claims.yaml', /of: warn-now\n$/, 'of: army-grown\n'],
    ],
    expected: { kind: 'ArgumentCycle', item: 'army-grown', field: 'argument.of' },
    says: [/army-grown → border-test → army-grown/],
  },
  {
    rule: 'a factual claim has no verdict',
    edits: [['claims.yaml', / {2}verdict:\n[\s\S]*?title: Budget report\n/, '']],
    expected: { kind: 'VerdictMissing', item: 'army-grown' },
    says: [/needs a `verdict`/],
  },
  {
    rule: 'activity minutes do not add up',
    edits: [['lessons/short.yaml', 'minutes: 10', 'minutes: 12']],
    expected: { kind: 'MinutesMismatch', file: 'data/lessons/short.yaml', item: 'short', field: 'activities' },
    says: [/add up to 17 minutes \(read 12 \+ discuss 5\) but `totalMinutes` is 15/],
  },
  {
    rule: 'a source URL is http',
    edits: [['perspectives.yaml', 'https://example.org/stay-out', 'http://example.org/stay-out']],
    expected: { kind: 'SchemaMismatch', item: 'stay-out', field: 'sources[0].url' },
    says: [/must be an https:\/\/ URL/],
  },
  {
    rule: 'a source URL is javascript:',
    edits: [['timeline.yaml', 'https://example.org/event', '"javascript:alert(1)"']],
    expected: { kind: 'SchemaMismatch', item: 'army-expands', field: 'sources[0].url' },
    says: [/https:\/\//],
  },
  {
    rule: 'a date does not exist',
    edits: [['timeline.yaml', 'date: 2019-03-01', 'date: 2019-02-29']],
    expected: { kind: 'SchemaMismatch', item: 'army-expands', field: 'date' },
    says: [/real calendar date/],
  },
  {
    rule: 'an event ends before it starts',
    edits: [['timeline.yaml', 'endDate: 2019-03-05', 'endDate: 2019-02-05']],
    expected: { kind: 'DateOrder', item: 'army-expands', field: 'endDate' },
    says: [/ends \(2019-02-05\) before it starts \(2019-03-01\)/],
  },
  {
    rule: 'a glossary phrase is not in the article',
    edits: [['glossary.yaml', 'articlePhrases: [army]', 'articlePhrases: [navy]']],
    expected: { kind: 'PhraseNotInSource', item: 'army', field: 'articlePhrases[0]' },
    says: [/"navy" does not occur in the article/],
  },
  {
    rule: 'free text contains HTML',
    edits: [['actors.yaml', 'name: The rival', 'name: <script>alert(1)</script>']],
    expected: { kind: 'SchemaMismatch', item: 'rival', field: 'name' },
    says: [/plain text: HTML tags are not allowed/],
  },
  {
    rule: 'free text is empty',
    edits: [['perspectives.yaml', 'argument: Warnings can backfire.', 'argument: "   "']],
    expected: { kind: 'SchemaMismatch', item: 'stay-out', field: 'argument' },
    says: [/must not be empty/],
  },
  {
    rule: 'free text is too long',
    edits: [['actors.yaml', 'name: The rival', `name: ${'x'.repeat(200)}`]],
    expected: { kind: 'SchemaMismatch', item: 'rival', field: 'name' },
    says: [/at most 160 characters/],
  },
  {
    rule: 'a list file is not a list',
    edits: [['questions.yaml', /^[\s\S]*$/, 'id: what-is-asked\nlevel: comprehension\n']],
    expected: { kind: 'SchemaMismatch', file: 'data/questions.yaml', collection: 'questions' },
    says: [/must be a list of questions/],
  },
  {
    rule: 'a file is not valid YAML',
    edits: [['actors.yaml', 'name: Country A', 'name: Country: A']],
    expected: { kind: 'FileUnreadable', file: 'data/actors.yaml', line: 2 },
    says: [/is not valid YAML: Nested mappings/, /quote any text that contains `: `/],
  },
]

describe('each rule fails with the file, item and field to fix', () => {
  it.each(cases)('$rule', ({ edits, expected, says }) => {
    const problems = problemsOf(broken(...edits))
    const match = problems.find(p => Object.entries(expected).every(([key, value]) => p[key as keyof Problem] === value))
    expect(match, `no problem matching ${JSON.stringify(expected)} among:\n${problems.map(formatProblem).join('\n')}`).toBeDefined()
    const text = formatProblem(match!)
    for (const pattern of says)
      expect(text).toMatch(pattern)
  })

  it('reports a missing file', () => {
    const dir = copyFixture()
    rmSync(join(dir, 'perspectives.yaml'))
    const problems = problemsOf(dir)
    expect(problems).toContainEqual(expect.objectContaining({ kind: 'FileMissing', file: 'data/perspectives.yaml' }))
    // References to perspectives are not reported as unknown on top of the missing file.
    expect(problems.filter(p => p.file === 'data/perspectives.yaml')).toHaveLength(1)
  })

  it('reports two lesson plans with the same id', () => {
    const dir = copyFixture()
    cpSync(join(dir, 'lessons/short.yaml'), join(dir, 'lessons/short-copy.yaml'))
    expect(problemsOf(dir)).toContainEqual(expect.objectContaining({ kind: 'DuplicateId', file: 'data/lessons/short.yaml', item: 'short' }))
  })

  it('reports every problem at once, not only the first', () => {
    const problems = problemsOf(broken(
      ['claims.yaml', 'counterpoints: [stay-out]', 'counterpoints: [nope]'],
      ['timeline.yaml', 'date: 2019-03-01', 'date: 2019-13-01'],
      ['lessons/short.yaml', 'minutes: 10', 'minutes: 11'],
    ))
    expect(problems.map(p => p.kind).sort()).toEqual(['MinutesMismatch', 'SchemaMismatch', 'UnknownReference'])
  })

  it('does not report references to an item that exists but is itself broken', () => {
    const problems = problemsOf(broken(['perspectives.yaml', 'argument: Warnings can backfire.', 'argument: ""']))
    expect(problems.map(p => p.kind)).toEqual(['SchemaMismatch'])
  })
})

describe('exportContent', () => {
  it('writes content.json and its JSON Schema for valid content', () => {
    const out = join(copyFixture(), '../out')
    exportContent(out, validFixture)
    const content = JSON.parse(readFileSync(join(out, 'content.json'), 'utf8'))
    expect(Object.keys(content)).toEqual(['source', 'claims', 'actors', 'timeline', 'glossary', 'perspectives', 'questions', 'lessonPlans'])
    expect(content.source.text).toBe(readFileSync(join(validFixture, 'article.txt'), 'utf8'))
    expect(JSON.parse(readFileSync(join(out, 'content.schema.json'), 'utf8')).$schema).toMatch(/2020-12/)
  })

  it('writes nothing and keeps the previous output when the content is invalid', () => {
    const data = broken(['claims.yaml', 'kind: prediction', 'kind: guess'])
    const out = join(data, '../out')
    exportContent(out, validFixture)
    const before = readFileSync(join(out, 'content.json'), 'utf8')
    expect(() => exportContent(out, data)).toThrow(ContentError)
    expect(readFileSync(join(out, 'content.json'), 'utf8')).toBe(before)

    const fresh = join(data, '../fresh')
    expect(() => exportContent(fresh, data)).toThrow(/data\/claims\.yaml:30 {2}claims → `border-test` → kind/)
    expect(existsSync(fresh)).toBe(false)
  })
})

describe('checkBuiltContent', () => {
  /** A fixture copy exported to `<root>/dist/content.json`, with the JSON's title marked to tell it from the files. */
  function built(): { data: string, json: string } {
    const data = copyFixture()
    const json = join(data, '../dist/content.json')
    const { content } = exportContent(join(data, '../dist'), data)
    writeFileSync(json, JSON.stringify({ ...content, claims: content.claims.map(c => ({ ...c, paraphrase: 'from the JSON' })) }))
    return { data, json }
  }

  it('reads the built JSON while it is newer than every data file', () => {
    const { data, json } = built()
    const result = checkBuiltContent(data, json)
    expect(result.ok && result.content.claims[0]!.paraphrase).toBe('from the JSON')
  })

  it('validates the data files again once one is newer than the JSON', () => {
    const { data, json } = built()
    utimesSync(json, new Date(2000, 0, 1), new Date(2000, 0, 1))
    const result = checkBuiltContent(data, json)
    expect(result.ok && result.content.claims[0]!.paraphrase).not.toBe('from the JSON')
  })

  it('reports the data files\' problems, not a stale JSON, after a bad edit', () => {
    const { data, json } = built()
    writeFileSync(join(data, 'claims.yaml'), readFileSync(join(data, 'claims.yaml'), 'utf8').replace('kind: normative', 'kind: normativ'))
    utimesSync(json, new Date(2000, 0, 1), new Date(2000, 0, 1))
    const result = checkBuiltContent(data, json)
    expect(result.ok).toBe(false)
    expect(result.problems.map(p => p.field)).toContain('kind')
  })

  it('falls back to the data files when nothing is built', () => {
    const data = copyFixture()
    expect(checkBuiltContent(data, join(data, '../dist/missing.json')).ok).toBe(true)
  })
})
