/**
 * Node entry: the collection registry, reading, validating and exporting the
 * content, the error catalogue, the CLI runner and the workspace's paths.
 */
export { runCli, usage, UsageError } from './cli/run.ts'
export type { Cli, Command, ParsedArgs } from './cli/run.ts'
export { collections, dataPath, defineCollection, pluralOf, referenceFields } from './collections.ts'
export type { CollectionConfig, ContentOf, Registry } from './collections.ts'
export type { ContentFiles, DataFile, Rule, RuleContext } from './context.ts'
export { ContentError, errors, formatProblem, formatProblems, problem } from './errors.ts'
export type { ErrorArgs, ErrorCode, Problem, ProblemLocation } from './errors.ts'
export { contentJsonSchema, dataFileJsonSchemas, editorSchemaMap } from './json-schema.ts'
export { checkContent, dataFiles, defaultDataDir, exportContent, loadContent, readContentFiles } from './load.ts'
export type { LoadOptions } from './load.ts'
export { deckBase, displayPath, listDecks, paths, siteBase } from './paths.ts'
export type { DeckInfo } from './paths.ts'
export { reference } from './schema.ts'
export { validateContent } from './validate.ts'
export type { ValidationResult } from './validate.ts'
