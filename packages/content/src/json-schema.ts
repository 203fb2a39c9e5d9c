/**
 * JSON Schemas generated from the zod schemas: one per data file, for editor
 * completion, and one for the exported `content.json`; and the editor's map
 * from schema to data file. All derived from the collection registry.
 */
import type { Registry } from './collections.ts'
import { z } from 'zod'
import { collections } from './collections.ts'
import { articleMetaSchema, articleSchema } from './schema.ts'

const meta = (id: string, title: string) => ({ $id: id, title })

/** Schema of the exported `content.json`. */
export function contentJsonSchema(registry: Registry = collections) {
  const schema = z.strictObject({
    article: articleSchema,
    ...Object.fromEntries(Object.entries(registry).map(([name, config]) => [name, z.array(config.schema)])),
  })
  return { ...meta('content.schema.json', 'Belarus briefing kit content'), ...z.toJSONSchema(schema, { io: 'output', target: 'draft-2020-12' }) }
}

/** What each data file holds, keyed by the schema's file name; `files` is the glob of data files it checks. */
function dataFiles(registry: Registry): Array<{ name: string, files: string, schema: z.ZodType }> {
  return [
    { name: 'article.schema.json', files: 'article.yaml', schema: articleMetaSchema },
    ...Object.entries(registry).map(([name, config]) => ({
      name: `${name}.schema.json`,
      files: config.file ?? `${config.folder}/*.yaml`,
      schema: config.file ? z.array(config.schema) : config.schema,
    })),
  ]
}

/** Schemas for the data files, keyed by file name (`claims.schema.json`, …). */
export function dataFileJsonSchemas(registry: Registry = collections): Record<string, object> {
  // `input`: what authors write, where fields with defaults may be left out.
  return Object.fromEntries(dataFiles(registry).map(({ name, files, schema }) =>
    [name, { ...meta(name, `data/${files}`), ...z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' }) }]))
}

/** `yaml.schemas` for VS Code's settings: schema path → data files, relative to the repository. */
export function editorSchemaMap(registry: Registry = collections, base = 'packages/content'): Record<string, string> {
  return Object.fromEntries(dataFiles(registry).map(({ name, files }) => [`./${base}/schemas/${name}`, `${base}/data/${files}`]))
}
