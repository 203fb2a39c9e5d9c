import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from '@slidev/parser'
import JSZip from 'jszip'
import { afterAll, describe, expect, it } from 'vitest'
import { isSize, paper, readPdf } from '../pdf.ts'
import { deckCopy, loadDecks, removeDeckCopies } from './decks.ts'

const decks = await loadDecks()

afterAll(removeDeckCopies)

/** A copy of the briefing deck citing a wrong claim id: its folder, and the line and slide of the mistake. */
const wrong = await (async () => {
  const dir = deckCopy('<ClaimCard id="lukashenko-requested-help" />', '<ClaimCard id="lukashenko-requested-hepl" />')
  const markdown = readFileSync(join(dir, 'slides.md'), 'utf8')
  const { slides } = await parse(markdown, join(dir, 'slides.md'))
  return {
    dir,
    name: dir.split('/').at(-1)!,
    line: markdown.split('\n').findIndex(l => l.includes('requested-hepl')) + 1,
    // As Slidev numbers slides.
    slide: slides.findIndex(s => s.content.includes('requested-hepl')) + 1,
  }
})()

describe('a deck citing a wrong id', () => {
  const { dir, name, line, slide } = wrong

  it('fails `slidev build` with the file, slide, bad id and nearest ids, and writes nothing', () => {
    const result = spawnSync(join(dir, 'node_modules/.bin/slidev'), ['build', 'slides.md', '--out', 'dist'], { cwd: dir, encoding: 'utf8' })
    const output = result.stdout + result.stderr
    expect(result.status).not.toBe(0)
    expect(output).toContain(`decks/${name}/slides.md:${line}  deck → \`slide ${slide}\` → <ClaimCard id>  [UnknownReference]`)
    expect(output).toContain('unknown claim id `lukashenko-requested-hepl`.')
    expect(output).toContain('Did you mean `lukashenko-requested-help`?')
    expect(existsSync(join(dir, 'dist/index.html'))).toBe(false)
  })

  it('fails `kit-deck validate` with the same message', () => {
    const result = spawnSync(join(dir, 'node_modules/.bin/kit-deck'), ['validate'], { cwd: dir, encoding: 'utf8' })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(`decks/${name}/slides.md:${line}  deck → \`slide ${slide}\` → <ClaimCard id>  [UnknownReference]`)
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

describe('exported PDFs', () => {
  it.each(decks)('$name: slides.pdf and handout.pdf are tagged, titled, in English, one page and one bookmark per slide', async ({ dir, slides, title, uses }) => {
    const pdf = await readPdf(join(dir, 'dist/slides.pdf'))
    expect(pdf).toMatchObject({ pages: slides, title, lang: 'en', tagged: true })
    // 16:9, the slide's own size.
    expect(pdf.size.width / pdf.size.height).toBeCloseTo(16 / 9, 1)
    expect(pdf.bookmarks).toHaveLength(slides)
    expect(pdf.bookmarks[0]).toBe(`1. ${title}`)
    const handout = await readPdf(join(dir, 'dist/handout.pdf'))
    expect(handout).toMatchObject({ pages: slides, title: `${title}: handout with notes`, lang: 'en', tagged: true })
    expect(isSize(handout.size, { width: paper.A4.height, height: paper.A4.width })).toBe(true)
    expect(handout.bookmarks).toEqual(pdf.bookmarks)
    // The map keeps its text alternative in both.
    const maps = uses.filter(u => u.name === 'BelarusMap').length
    for (const file of [pdf, handout])
      expect(file.alts.filter(alt => alt.startsWith('Map: ')).length).toBe(maps)
  })
})

/** A note's first words as plain text: what any faithful rendering of it contains. */
function opening(note: string): string {
  const plain = note.replace(/<!--[\s\S]*?-->/g, '').replace(/[*_`#>[\]]|\(http[^)]*\)/g, '').replace(/\s+/g, ' ').trim()
  return plain.split(' ').slice(0, 6).join(' ')
}

describe('exported PowerPoint', () => {
  it.each(decks)('$name: slides.pptx has one slide per slide, each a picture with alt text, and the speaker notes as notes', async ({ dir, slides, notes }) => {
    const zip = await JSZip.loadAsync(readFileSync(join(dir, 'dist/slides.pptx')))
    const slideFiles = Object.keys(zip.files).filter(f => /^ppt\/slides\/slide\d+\.xml$/.test(f))
    expect(slideFiles).toHaveLength(slides)
    const xmlText = (xml: string) => xml.replace(/<[^>]+>/g, ' ').replace(/&apos;/g, '\'').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/\s+/g, ' ')
    for (let i = 1; i <= slides; i++) {
      const slide = await zip.file(`ppt/slides/slide${i}.xml`)!.async('string')
      expect(slide).toMatch(/descr="[^"]{20,}"/)
      const note = notes[i - 1]
      if (!note)
        continue
      const rels = await zip.file(`ppt/slides/_rels/slide${i}.xml.rels`)!.async('string')
      const notesFile = /notesSlides\/(notesSlide\d+\.xml)/.exec(rels)![1]
      const text = xmlText(await zip.file(`ppt/notesSlides/${notesFile}`)!.async('string'))
      expect(text, `slide ${i}'s notes`).toContain(opening(note))
    }
  })
})
