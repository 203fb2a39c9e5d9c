/**
 * The Node edge of the content package, and its one loader: reads the data
 * files the registry names, validates them, caches the result until a data
 * file changes, and writes the exported JSON. Everything else is pure.
 */
import type { Collections, Content, ContentOf, Registry } from './collections.ts'
import type { ContentFiles, DataFile } from './context.ts'
import type { Problem } from './errors.ts'
import type { ValidationResult } from './validate.ts'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import process from 'node:process'
import { LineCounter, parseDocument } from 'yaml'
import { checkRegistry, collections, pluralOf } from './collections.ts'
import { ContentError, problem } from './errors.ts'
import { contentJsonSchema } from './json-schema.ts'
import { paths } from './paths.ts'
import { validateContent } from './validate.ts'

/**
 * The data folder every command and build reads: the package's own, or the
 * folder in `KIT_CONTENT_DATA` (a fork's content, or a test's broken copy).
 */
export const defaultDataDir = process.env.KIT_CONTENT_DATA ? `${resolve(process.env.KIT_CONTENT_DATA)}/` : paths.contentData

/** The files every content folder has besides the collections. */
const articleFiles = ['article.txt', 'article.yaml']

/**
 * Reads every data file the registry names under `dataDir`. Problems that
 * stop a file from being read at all (missing, not YAML, unknown) are
 * returned beside the files.
 */
export function readContentFiles(dataDir = defaultDataDir, registry: Registry = collections): { files: ContentFiles, problems: Problem[] } {
  checkRegistry(registry)
  const root = resolve(dataDir, '..')
  const display = (path: string) => relative(root, path).split('\\').join('/')
  const problems: Problem[] = []

  const readYaml = (path: string): DataFile => {
    const file = display(path)
    if (!existsSync(path)) {
      problems.push(problem('FileMissing', { name: relative(dataDir, path), what: `${relative(dataDir, path)} is missing from ${display(dataDir) || 'data'}/.` }, { file }))
      return { file, data: undefined }
    }
    return parseYaml(file, readFileSync(path, 'utf8'), problems)
  }

  const articlePath = join(dataDir, 'article.txt')
  const article = { file: display(articlePath), text: '' }
  if (existsSync(articlePath))
    article.text = readFileSync(articlePath, 'utf8')
  else
    problems.push(problem('FileMissing', { name: 'article.txt', what: `article.txt is missing from ${display(dataDir) || 'data'}/.` }, { file: article.file }))

  const files: ContentFiles = { article, meta: readYaml(join(dataDir, 'article.yaml')), collections: {} }
  for (const [name, config] of Object.entries(registry)) {
    if (config.file) {
      files.collections[name] = [readYaml(join(dataDir, config.file))]
      continue
    }
    const folder = join(dataDir, config.folder!)
    const names = existsSync(folder) ? readdirSync(folder).filter(n => /\.ya?ml$/.test(n)).sort() : []
    files.collections[name] = names.map(n => readYaml(join(folder, n)))
    if (names.length < (config.min ?? 0))
      problems.push(problem('FileMissing', { name: config.folder!, what: `has no ${pluralOf(config)}: the kit needs at least ${config.min}.` }, { file: display(folder) }))
  }

  // A misnamed file would otherwise be ignored without a word.
  const known = [...articleFiles.filter(n => n.endsWith('.yaml')), ...Object.values(registry).flatMap(c => c.file ? [c.file] : [])]
  for (const name of readdirSync(dataDir).filter(n => /\.ya?ml$/.test(n) && !known.includes(n)))
    problems.push(problem('UnknownFile', { name, known }, { file: display(join(dataDir, name)) }))
  return { files, problems }
}

function parseYaml(file: string, text: string, problems: Problem[]): DataFile {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true })
  const [error] = doc.errors
  if (error) {
    // Later YAML errors are mostly echoes of the first one: report the first.
    const line = error.linePos?.[0].line ?? lines.linePos(error.pos[0]).line
    problems.push(problem('FileUnreadable', { detail: error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '') }, { file, line }))
    return { file, data: undefined }
  }
  try {
    return {
      file,
      data: doc.toJS(),
      lineOf: (path) => {
        const node = path.length === 0 ? doc.contents : doc.getIn(path, true)
        const offset = (node && typeof node === 'object' && 'range' in node) ? (node as { range?: [number] }).range?.[0] : undefined
        return offset === undefined ? undefined : lines.linePos(offset).line
      },
    }
  }
  catch (error) {
    // e.g. aliases nested to expand into millions of nodes (a "billion laughs" file).
    problems.push(problem('FileUnreadable', { detail: (error as Error).message.replace(/\.$/, ''), aliases: true }, { file }))
    return { file, data: undefined }
  }
}

export interface LoadOptions<R extends Registry = Collections> {
  /** @default `KIT_CONTENT_DATA`, else the package's `data/` */
  dataDir?: string
  /** @default the kit's collections */
  registry?: R
  /**
   * A `content.json` to use instead of the data files while it is newer than
   * every one of them; `false` to always validate the files. Saves a build
   * process about a second of YAML and schema work.
   * @default the package's `dist/content.json`, for its own data and collections
   */
  built?: string | false
}

// Slidev and VitePress bundle their configs, loaders and preparsers apart, so
// a module-level cache would not be shared within one process.
const cache = globalThis as { kitContentCache?: WeakMap<Registry, Map<string, { stamp: number, result: unknown }>> }

/**
 * Reads and validates the content; never throws for bad content. Cached per
 * process and data folder until a data file's modification time changes, so
 * callers may ask on every request: `vitepress dev` sees an edit at once.
 */
export function checkContent(options?: LoadOptions): ValidationResult
export function checkContent<R extends Registry>(options: LoadOptions<R> & { registry: R }): ValidationResult<R>
export function checkContent(options: LoadOptions<any> = {}): ValidationResult<any> | ValidationResult {
  const dataDir = options.dataDir ? `${resolve(options.dataDir)}/` : defaultDataDir
  const registry: Registry = options.registry ?? collections
  const built = options.built ?? (registry === collections as unknown && dataDir === paths.contentData && paths.contentJson)
  const stamp = newestFile(dataDir)
  const key = `${dataDir}\0${built ?? ''}`
  const caches = cache.kitContentCache ??= new WeakMap()
  const entries = caches.get(registry) ?? caches.set(registry, new Map()).get(registry)!
  const hit = entries.get(key)
  if (hit?.stamp === stamp)
    return hit.result as ValidationResult
  const result = built && existsSync(built) && statSync(built).mtimeMs >= stamp
    ? { ok: true as const, content: JSON.parse(readFileSync(built, 'utf8')) as Content, problems: [] as [] }
    : validate(dataDir, registry)
  entries.set(key, { stamp, result })
  return result
}

function validate<R extends Registry>(dataDir: string, registry: R): ValidationResult<R> {
  const { files, problems } = readContentFiles(dataDir, registry)
  const result = validateContent(files, registry)
  if (problems.length === 0)
    return result
  // A file that could not be read shows up again as schema problems: report the cause only.
  const unreadable = new Set(problems.map(p => p.file))
  return { ok: false, problems: [...problems, ...result.problems.filter(p => !unreadable.has(p.file))] }
}

/** Reads and validates the content; throws a `ContentError` listing every problem. */
export function loadContent(options?: LoadOptions): Content
export function loadContent<R extends Registry>(options: LoadOptions<R> & { registry: R }): ContentOf<R>
export function loadContent(options: LoadOptions<any> = {}): ContentOf<Registry> | Content {
  const result = checkContent(options)
  if (!result.ok)
    throw new ContentError(result.problems)
  return result.content
}

/**
 * Every data file the registry reads under `dataDir`, as absolute paths: for
 * watchers, which need files rather than globs (a glob outside the workspace
 * can make a watcher crawl the whole disk).
 */
export function dataFiles(dataDir = defaultDataDir, registry: Registry = collections): string[] {
  const files = [...articleFiles, ...Object.values(registry).flatMap(c => c.file ? [c.file] : [])].map(name => join(dataDir, name))
  for (const { folder } of Object.values(registry).filter(c => c.folder)) {
    const dir = join(dataDir, folder!)
    if (existsSync(dir))
      files.push(...readdirSync(dir).filter(n => /\.ya?ml$/.test(n)).sort().map(n => join(dir, n)))
  }
  return files
}

/** Newest modification time of the files under `dir` (0 if there are none). */
function newestFile(dir: string): number {
  if (!existsSync(dir))
    return 0
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .reduce((newest, file) => Math.max(newest, statSync(join(dir, file)).mtimeMs), statSync(dir).mtimeMs)
}

/**
 * Validates the content and writes `content.json` and `content.schema.json`
 * to `outDir`. Writes nothing unless the content is valid; each file is
 * written beside its target first and renamed into place.
 */
export function exportContent(outDir: string, options?: Omit<LoadOptions, 'built'>): { content: Content, files: string[] }
export function exportContent<R extends Registry>(outDir: string, options: Omit<LoadOptions<R>, 'built'> & { registry: R }): { content: ContentOf<R>, files: string[] }
export function exportContent(outDir: string, options: Omit<LoadOptions<any>, 'built'> = {}): { content: ContentOf<Registry> | Content, files: string[] } {
  const content = loadContent({ ...options, built: false })
  const target = resolve(outDir)
  mkdirSync(target, { recursive: true })
  const files = {
    'content.json': content,
    'content.schema.json': contentJsonSchema(options.registry),
  }
  const written: string[] = []
  for (const [name, value] of Object.entries(files)) {
    const path = join(target, name)
    const partial = `${path}.partial-${process.pid}`
    writeFileSync(partial, `${JSON.stringify(value, null, 2)}\n`)
    renameSync(partial, path)
    written.push(path)
  }
  return { content, files: written }
}
