/**
 * The bad-input corpus (content-cases.ts, deck-cases.ts and the generated
 * cases of generated-cases.ts): every mutation of the real
 * content must stop the export with nothing written, and the message must
 * name the file, the item and the field to fix. Deck mutations must stop
 * `checkDeck`. A few cases also go through the real CLIs.
 */
import type { ErrorCode, Problem } from '@kit/content/node'
import type { ContentCase, DeckCase, Edit, Expected } from './types.ts'
import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { collections, ContentError, exportContent, formatProblem, formatProblems } from '@kit/content/node'
import { checkDeck } from '@kit/slidev-addon/node'
import { parse } from '@slidev/parser'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { contentCases } from './content-cases.ts'
import { deckCases } from './deck-cases.ts'
import { freeTextCases, imgFields, stringFields } from './generated-cases.ts'
import { escape, realDataDir } from './types.ts'

const root = fileURLToPath(new URL('../../', import.meta.url))
const decksDir = join(root, 'decks')
const contentPackage = join(root, 'packages/content')
const work = mkdtempSync(join(tmpdir(), 'kit-corpus-'))
const temps: string[] = []
const generated = freeTextCases()

afterEach(() => {
  for (const dir of temps.splice(0))
    rmSync(dir, { recursive: true, force: true })
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

// ---------------------------------------------------------------------------
// Applying a case
// ---------------------------------------------------------------------------

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length

/** Applies the edits under `dir`; fails loudly when an edit's text is not there. Returns each file's text before. */
function applyEdits(dir: string, edits: readonly Edit[]): Map<string, string> {
  const before = new Map<string, string>()
  for (const edit of edits) {
    const path = join(dir, edit.file)
    const text = readFileSync(path, 'utf8')
    if (!before.has(edit.file))
      before.set(edit.file, text)
    let next: string
    if ('insert' in edit) {
      const lines = text.split('\n')
      const line = lines[edit.line - 1]
      if (line === undefined || edit.column > line.length)
        throw new Error(`${edit.file}: no line ${edit.line}, column ${edit.column}`)
      lines[edit.line - 1] = line.slice(0, edit.column) + edit.insert + line.slice(edit.column)
      next = lines.join('\n')
    }
    else if (typeof edit.find === 'string') {
      const count = text.split(edit.find).length - 1
      if (count !== 1)
        throw new Error(`${edit.file}: the text to replace occurs ${count} times, not once: ${JSON.stringify(edit.find)}`)
      next = text.replace(edit.find, () => edit.replace)
    }
    else {
      if (!edit.find.test(text))
        throw new Error(`${edit.file}: the pattern to replace is not there: ${edit.find}`)
      next = text.replace(edit.find, () => edit.replace)
    }
    if (next === text)
      throw new Error(`${edit.file}: the edit changed nothing: ${JSON.stringify(edit)}`)
    writeFileSync(path, next)
  }
  return before
}

/** 1-based line of the first character that differs between two texts. */
function firstChangedLine(before: string, after: string): number {
  let i = 0
  while (i < before.length && before[i] === after[i])
    i++
  return lineAt(before, i)
}

/** A fresh copy of the real data with the case applied, and the lines its expectation refers to. */
function prepareContent(c: ContentCase, parent = work): { data: string, line: number | 'any' | null } {
  const caseDir = mkdtempSync(join(parent, 'case-'))
  const data = join(caseDir, 'data')
  cpSync(realDataDir, data, { recursive: true })
  const before = applyEdits(data, c.edits ?? [])
  for (const [file, text] of Object.entries(c.write ?? {})) {
    if (!existsSync(join(data, file)))
      throw new Error(`${file} does not exist in the real data`)
    writeFileSync(join(data, file), text)
  }
  for (const [file, text] of Object.entries(c.create ?? {})) {
    if (existsSync(join(data, file)))
      throw new Error(`${file} already exists in the real data`)
    writeFileSync(join(data, file), text)
  }
  for (const file of c.remove ?? []) {
    if (!existsSync(join(data, file)))
      throw new Error(`${file} does not exist in the real data`)
    rmSync(join(data, file), { recursive: true })
  }
  const file = c.expect.file.replace(/^data\//, '')
  const original = () => before.get(file) ?? readFileSync(join(realDataDir, file), 'utf8')
  let line: number | 'any' | null
  switch (c.expect.line) {
    case 'edit':
      if (!before.has(file))
        throw new Error(`line: 'edit' but no edit touches ${file}`)
      line = firstChangedLine(original(), readFileSync(join(data, file), 'utf8'))
      break
    case 'item': {
      const match = new RegExp(`^(?:- )?id: ${escape(c.expect.item ?? '')}$`, 'm').exec(original())
      if (!match)
        throw new Error(`line: 'item' but ${file} has no \`id: ${c.expect.item}\` line`)
      line = lineAt(original(), match.index)
      break
    }
    default:
      line = c.expect.line
  }
  return { data, line }
}

// ---------------------------------------------------------------------------
// What the message must say
// ---------------------------------------------------------------------------

/** Every code a case was seen to produce, to check against the error reference. */
const produced = new Set<ErrorCode>()

const fileLevel = new Set<ErrorCode>(['FileMissing', 'FileUnreadable', 'UnknownFile'])

function collectionOf(file: string): string {
  if (file.startsWith('decks/'))
    return 'deck'
  // As the registry names the collection a data file holds (`source-policy.yaml` holds `policy`).
  const relative = file.replace(/^data\//, '')
  const entry = Object.entries(collections).find(([, c]) => ('file' in c && c.file === relative) || ('folder' in c && relative.startsWith(`${c.folder}/`)))
  return entry ? entry[0] : relative.replace(/\.(?:yaml|txt)$/, '')
}

/** The first line `formatProblem` must print for the expected problem, as a pattern. */
function headerPattern(e: Pick<Expected, 'code' | 'file' | 'item' | 'field' | 'fieldIn'>, line: number | 'any' | null): string {
  const where = line === null ? escape(e.file) : `${escape(e.file)}:${line === 'any' ? '\\d+' : line}`
  const what = [
    fileLevel.has(e.code) ? null : collectionOf(e.file),
    e.item === null ? null : `\`${e.item}\``,
    e.fieldIn === 'message' ? null : e.field,
  ].filter((part): part is string => part !== null).map(escape)
  return `^✖ ${where}${what.length ? `  ${what.join(' → ')}` : ''}  \\[${e.code}\\]$`
}

/** Finds the expected problem in the formatted message; checks file (and line), item, field and words. */
function expectNamed(problems: readonly Problem[], message: string, e: Expected, line: number | 'any' | null): void {
  const header = new RegExp(headerPattern(e, line))
  const blocks = problems.map(formatProblem)
  const block = blocks.find(b => header.test(b.split('\n')[0]!))
  produced.add(e.code)
  expect(block, `no problem headed ${header} among:\n${blocks.map(b => b.split('\n')[0]).join('\n')}`).toBeDefined()
  expect(message).toContain(block)
  if (e.fieldIn === 'message' && e.field)
    expect(block).toContain(`\`${e.field}\``)
  for (const words of e.says ?? [])
    expect(block).toMatch(words)
}

/** Exports the data; it must throw a `ContentError` and leave `out` absent or empty. */
function failedExport(data: string): { problems: readonly Problem[], message: string } {
  const out = join(dirname(data), 'out')
  let error: unknown
  try {
    exportContent(out, { dataDir: data })
  }
  catch (caught) {
    error = caught
  }
  expect(error).toBeInstanceOf(ContentError)
  expect(existsSync(out) ? readdirSync(out) : []).toEqual([])
  const { problems } = error as ContentError
  const message = formatProblems(problems)
  expect((error as Error).message).toContain(message)
  return { problems, message }
}

// ---------------------------------------------------------------------------
// Decks
// ---------------------------------------------------------------------------

/** A copy of a real deck in `decks/.corpus-*` (hidden from deck listings), sharing its installed packages. */
async function prepareDeck(c: DeckCase): Promise<{ dir: string, file: string, line: number, slide: number }> {
  const dir = mkdtempSync(join(decksDir, '.corpus-'))
  symlinkSync(join(decksDir, c.deck, 'node_modules'), join(dir, 'node_modules'), 'dir')
  cpSync(join(decksDir, c.deck, 'slides.md'), join(dir, 'slides.md'))
  const before = applyEdits(dir, c.edits).get('slides.md')!
  const after = readFileSync(join(dir, 'slides.md'), 'utf8')
  const line = firstChangedLine(before, after)
  const { slides } = await parse(after, join(dir, 'slides.md'))
  const slide = slides.find(s => line - 1 >= s.start && line - 1 < s.end)
  if (!slide)
    throw new Error(`line ${line} is on no slide`)
  return { dir, file: `decks/${basename(dir)}/slides.md`, line, slide: slide.index + 1 }
}

function deckExpected(c: DeckCase, file: string, slide: number): Expected {
  return { code: c.expect.code, file, line: 'any', item: `slide ${slide}`, field: c.expect.field, says: [new RegExp(`\`${escape(c.expect.id)}\``), ...c.expect.says ?? []] }
}

// ---------------------------------------------------------------------------
// The tests
// ---------------------------------------------------------------------------

describe('the corpus', () => {
  it('has at least 30 hand-written content cases and covers every category', () => {
    expect(contentCases.length).toBeGreaterThanOrEqual(30)
    const names = [...contentCases, ...deckCases, ...generated].map(c => c.name)
    expect(names.length).toBe(new Set(names).size)
    const categories = new Set([...contentCases, ...deckCases].map(c => c.category))
    for (const category of ['missing field', 'wrong type', 'duplicate id', 'unknown reference', 'quote', 'range', 'date', 'url', 'minutes', 'empty or overlong', 'enum', 'malformed file'] as const)
      expect(categories, category).toContain(category)
  })

  it('knows what every string field of the data files holds', () => {
    // A string that is neither free text (zod `text()`: trimmed, 1..max characters, checked for
    // HTML), an id, an enum, a URL, a date nor a C3 code is new: decide whether it is free text.
    const unclassified = stringFields().filter(f => f.kind === 'unclassified').map(f => f.name)
    expect(unclassified).toEqual([])
  })

  it('generates an HTML case for every free-text field of the schema', () => {
    const textFields = stringFields().filter(f => f.kind === 'text').map(f => f.name)
    // Fields the enumeration must find, so that it cannot silently find nothing.
    for (const known of ['claims quote', 'claims verdict.explanation', 'sources title', 'materials instructions', 'lessons objectives[].assessedBy', 'article title.value', 'article rhetoric[].role', 'glossary articlePhrases[]', 'perspectives heldBy[]', 'questions guidance.watchFor[]', 'lessons activities[].teacher[]', 'lessons assessment.rubric[].beginning', 'lessons standards[].text'])
      expect(textFields).toContain(known)
    expect(new Set(generated.map(c => c.field.name))).toEqual(new Set(textFields.filter(name => !name.endsWith('.locator'))))
    for (const name of imgFields)
      expect(textFields).toContain(name)
    expect(generated.filter(c => c.name.startsWith('<img')).length).toBe(imgFields.length)
  })
})

describe('broken content: export fails, writes nothing, and names file, item and field', () => {
  it.each(contentCases)('$name', (c) => {
    const { data, line } = prepareContent(c)
    temps.push(dirname(data))
    const { problems, message } = failedExport(data)
    expectNamed(problems, message, c.expect, line)
  })
})

describe('every free-text field refuses HTML and script', () => {
  it.each(generated)('$name', (c) => {
    const { data, line } = prepareContent(c)
    temps.push(dirname(data))
    const { problems, message } = failedExport(data)
    expectNamed(problems, message, c.expect, line)
  })
})

describe('broken decks: checkDeck reports the slide, component and attribute', () => {
  it.each(deckCases)('$name', async (c) => {
    const { dir, file, line, slide } = await prepareDeck(c)
    temps.push(dir)
    const { problems } = await checkDeck(dir)
    expect(problems.length).toBeGreaterThan(0)
    expectNamed(problems, formatProblems(problems), deckExpected(c, file, slide), line)
  })
})

// ---------------------------------------------------------------------------
// The real CLIs, as spawned processes
// ---------------------------------------------------------------------------

function run(args: string[], cwd: string): Promise<{ code: number | null, stdout: string, stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => stdout += chunk)
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => stderr += chunk)
    child.on('error', reject)
    child.on('close', code => resolve({ code, stdout, stderr }))
  })
}

describe('the real CLIs reject a sample of the corpus', () => {
  const contentSample = contentCases.filter(c => c.cli)
  const deckSample = deckCases.filter(c => c.cli)

  it('samples 4 to 8 cases', () => {
    expect(contentSample.length + deckSample.length).toBeGreaterThanOrEqual(4)
    expect(contentSample.length + deckSample.length).toBeLessThanOrEqual(8)
  })

  it.concurrent.each(contentSample)('kit-content export: $name', async (c) => {
    const caseDir = mkdtempSync(join(work, 'cli-'))
    try {
      const { data, line } = prepareContent(c, caseDir)
      const out = join(caseDir, 'out')
      const { code, stdout, stderr } = await run(['bin/kit-content.mjs', 'export', '--out', out, '--data', data], contentPackage)
      expect(code, stderr).toBe(1)
      expect(stdout).toBe('')
      expect(stderr).toMatch(new RegExp(headerPattern(c.expect, line), 'm'))
      for (const words of c.expect.says ?? [])
        expect(stderr).toMatch(words)
      expect(existsSync(out) ? readdirSync(out) : []).toEqual([])
    }
    finally {
      rmSync(caseDir, { recursive: true, force: true })
    }
  })

  it.concurrent.each(deckSample)('kit-deck validate: $name', async (c) => {
    const { dir, file, line, slide } = await prepareDeck(c)
    try {
      const { code, stdout, stderr } = await run([join(root, 'packages/slidev-addon/node/bin.mjs'), 'validate'], dir)
      expect(code, stderr).toBe(1)
      expect(stdout).toBe('')
      const expected = deckExpected(c, file, slide)
      expect(stderr).toMatch(new RegExp(headerPattern(expected, line), 'm'))
      for (const words of expected.says ?? [])
        expect(stderr).toMatch(words)
      expect(readdirSync(dir).sort()).toEqual(['node_modules', 'slides.md'])
    }
    finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('the error reference', () => {
  it('explains every code the corpus produces (packages/content/docs/errors.md, shown at /errors)', () => {
    const page = readFileSync(join(contentPackage, 'docs/errors.md'), 'utf8')
    expect(produced.size).toBeGreaterThan(10)
    for (const code of produced)
      expect(page, code).toContain(`## ${code}\n`)
  })
})
