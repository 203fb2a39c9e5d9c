/**
 * JSON Schemas generated from the zod schemas: one per data file, for editor
 * completion, and one for the exported `content.json`.
 */
import { z } from 'zod'
import { contentSchema, fileSchemas, lessonPlanSchema } from './schema.ts'

const meta = (id: string, title: string) => ({ $id: id, title })

/** Schema of the exported `content.json`. */
export function contentJsonSchema() {
  return { ...meta('content.schema.json', 'Belarus briefing kit content'), ...z.toJSONSchema(contentSchema, { io: 'output', target: 'draft-2020-12' }) }
}

/** Schemas for the data files, keyed by file name (`claims.schema.json`, …). */
export function dataFileJsonSchemas(): Record<string, object> {
  const entries = Object.entries({ ...fileSchemas, 'lesson.yaml': lessonPlanSchema }).map(([file, schema]) => {
    const name = file.replace(/\.yaml$/, '.schema.json')
    // `input`: what authors write, where fields with defaults may be left out.
    return [name, { ...meta(name, `data/${file}`), ...z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' }) }]
  })
  return Object.fromEntries(entries)
}
