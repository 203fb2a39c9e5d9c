/**
 * Node entry: read, validate and export the content files.
 */
export { ContentError, formatProblem, formatProblems, problemKinds } from './errors.ts'
export type { Problem, ProblemKind } from './errors.ts'
export { checkBuiltContent, checkContent, defaultDataDir, exportContent, loadBuiltContent, loadContent, readContentFiles } from './fs.ts'
export { contentJsonSchema, dataFileJsonSchemas } from './json-schema.ts'
export { validateContent } from './validate.ts'
export type { ContentFiles, DataFile, ValidationResult } from './validate.ts'
