/**
 * A collection is one registry entry: registering a throwaway one (a YAML
 * file, a schema with one reference) is enough for it to be read, validated,
 * counted, exported and given a JSON Schema, with no other change.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { copyFixture } from '../test/fixture.ts'
import { collections, defineCollection, referenceFields } from './collections.ts'
import { counts } from './counts.ts'
import { formatProblems } from './errors.ts'
import { dataFileJsonSchemas, editorSchemaMap } from './json-schema.ts'
import { checkContent, exportContent } from './load.ts'
import { idSchema, labelSchema, reference } from './schema.ts'

const widgets = defineCollection({
  file: 'widgets.yaml',
  schema: z.strictObject({ id: idSchema, name: labelSchema, claim: reference('claims') }),
  noun: 'widget',
  title: w => w.name,
  description: 'a test collection',
})
const registry = { ...collections, widgets }

function withWidgets(yaml: string): string {
  const data = copyFixture()
  writeFileSync(join(data, 'widgets.yaml'), yaml)
  return data
}

describe('a collection registered from outside', () => {
  it('finds the reference declared on its schema', () => {
    expect(referenceFields(widgets.schema)).toEqual([{ path: ['claim'], collection: 'claims' }])
  })

  it('is read and validated, an unknown reference named with the nearest id', () => {
    const data = withWidgets('- id: gear\n  name: A gear\n  claim: warn-nw\n')
    const result = checkContent({ dataDir: data, registry })
    expect(result.ok).toBe(false)
    expect(formatProblems(result.problems)).toBe([
      '✖ data/widgets.yaml:3  widgets → `gear` → claim  [UnknownReference]',
      '  unknown claim id `warn-nw`.',
      '  Did you mean `warn-now`?',
      '',
      '1 problem in 1 file.',
    ].join('\n'))
  })

  it('is an unknown file to the kit\'s own registry', () => {
    const data = withWidgets('- id: gear\n  name: A gear\n  claim: warn-now\n')
    const result = checkContent({ dataDir: data })
    expect(!result.ok && result.problems.map(p => p.code)).toEqual(['UnknownFile'])
  })

  it('is exported to content.json and content.schema.json, and gets its own JSON Schema', () => {
    const data = withWidgets('- id: gear\n  name: A gear\n  claim: warn-now\n')
    const out = join(data, '../out')
    exportContent(out, { dataDir: data, registry })
    expect(JSON.parse(readFileSync(join(out, 'content.json'), 'utf8')).widgets).toEqual([{ id: 'gear', name: 'A gear', claim: 'warn-now' }])
    expect(JSON.parse(readFileSync(join(out, 'content.schema.json'), 'utf8')).required).toContain('widgets')
    expect(dataFileJsonSchemas(registry)['widgets.schema.json']).toMatchObject({ title: 'data/widgets.yaml', type: 'array' })
    expect(editorSchemaMap(registry)['./packages/content/schemas/widgets.schema.json']).toBe('packages/content/data/widgets.yaml')
  })

  it('is counted by `kit-content validate`', () => {
    const data = withWidgets('- id: gear\n  name: A gear\n  claim: warn-now\n')
    const result = checkContent({ dataDir: data, registry })
    expect(result.ok && counts(result.content, registry)).toMatch(/^ {4}1 widgets$/m)
  })
})
