import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { collections } from '@kit/content/node'
import { afterAll, describe, expect, it } from 'vitest'

const contentPackage = fileURLToPath(new URL('../../packages/content/', import.meta.url))
const root = fileURLToPath(new URL('../../', import.meta.url))
const cli = join(contentPackage, 'bin/kit-content.mjs')
const work = mkdtempSync(join(tmpdir(), 'kit-cli-'))

afterAll(() => rmSync(work, { recursive: true, force: true }))

/** Runs the content CLI as `pnpm validate` does, through its launcher. */
function run(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: contentPackage, encoding: 'utf8' })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** A copy of the real data with one text replacement, as a contributor's mistake. */
function realDataWith(file: string, from: string, to: string): string {
  const dir = mkdtempSync(join(work, 'data-'))
  const data = join(dir, 'data')
  cpSync(join(contentPackage, 'data'), data, { recursive: true })
  const text = readFileSync(join(data, file), 'utf8')
  expect(text).toContain(from)
  writeFileSync(join(data, file), text.replace(from, to))
  return data
}

describe('kit-content validate', () => {
  it('passes on the real content and prints counts per entity', () => {
    const { code, stdout } = run('validate')
    expect(code).toBe(0)
    expect(stdout).toMatch(/✔ content is valid/)
    for (const entity of ['sentences', 'claims', 'actors', 'timeline events', 'glossary terms', 'perspectives', 'questions', 'lesson plans'])
      expect(stdout).toMatch(new RegExp(`\\d+ ${entity}`))
  })

  it('fails on a misspelt counterpoint with file:line, claim id, field and a suggestion', () => {
    const data = realDataWith('claims.yaml', 'counterpoints: [putin-risk-averse]', 'counterpoints: [putin-risk-avers]')
    const { code, stderr } = run('validate', '--data', data)
    expect(code).toBe(1)
    expect(stderr).toMatch(/✖ data\/claims\.yaml:\d+ {2}claims → `putin-risk-realist` → counterpoints\[\d\] {2}\[UnknownReference\]/)
    expect(stderr).toContain('Did you mean `putin-risk-averse`?')
    expect(stderr).toMatch(/1 problem in 1 file\./)
  })

  it('fails on a quote with a straight apostrophe and says why', () => {
    const data = realDataWith('claims.yaml', 'quote: It hasn’t worked.', 'quote: It hasn\'t worked.')
    const { code, stderr } = run('validate', '--data', data)
    expect(code).toBe(1)
    expect(stderr).toMatch(/claims → `intimidation-failed` → quote {2}\[QuoteNotInSource\]/)
    expect(stderr).toContain('curly quotes')
  })

  it('prints usage for an unknown command or option and exits 2', () => {
    for (const args of [['valdate'], ['validate', '--dta', 'x'], []]) {
      const { code, stderr } = run(...args)
      expect(code, args.join(' ')).toBe(2)
      expect(stderr).toMatch(/^✖ (?:unknown command `valdate`|Unknown option '--dta'|no command given)/)
      expect(stderr).toContain('Usage: kit-content')
    }
  })
})

describe('kit-content export', () => {
  it('writes content.json with one top-level key per collection, as the registry lists them', () => {
    const out = join(work, 'out')
    expect(run('export', '--out', out).code).toBe(0)
    const content = JSON.parse(readFileSync(join(out, 'content.json'), 'utf8'))
    expect(Object.keys(content)).toEqual(['article', ...Object.keys(collections)])
    expect(Object.keys(content)).toContain('materials')
  })

  it('writes nothing when the content is invalid', () => {
    const data = realDataWith('timeline.yaml', 'date: 2020-08-09', 'date: 2020-08-32')
    const out = join(work, 'never')
    const { code, stderr } = run('export', '--out', out, '--data', data)
    expect(code).toBe(1)
    expect(stderr).toMatch(/timeline → `election-day` → date/)
    expect(existsSync(out)).toBe(false)
  })
})

describe('the build output', () => {
  it('is the validated content, ready for the site to publish', () => {
    const built = JSON.parse(readFileSync(join(contentPackage, 'dist/content.json'), 'utf8'))
    expect(built.article.text).toBe(readFileSync(join(contentPackage, 'data/article.txt'), 'utf8'))
    expect(built.claims.length).toBeGreaterThanOrEqual(25)
    expect(existsSync(join(contentPackage, 'dist/content.schema.json'))).toBe(true)
  })
})

describe('every kit command line behaves alike (one runner)', () => {
  const tools = {
    'kit-content': [join(contentPackage, 'bin/kit-content.mjs'), contentPackage],
    'kit-deck': [join(root, 'packages/slidev-addon/node/bin.mjs'), join(root, 'decks/briefing')],
    'pnpm new:deck': [join(root, 'packages/create-deck/src/bin.mjs'), root],
  } as const

  it.each(Object.entries(tools))('%s: --help prints usage and exits 0; a wrong option prints it and exits 2', (name, [bin, cwd]) => {
    const help = spawnSync(process.execPath, [bin, ...(name === 'pnpm new:deck' ? [] : ['validate']), '--help'], { cwd, encoding: 'utf8' })
    expect(help.status).toBe(0)
    expect(help.stdout).toContain(`Usage: ${name}`)
    const wrong = spawnSync(process.execPath, [bin, ...(name === 'pnpm new:deck' ? [] : ['validate']), '--no-such-option'], { cwd, encoding: 'utf8' })
    expect(wrong.status).toBe(2)
    expect(wrong.stderr).toMatch(/^✖ Unknown option '--no-such-option'/)
    expect(wrong.stderr).toContain(`Usage: ${name}`)
  })
})
