import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { afterAll, describe, expect, it } from 'vitest'
import { decksDir, loadDecks } from './decks.ts'

const decks = await loadDecks()

/** A throwaway copy of the briefing deck inside decks/, sharing its installed dependencies. */
function brokenDeck(from: string, to: string): string {
  const dir = mkdtempSync(join(decksDir, '.test-broken-'))
  cpSync(join(decksDir, 'briefing/slides.md'), join(dir, 'slides.md'))
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'test-broken-deck', private: true, type: 'module' })}\n`)
  symlinkSync(join(decksDir, 'briefing/node_modules'), join(dir, 'node_modules'), 'dir')
  const markdown = readFileSync(join(dir, 'slides.md'), 'utf8')
  expect(markdown).toContain(from)
  writeFileSync(join(dir, 'slides.md'), markdown.replace(from, to))
  return dir
}

const temps: string[] = []
afterAll(() => temps.forEach(dir => rmSync(dir, { recursive: true, force: true })))

describe('a deck citing a wrong id', () => {
  const dir = brokenDeck('<ClaimCard id="lukashenko-requested-help" />', '<ClaimCard id="lukashenko-requested-hepl" />')
  temps.push(dir)
  const name = dir.split('/').at(-1)!
  const line = readFileSync(join(dir, 'slides.md'), 'utf8').split('\n').findIndex(l => l.includes('requested-hepl')) + 1

  it('fails `slidev build` with the file, slide, bad id and nearest ids, and writes nothing', () => {
    const result = spawnSync(join(dir, 'node_modules/.bin/slidev'), ['build', 'slides.md', '--out', 'dist'], { cwd: dir, encoding: 'utf8' })
    const output = result.stdout + result.stderr
    expect(result.status).not.toBe(0)
    expect(output).toContain(`decks/${name}/slides.md:${line}  deck → \`slide 4\` → <ClaimCard id>  [UnknownReference]`)
    expect(output).toContain('unknown claim id `lukashenko-requested-hepl`.')
    expect(output).toContain('Did you mean `lukashenko-requested-help`?')
    expect(existsSync(join(dir, 'dist/index.html'))).toBe(false)
  })

  it('fails `kit-deck validate` with the same message', () => {
    const result = spawnSync(join(dir, 'node_modules/.bin/kit-deck'), ['validate'], { cwd: dir, encoding: 'utf8' })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(`decks/${name}/slides.md:${line}  deck → \`slide 4\` → <ClaimCard id>  [UnknownReference]`)
    expect(result.stderr).toContain('Did you mean `lukashenko-requested-help`?')
  })
})

describe('built decks', () => {
  it.each(decks)('$name is built for /decks/$name/ and ships no zod, Monaco or extra Shiki languages', ({ name, dir }) => {
    const html = readFileSync(join(dir, 'dist/index.html'), 'utf8')
    expect(html).toContain(`src="/decks/${name}/assets/`)
    const assets = spawnSync('grep', ['-rlE', 'ZodError|monaco-editor|"scopeName"', join(dir, 'dist/assets')], { encoding: 'utf8' })
    expect(assets.stdout.trim()).toBe('')
  })
})

async function pdfPages(path: string): Promise<number> {
  return (await PDFDocument.load(readFileSync(path))).getPageCount()
}

describe('exported PDFs', () => {
  it.each(decks)('$name has one slides page and one handout page per slide', async ({ dir, slides }) => {
    expect(await pdfPages(join(dir, 'dist/slides.pdf'))).toBe(slides)
    expect(await pdfPages(join(dir, 'dist/handout.pdf'))).toBe(slides)
  })
})
