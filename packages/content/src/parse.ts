/**
 * The first step of validation: every item against its collection's schema,
 * item by item, so that one broken item does not hide the others. Zod's
 * issues become `SchemaMismatch` problems worded for a contributor; issues a
 * schema raises with a catalogue code (`params.code`) keep that code.
 */
import type { z } from 'zod'
import type { Registry } from './collections.ts'
import type { ContentFiles, Entry, Located, Report, RuleContext } from './context.ts'
import type { ErrorCode } from './errors.ts'
import { pluralOf } from './collections.ts'
import { getIn, isRecord } from './context.ts'
import { formatPath } from './errors.ts'
import { articleMetaSchema } from './schema.ts'
import { didYouMean } from './suggest.ts'

export function parseContent<R extends Registry>(files: ContentFiles, registry: R, report: Report): RuleContext<R> {
  const context = {
    registry,
    article: { ...files.article },
    entries: {},
    items: {},
    readable: new Set(),
    complete: new Set(),
  } as unknown as RuleContext<R>

  const meta: Entry = { collection: 'article', file: files.meta, path: [], data: files.meta.data }
  const parsedMeta = parseEntry(meta, articleMetaSchema, report)
  if (parsedMeta)
    context.article.meta = parsedMeta

  for (const [name, config] of Object.entries(registry) as Array<[keyof R & string, R[keyof R]]>) {
    const dataFiles = files.collections[name] ?? []
    const entries: Entry[] = []
    let readable = dataFiles.length > 0 || Boolean(config.folder)
    for (const file of dataFiles) {
      if (file.data === undefined) {
        readable = false // missing or not YAML: reported when it was read
      }
      else if (config.folder) {
        entries.push({ collection: name, file, path: [], data: file.data })
      }
      else if (Array.isArray(file.data)) {
        file.data.forEach((data, index) => entries.push({ collection: name, file, path: [index], data }))
      }
      else {
        readable = false
        report.at('SchemaMismatch', { detail: `must be a list of ${pluralOf(config)} (each item starting with \`- id: ...\`), not ${describe(file.data)}.` }, { file: file.file, line: file.lineOf?.([]), collection: name })
      }
    }
    const items = entries.map(entry => parseEntry(entry, config.schema, report)).filter(item => item !== undefined)
    context.entries[name] = entries
    ;(context.items as Record<string, Located<unknown>[]>)[name] = items
    if (readable)
      context.readable.add(name)
    if (readable && items.length === entries.length)
      context.complete.add(name)
  }
  return context
}

function parseEntry<T>(entry: Entry, schema: z.ZodType<T>, report: Report): Located<T> | undefined {
  const result = schema.safeParse(entry.data)
  if (result.success)
    return { ...entry, value: result.data }
  for (const issue of result.error.issues) {
    const params = issue.code === 'custom' ? (issue.params as { code?: ErrorCode, args?: never } | undefined) : undefined
    if (params?.code)
      report(params.code, params.args!, entry, ...issue.path)
    else
      report('SchemaMismatch', { detail: issueMessage(issue, getIn(entry.data, issue.path)) }, entry, ...issue.path)
  }
  return undefined
}

function issueMessage(issue: z.core.$ZodIssue, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return input === undefined ? `is required (${issue.expected}).` : `must be ${/^[aeiou]/i.test(issue.expected) ? 'an' : 'a'} ${issue.expected}, not ${describe(input)}.`
    case 'invalid_value': {
      const values = issue.values.map(String)
      const suggestion = typeof input === 'string' ? didYouMean(input, values) : ''
      return `must be one of ${values.map(v => `\`${v}\``).join(', ')}; got ${describe(input)}.${suggestion ? ` ${suggestion}` : ''}`
    }
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

export function describe(value: unknown): string {
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
