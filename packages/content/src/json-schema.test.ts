import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { collections } from './collections.ts'
import { contentJsonSchema, dataFileJsonSchemas, editorSchemaMap } from './json-schema.ts'

describe('the JSON Schemas', () => {
  it('in schemas/ match src/schema.ts (run `pnpm --filter @kit/content schemas` after changing it)', () => {
    for (const [name, schema] of Object.entries(dataFileJsonSchemas())) {
      const committed = JSON.parse(readFileSync(new URL(`../schemas/${name}`, import.meta.url), 'utf8'))
      expect(committed, name).toEqual(schema)
    }
  })

  it('describe the exported content: the article, then one key per collection', () => {
    const schema = contentJsonSchema() as { required: string[], properties: Record<string, unknown> }
    expect(schema.required).toEqual(['article', ...Object.keys(collections)])
  })

  it('are mapped to their data files in the editor settings (run the same script after adding a collection)', () => {
    const settings = JSON.parse(readFileSync(new URL('../../../.vscode/settings.json', import.meta.url), 'utf8'))
    expect(settings['yaml.schemas']).toEqual(editorSchemaMap())
  })

  it('let editors complete claim kinds', () => {
    const claims = dataFileJsonSchemas()['claims.schema.json'] as { items: { properties: { kind: { enum: string[] } } } }
    expect(claims.items.properties.kind.enum).toContain('speculation')
  })
})
