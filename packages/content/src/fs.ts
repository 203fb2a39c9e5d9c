import type { Problem } from './errors.ts'
import type { Content } from './schema.ts'
import type { ContentFiles, DataFile, ValidationResult } from './validate.ts'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
/**
 * The Node edge of the content package: reads the data files from disk,
 * validates them and writes the exported JSON. Everything else is pure.
 */
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml'
import { ContentError } from './errors.ts'
import { contentJsonSchema } from './json-schema.ts'
import { didYouMean } from './suggest.ts'
import { validateContent } from './validate.ts'

/** The package's own `data/` folder. */
const packagedDataDir = fileURLToPath(new URL('../data/', import.meta.url))

/**
 * The data folder every command and build reads: the package's own, or the
 * folder in `KIT_CONTENT_DATA` (a fork's content, or a test's broken copy).
 */
export const defaultDataDir = process.env.KIT_CONTENT_DATA ? `${resolve(process.env.KIT_CONTENT_DATA)}/` : packagedDataDir

const listFiles = ['claims', 'actors', 'timeline', 'glossary', 'perspectives', 'questions'] as const

/**
 * Reads every data file under `dataDir`. Problems that stop a file from being
 * read at all (missing, not YAML) are returned beside the files.
 */
export function readContentFiles(dataDir = defaultDataDir): { files: ContentFiles, problems: Problem[] } {
  const root = resolve(dataDir, '..')
  const display = (path: string) => relative(root, path).split('\\').join('/')
  const problems: Problem[] = []

  const readText = (name: string): string | undefined => {
    const path = join(dataDir, name)
    if (!existsSync(path)) {
      problems.push({ kind: 'FileMissing', file: display(path), message: `${name} is missing from ${display(dataDir) || 'data'}/.`, hint: 'Restore it from git, or create it (see packages/content/README.md).' })
      return undefined
    }
    return readFileSync(path, 'utf8')
  }

  const readYaml = (path: string): DataFile => {
    const file = display(path)
    const text = existsSync(path) ? readFileSync(path, 'utf8') : readText(relative(dataDir, path))
    if (text === undefined)
      return { file, data: undefined }
    const lines = new LineCounter()
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true })
    const [error] = doc.errors
    if (error) {
      // Later YAML errors are mostly echoes of the first one: report the first.
      const line = error.linePos?.[0].line ?? lines.linePos(error.pos[0]).line
      problems.push({ kind: 'FileUnreadable', file, line, message: `is not valid YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}.`, hint: 'Check the indentation and quote any text that contains `: ` or starts with a quote mark.' })
      return { file, data: undefined }
    }
    let data: unknown
    try {
      data = doc.toJS()
    }
    catch (error) {
      // e.g. aliases nested to expand into millions of nodes (a "billion laughs" file).
      problems.push({ kind: 'FileUnreadable', file, message: `could not be read as data: ${(error as Error).message.replace(/\.$/, '')}.`, hint: 'Write the items out instead of using YAML anchors (`&`) and aliases (`*`).' })
      return { file, data: undefined }
    }
    return {
      file,
      data,
      lineOf: (path) => {
        const node = path.length === 0 ? doc.contents : doc.getIn(path, true)
        const offset = (isMap(node) || isSeq(node) || (node && typeof node === 'object' && 'range' in node)) ? (node as { range?: [number] }).range?.[0] : undefined
        return offset === undefined ? undefined : lines.linePos(offset).line
      },
    }
  }

  const articlePath = join(dataDir, 'article.txt')
  const files: ContentFiles = {
    article: { file: display(articlePath), text: readText('article.txt') ?? '' },
    source: readYaml(join(dataDir, 'source.yaml')),
    ...Object.fromEntries(listFiles.map(name => [name, readYaml(join(dataDir, `${name}.yaml`))])) as Pick<ContentFiles, typeof listFiles[number]>,
    lessonPlans: existsSync(join(dataDir, 'lessons'))
      ? readdirSync(join(dataDir, 'lessons')).filter(name => /\.ya?ml$/.test(name)).sort().map(name => readYaml(join(dataDir, 'lessons', name)))
      : [],
  }
  if (files.lessonPlans.length === 0)
    problems.push({ kind: 'FileMissing', file: display(join(dataDir, 'lessons')), message: 'has no lesson plans: the site and classroom decks need at least one.', hint: 'Add data/lessons/<id>.yaml (see single-period.yaml in the repository).' })
  // A misnamed file would otherwise be ignored without a word.
  const known = ['source.yaml', ...listFiles.map(name => `${name}.yaml`)]
  for (const name of readdirSync(dataDir).filter(name => /\.ya?ml$/.test(name) && !known.includes(name)))
    problems.push({ kind: 'UnknownFile', file: display(join(dataDir, name)), message: 'is not a content file, so nothing reads it.', hint: didYouMean(name, known) || `The content files are ${known.map(f => `\`${f}\``).join(', ')}, and lesson plans go in \`lessons/\`.` })
  return { files, problems }
}

/** Reads and validates the content under `dataDir`; never throws for bad content. */
export function checkContent(dataDir = defaultDataDir): ValidationResult {
  const { files, problems } = readContentFiles(dataDir)
  const result = validateContent(files)
  if (problems.length === 0)
    return result
  // A file that could not be read shows up again as schema problems: report the cause only.
  const unreadable = new Set(problems.map(p => p.file))
  return { ok: false, problems: [...problems, ...result.problems.filter(p => !unreadable.has(p.file))] }
}

/** Reads and validates the content; throws a `ContentError` listing every problem. */
export function loadContent(dataDir = defaultDataDir): Content {
  const result = checkContent(dataDir)
  if (!result.ok)
    throw new ContentError(result.problems)
  return result.content
}

/** Where this package's build writes the validated content (of its own data folder). */
const builtContentFile = resolve(packagedDataDir, '../dist/content.json')

/** Newest modification time of the data files (0 if there are none). */
function newestDataFile(dataDir: string): number {
  return readdirSync(dataDir, { recursive: true, encoding: 'utf8' })
    .reduce((newest, file) => Math.max(newest, statSync(join(dataDir, file)).mtimeMs), 0)
}

// Slidev and VitePress load their configs, loaders and preparsers as separate
// bundles, so a module-level cache would not be shared within one process.
const cache = globalThis as { kitBuiltContent?: { key: string, result: ValidationResult } }

/**
 * The content for deck and site builds: `dist/content.json`, which this
 * package's build wrote after validating, while it is newer than every data
 * file; otherwise the data files, validated now (an edited file is always
 * checked). Reading the JSON saves each build process about a second of YAML
 * and schema work. Cached per process until a data file changes.
 */
export function checkBuiltContent(dataDir = defaultDataDir, builtFile = dataDir === packagedDataDir ? builtContentFile : undefined): ValidationResult {
  const newest = newestDataFile(dataDir)
  const key = `${dataDir}\0${builtFile}\0${newest}`
  if (cache.kitBuiltContent?.key === key)
    return cache.kitBuiltContent.result
  const fresh = builtFile !== undefined && existsSync(builtFile) && statSync(builtFile).mtimeMs >= newest
  const result: ValidationResult = fresh
    ? { ok: true, content: JSON.parse(readFileSync(builtFile!, 'utf8')) as Content, problems: [] }
    : checkContent(dataDir)
  cache.kitBuiltContent = { key, result }
  return result
}

/** `checkBuiltContent`, throwing a `ContentError` listing every problem. */
export function loadBuiltContent(): Content {
  const result = checkBuiltContent()
  if (!result.ok)
    throw new ContentError(result.problems)
  return result.content
}

/**
 * Validates the content and writes `content.json` and `content.schema.json`
 * to `outDir`. Writes nothing unless the content is valid; each file is
 * written beside its target first and renamed into place.
 */
export function exportContent(outDir: string, dataDir = defaultDataDir): { content: Content, files: string[] } {
  const content = loadContent(dataDir)
  const target = resolve(outDir)
  mkdirSync(target, { recursive: true })
  const files = {
    'content.json': content,
    'content.schema.json': contentJsonSchema(),
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
