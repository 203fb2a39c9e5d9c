#!/usr/bin/env node
import type { ValidationResult } from './validate.ts'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
/**
 * `kit-content`: validate the content, export it, keep the JSON Schemas in
 * sync, and find a quote's range. A content mistake prints every problem and
 * exits 1; a usage mistake prints usage and exits 1; a bug prints its stack.
 */
import process from 'node:process'
import { parseArgs } from 'node:util'
import { ContentError, formatProblems } from './errors.ts'
import { checkContent, defaultDataDir, exportContent } from './fs.ts'
import { dataFileJsonSchemas } from './json-schema.ts'
import { lineOf } from './text.ts'

const usage = `Usage: kit-content <command> [options]

Commands:
  validate [--data DIR]            check every content file; print counts or every problem
  export --out DIR [--data DIR]    validate, then write content.json and content.schema.json
  schemas [--check]                write (or check) the editor JSON Schemas in schemas/
  locate "QUOTE" [--data DIR]      print the [start, end] range of a quote in the article
`

class UsageError extends Error {}

const schemasDir = resolve(defaultDataDir, '../schemas')

function counts(result: Extract<ValidationResult, { ok: true }>) {
  const { content } = result
  const rows: [string, number][] = [
    ['sentences', content.source.sentences.length],
    ['claims', content.claims.length],
    ['actors', content.actors.length],
    ['timeline events', content.timeline.length],
    ['glossary terms', content.glossary.length],
    ['perspectives', content.perspectives.length],
    ['questions', content.questions.length],
    ['lesson plans', content.lessonPlans.length],
  ]
  return rows.map(([name, n]) => `  ${String(n).padStart(3)} ${name}`).join('\n')
}

function run(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      data: { type: 'string' },
      out: { type: 'string' },
      check: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  const [command, ...rest] = positionals
  if (values.help || !command) {
    process.stdout.write(usage)
    return values.help ? 0 : 1
  }
  const dataDir = values.data ? resolve(values.data) : defaultDataDir

  switch (command) {
    case 'validate': {
      const started = performance.now()
      const result = checkContent(dataDir)
      const ms = Math.round(performance.now() - started)
      if (!result.ok) {
        process.stderr.write(`${formatProblems(result.problems)}\n`)
        return 1
      }
      process.stdout.write(`✔ content is valid (${ms} ms)\n${counts(result)}\n`)
      return 0
    }
    case 'export': {
      if (!values.out)
        throw new UsageError('export needs --out DIR')
      const { files } = exportContent(values.out, dataDir)
      process.stdout.write(`✔ wrote ${files.map(f => relative(process.cwd(), f)).join(', ')}\n`)
      return 0
    }
    case 'schemas': {
      const stale: string[] = []
      for (const [name, schema] of Object.entries(dataFileJsonSchemas())) {
        const path = join(schemasDir, name)
        const text = `${JSON.stringify(schema, null, 2)}\n`
        let current = ''
        try {
          current = readFileSync(path, 'utf8')
        }
        catch {}
        if (current === text)
          continue
        stale.push(name)
        if (!values.check) {
          mkdirSync(schemasDir, { recursive: true })
          writeFileSync(path, text)
        }
      }
      if (values.check && stale.length) {
        process.stderr.write(`✖ schemas/ is out of date with src/schema.ts: ${stale.join(', ')}.\n  Run \`pnpm --filter @kit/content schemas\` and commit the result.\n`)
        return 1
      }
      process.stdout.write(values.check ? '✔ schemas/ is up to date\n' : `✔ ${stale.length ? `updated ${stale.join(', ')}` : 'schemas/ already up to date'}\n`)
      return 0
    }
    case 'locate': {
      const quote = rest.join(' ')
      if (!quote)
        throw new UsageError('locate needs the quote to find')
      const text = readFileSync(join(dataDir, 'article.txt'), 'utf8')
      const found = text.indexOf(quote)
      if (found === -1) {
        process.stderr.write('✖ not found in data/article.txt (the article uses curly quotes ’ “ ”).\n')
        return 1
      }
      process.stdout.write(`range: [${found}, ${found + quote.length}]  # article line ${lineOf(text, found)}\n`)
      return 0
    }
    default:
      throw new UsageError(`unknown command \`${command}\``)
  }
}

try {
  process.exitCode = run(process.argv.slice(2))
}
catch (error) {
  if (error instanceof ContentError) {
    process.stderr.write(`${formatProblems(error.problems)}\n`)
  }
  else if (error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
    process.stderr.write(`✖ ${error.message}\n\n${usage}`)
  }
  else {
    throw error
  }
  process.exitCode = 1
}
