/**
 * Generated cases: HTML and script in every free-text field, the fields
 * found from the JSON Schemas (a new string field must be classified, or a
 * guard test fails).
 */
import type { ContentCase } from './types.ts'
import { readFileSync } from 'node:fs'
import { dataFileJsonSchemas, readContentFiles } from '@kit/content/node'
import { escape, realDataDir } from './types.ts'

/** A path pattern inside one data file; `'[]'` stands for any list index. */
export type Pattern = readonly string[]

/** What kind of string a field holds, read from the JSON Schema generated from the zod schema. */
export type StringKind = 'text' | 'id' | 'enum' | 'url' | 'date' | 'code' | 'unclassified'

export interface StringField {
  /** Key of `dataFileJsonSchemas()` without `.schema.json`: `claims`, `lessons`, … */
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
  // A full date, or a partial one (`2020`, `2020-08`) where sources give no day.
  if (schema.pattern === datePattern || (typeof schema.pattern === 'string' && schema.pattern.startsWith('^\\d{4}(?:')))
    return 'date'
  // A two-letter language code.
  if (schema.pattern === '^[a-z]{2}$')
    return 'code'
  // A bare domain the source policy blocks.
  if (key === 'domain' && typeof schema.pattern === 'string')
    return 'url'
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
export const imgFields = ['claims paraphrase', 'questions guidance.strongAnswer[]', 'glossary definition', 'lessons activities[].students', 'timeline title', 'article rhetoric[].role']

/**
 * One case per free-text field (and a few with a second payload): the payload
 * goes at the start of the field's value in the first real item that has it.
 * Fields that no real item fills throw here, so they cannot go untested.
 */
export function freeTextCases(): FreeTextCase[] {
  const { files } = readContentFiles(realDataDir)
  const cases: FreeTextCase[] = []
  // A citation's `locator` is optional wherever a citation may stand; one hand-written case covers it.
  for (const field of stringFields().filter(f => f.kind === 'text' && f.pattern.at(-1) !== 'locator')) {
    // Where the field lives: the article's metadata, a list file, or the files of a folder collection.
    const candidates = field.schema === 'article' ? [files.meta] : files.collections[field.schema]!
    let found: { file: typeof files.meta, path: (string | number)[] } | undefined
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
    const item = field.schema === 'article' ? null : String(record.id)
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
        expect: { code: 'SchemaMismatch', file: file.file, line, item, field: fieldPath, says: [/must be plain text: HTML tags are not allowed/] },
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
