import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
// Temporary authoring aid: shape-checks one data file against its zod schema.
// Usage: pnpm exec tsx scripts/check-file.ts data/claims.yaml
import process from 'node:process'
import { parse } from 'yaml'
import { z } from 'zod'
import { fileSchemas, lessonPlanSchema } from '../src/schema.ts'

const file = process.argv[2]!
const name = basename(file) as keyof typeof fileSchemas
const schema = file.includes('lessons/') ? lessonPlanSchema : fileSchemas[name]
const result = schema.safeParse(parse(readFileSync(file, 'utf8')))
if (result.success) {
  console.log(`${file}: shape OK`)
}
else {
  console.log(z.prettifyError(result.error))
  process.exit(1)
}
