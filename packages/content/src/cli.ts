/**
 * `kit-content`: validate the content, export it, keep the JSON Schemas, the
 * editor mapping and the error reference in sync, and find a quote's range.
 */
import type { Cli } from './cli/run.ts'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import process from 'node:process'
import { runCli, UsageError } from './cli/run.ts'
import { counts } from './counts.ts'
import { ContentError, errorReference } from './errors.ts'
import { dataFileJsonSchemas, editorSchemaMap } from './json-schema.ts'
import { checkContent, defaultDataDir, exportContent } from './load.ts'
import { paths } from './paths.ts'
import { lineOf } from './text.ts'

const data = { data: { type: 'string' } } as const
const check = { check: { type: 'boolean' } } as const
const dataDir = (values: Record<string, unknown>) => typeof values.data === 'string' ? resolve(values.data) : defaultDataDir

/** Files generated from the source code, kept in the repository: written, or with `check`, compared. */
function generated(files: Record<string, string>, checkOnly: boolean, fix: string): number {
  const stale = Object.entries(files).filter(([path, text]) => !existsSync(path) || readFileSync(path, 'utf8') !== text).map(([path]) => path)
  const names = stale.map(path => relative(paths.root, path)).join(', ')
  if (checkOnly && stale.length) {
    process.stderr.write(`✖ out of date with the source: ${names}.\n  Run \`${fix}\` and commit the result.\n`)
    return 1
  }
  for (const path of checkOnly ? [] : stale) {
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, files[path]!)
  }
  process.stdout.write(`✔ ${stale.length === 0 ? 'up to date' : checkOnly ? '' : `updated ${names}`}\n`)
  return 0
}

/** The editor settings with `yaml.schemas` derived from the registry, other settings kept. */
function editorSettings(): string {
  const path = join(paths.root, '.vscode/settings.json')
  const settings = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown> : {}
  return `${JSON.stringify({ ...settings, 'yaml.schemas': editorSchemaMap() }, null, 2)}\n`
}

/** docs/errors.md: its prose up to the marker line is kept; the codes below it are generated. */
const errorsPage = join(paths.root, 'packages/content/docs/errors.md')
const marker = '<!-- The codes below are generated from src/errors.ts by `pnpm --filter @kit/content docs:errors`. -->'
function errorsPageText(): string {
  const head = existsSync(errorsPage) ? readFileSync(errorsPage, 'utf8').split(marker)[0] : '# Error reference\n\n'
  return `${head}${marker}\n\n${errorReference()}`
}

const cli: Cli = {
  name: 'kit-content',
  commands: {
    validate: {
      args: '[--data DIR]',
      description: 'check every content file; print counts or every problem',
      options: data,
      run({ values }) {
        const started = performance.now()
        const result = checkContent({ dataDir: dataDir(values), built: false })
        if (!result.ok)
          throw new ContentError(result.problems)
        process.stdout.write(`✔ content is valid (${Math.round(performance.now() - started)} ms)\n${counts(result.content)}\n`)
      },
    },
    export: {
      args: '--out DIR [--data DIR]',
      description: 'validate, then write content.json and content.schema.json',
      options: { ...data, out: { type: 'string' } },
      run({ values }) {
        if (typeof values.out !== 'string')
          throw new UsageError('export needs --out DIR')
        const { files } = exportContent(values.out, { dataDir: dataDir(values) })
        process.stdout.write(`✔ wrote ${files.map(f => relative(process.cwd(), f)).join(', ')}\n`)
      },
    },
    schemas: {
      args: '[--check]',
      description: 'write (or check) schemas/ and the editor mapping in .vscode/settings.json',
      options: check,
      run: ({ values }) => generated({
        ...Object.fromEntries(Object.entries(dataFileJsonSchemas()).map(([name, schema]) => [join(paths.contentSchemas, name), `${JSON.stringify(schema, null, 2)}\n`])),
        [join(paths.root, '.vscode/settings.json')]: editorSettings(),
      }, Boolean(values.check), 'pnpm --filter @kit/content schemas'),
    },
    errors: {
      args: '[--check]',
      description: 'write (or check) docs/errors.md, the reference of every error code',
      options: check,
      run: ({ values }) => generated({ [errorsPage]: errorsPageText() }, Boolean(values.check), 'pnpm --filter @kit/content docs:errors'),
    },
    locate: {
      args: '"QUOTE" [--data DIR]',
      description: 'print the [start, end] range of a quote in the article',
      options: data,
      run({ values, positionals }) {
        const quote = positionals.join(' ')
        if (!quote)
          throw new UsageError('locate needs the quote to find')
        const text = readFileSync(join(dataDir(values), 'article.txt'), 'utf8')
        const found = text.indexOf(quote)
        if (found === -1) {
          process.stderr.write('✖ not found in data/article.txt (the article uses curly quotes ’ “ ”).\n')
          return 1
        }
        process.stdout.write(`range: [${found}, ${found + quote.length}]  # article line ${lineOf(text, found)}\n`)
      },
    },
  },
}

await runCli(cli)
