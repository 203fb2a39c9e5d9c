import type { Edit } from '../test/fixture.ts'
import type { Problem } from './errors.ts'
import { cpSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { broken, copyFixture, problemsOf, validFixture } from '../test/fixture.ts'
import { formatProblem } from './errors.ts'
import { checkContent } from './load.ts'

describe('the valid fixture', () => {
  it('passes and yields typed content with defaults filled in', () => {
    const result = checkContent({ dataDir: validFixture })
    expect(result.ok).toBe(true)
    if (!result.ok)
      return
    expect(result.content.claims.map(c => c.id)).toEqual(['warn-now', 'army-grown', 'border-test'])
    expect(result.content.claims[2]!.evidence).toEqual([])
    expect(result.content.article.sentences.map(s => s.text)).toEqual([
      'Country A should warn its rival now.',
      'The rival’s army has grown since 2019.',
      'What next?',
      'The rival will likely test the border.',
    ])
  })
})

/**
 * Shapes, item by item (the rules of rules/ have their own tests): what is
 * changed, and the problem a contributor must see.
 */
const cases: Array<{ rule: string, edits: Edit[], expected: Partial<Problem>, says: RegExp[] }> = [
  {
    rule: 'a required field is missing',
    edits: [['claims.yaml', '  paraphrase: The article predicts a border test.\n', '']],
    expected: { code: 'SchemaMismatch', file: 'data/claims.yaml', line: 26, collection: 'claims', item: 'border-test', field: 'paraphrase' },
    says: [/is required/],
  },
  {
    rule: 'a field has the wrong type',
    edits: [['lessons/short.yaml', 'totalMinutes: 15', 'totalMinutes: fifteen']],
    expected: { code: 'SchemaMismatch', file: 'data/lessons/short.yaml', line: 7, collection: 'lessons', item: 'short', field: 'totalMinutes' },
    says: [/must be a number, not "fifteen"/],
  },
  {
    rule: 'an enum value is unknown',
    edits: [['claims.yaml', 'kind: prediction', 'kind: opinion']],
    expected: { code: 'SchemaMismatch', line: 30, item: 'border-test', field: 'kind' },
    says: [/one of `factual`, `prediction`, `causal`, `normative`, `characterization`, `speculation`; got "opinion"/],
  },
  {
    rule: 'a field name is misspelt',
    edits: [['actors.yaml', '  roleInArticle: The threat.', '  roleInArticle: The threat.\n  rol: x']],
    expected: { code: 'SchemaMismatch', file: 'data/actors.yaml', item: 'rival' },
    says: [/unknown field `rol`/],
  },
  {
    rule: 'an id is not kebab-case',
    edits: [['glossary.yaml', 'id: army', 'id: Army_Term']],
    expected: { code: 'SchemaMismatch', item: 'Army_Term', field: 'id' },
    says: [/kebab-case/],
  },
  {
    rule: 'two items share an id',
    edits: [['actors.yaml', 'id: rival', 'id: country-a']],
    expected: { code: 'DuplicateId', file: 'data/actors.yaml', line: 6, item: 'country-a', field: 'id' },
    says: [/`country-a` is used more than once/],
  },
  {
    rule: 'a source URL is http',
    edits: [['sources.yaml', 'https://think.example.org/stay-out', 'http://think.example.org/stay-out']],
    expected: { code: 'SchemaMismatch', collection: 'sources', item: 'analyst-essay', field: 'url' },
    says: [/must be an https:\/\/ URL/],
  },
  {
    rule: 'a source URL is javascript:',
    edits: [['sources.yaml', 'https://news.example.org/event', '"javascript:alert(1)"']],
    expected: { code: 'SchemaMismatch', item: 'event-report', field: 'url' },
    says: [/https:\/\//],
  },
  {
    rule: 'a date does not exist',
    edits: [['timeline.yaml', 'date: 2019-03-01', 'date: 2019-02-29']],
    expected: { code: 'SchemaMismatch', item: 'army-expands', field: 'date' },
    says: [/real calendar date/],
  },
  {
    rule: 'free text contains HTML',
    edits: [['actors.yaml', 'name: The rival', 'name: <script>alert(1)</script>']],
    expected: { code: 'SchemaMismatch', item: 'rival', field: 'name' },
    says: [/plain text: HTML tags are not allowed/],
  },
  {
    rule: 'free text is empty',
    edits: [['perspectives.yaml', 'argument: Warnings can backfire.', 'argument: "   "']],
    expected: { code: 'SchemaMismatch', item: 'stay-out', field: 'argument' },
    says: [/must not be empty/],
  },
  {
    rule: 'free text is too long',
    edits: [['actors.yaml', 'name: The rival', `name: ${'x'.repeat(200)}`]],
    expected: { code: 'SchemaMismatch', item: 'rival', field: 'name' },
    says: [/at most 160 characters/],
  },
  {
    rule: 'a list file is not a list',
    edits: [['questions.yaml', /^[\s\S]*$/, 'id: what-is-asked\nlevel: comprehension\n']],
    expected: { code: 'SchemaMismatch', file: 'data/questions.yaml', collection: 'questions' },
    says: [/must be a list of questions/],
  },
  {
    rule: 'a file is not valid YAML',
    edits: [['actors.yaml', 'name: Country A', 'name: Country: A']],
    expected: { code: 'FileUnreadable', file: 'data/actors.yaml', line: 2 },
    says: [/is not valid YAML: Nested mappings/, /quote any text that contains `: `/],
  },
]

describe('each item is checked against its schema, with the file, item and field to fix', () => {
  it.each(cases)('$rule', ({ edits, expected, says }) => {
    const problems = problemsOf(broken(...edits))
    const match = problems.find(p => Object.entries(expected).every(([key, value]) => p[key as keyof Problem] === value))
    expect(match, `no problem matching ${JSON.stringify(expected)} among:\n${problems.map(formatProblem).join('\n')}`).toBeDefined()
    const text = formatProblem(match!)
    for (const pattern of says)
      expect(text).toMatch(pattern)
  })

  it('rejects an authoring note in shown text, with its own code', () => {
    const problems = problemsOf(broken(['actors.yaml', 'roleInArticle: The threat.', 'roleInArticle: The threat. TODO say more.']))
    expect(problems).toEqual([expect.objectContaining({ code: 'AuthoringMarker', item: 'rival', field: 'roleInArticle', message: 'holds an authoring note ("TODO"), which readers would see.' })])
    expect(problemsOf(broken(['claims.yaml', 'explanation: Budgets show growth.', 'explanation: Budgets show growth; check the figure.']))[0]).toMatchObject({ code: 'AuthoringMarker', field: 'verdict.explanation' })
  })

  it('reports an unknown source id in a citation, with the nearest id', () => {
    const problems = problemsOf(broken(['timeline.yaml', 'sources: [event-report]', 'sources: [event-reprot]']))
    expect(problems).toEqual([expect.objectContaining({ code: 'UnknownReference', item: 'army-expands', field: 'sources[0]', message: 'unknown source id `event-reprot`.', hint: 'Did you mean `event-report`?' })])
  })

  it('suggests the nearest value of an enumeration', () => {
    const [problem] = problemsOf(broken(['claims.yaml', 'kind: prediction', 'kind: predicton']))
    expect(problem?.message).toMatch(/got "predicton". Did you mean `prediction`\?$/)
  })

  it('reports duplicate ids inside an item with the catalogue\'s code', () => {
    const problems = problemsOf(broken(['lessons/short.yaml', 'id: discuss', 'id: read']))
    expect(problems).toEqual([expect.objectContaining({ code: 'DuplicateId', item: 'short', field: 'activities[1].id' })])
  })

  it('reports a missing file', () => {
    const dir = copyFixture()
    rmSync(join(dir, 'perspectives.yaml'))
    const problems = problemsOf(dir)
    expect(problems).toContainEqual(expect.objectContaining({ code: 'FileMissing', file: 'data/perspectives.yaml' }))
    // References to perspectives are not reported as unknown on top of the missing file.
    expect(problems.filter(p => p.file === 'data/perspectives.yaml')).toHaveLength(1)
  })

  it('reports a misnamed file with the name it was meant to have', () => {
    const dir = copyFixture()
    cpSync(join(dir, 'claims.yaml'), join(dir, 'claim.yaml'))
    expect(problemsOf(dir)).toContainEqual(expect.objectContaining({ code: 'UnknownFile', file: 'data/claim.yaml', hint: 'Did you mean `claims.yaml`?' }))
  })

  it('reports two lesson plans with the same id', () => {
    const dir = copyFixture()
    cpSync(join(dir, 'lessons/short.yaml'), join(dir, 'lessons/short-copy.yaml'))
    expect(problemsOf(dir)).toContainEqual(expect.objectContaining({ code: 'DuplicateId', file: 'data/lessons/short.yaml', item: 'short' }))
  })

  it('reports every problem at once, not only the first', () => {
    const problems = problemsOf(broken(
      ['claims.yaml', 'counterpoints: [stay-out]', 'counterpoints: [nope]'],
      ['timeline.yaml', 'date: 2019-03-01', 'date: 2019-13-01'],
      ['lessons/short.yaml', 'minutes: 9', 'minutes: 10'],
    ))
    expect(problems.map(p => p.code).sort()).toEqual(['MinutesMismatch', 'SchemaMismatch', 'UnknownReference'])
  })

  it('does not report references to an item that exists but is itself broken', () => {
    const problems = problemsOf(broken(['perspectives.yaml', 'argument: Warnings can backfire.', 'argument: ""']))
    expect(problems.map(p => p.code)).toEqual(['SchemaMismatch'])
  })
})
