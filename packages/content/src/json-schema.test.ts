import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { contentJsonSchema, dataFileJsonSchemas } from './json-schema.ts'

describe('jSON Schemas', () => {
  it('in schemas/ match src/schema.ts (run `pnpm --filter @kit/content schemas` after changing it)', () => {
    for (const [name, schema] of Object.entries(dataFileJsonSchemas())) {
      const committed = JSON.parse(readFileSync(new URL(`../schemas/${name}`, import.meta.url), 'utf8'))
      expect(committed, name).toEqual(schema)
    }
  })

  it('describe the exported content with its eight top-level keys', () => {
    const schema = contentJsonSchema() as { required: string[], properties: Record<string, unknown> }
    expect(schema.required).toEqual(['source', 'claims', 'actors', 'timeline', 'glossary', 'perspectives', 'questions', 'lessonPlans'])
  })

  it('let editors complete claim kinds', () => {
    const claims = dataFileJsonSchemas()['claims.schema.json'] as { items: { properties: { kind: { enum: string[] } } } }
    expect(claims.items.properties.kind.enum).toContain('speculation')
  })
})
