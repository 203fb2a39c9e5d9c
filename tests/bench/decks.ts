/**
 * Deck builds: for each deck, `slidev build` time and first-load JavaScript
 * (what Chromium loads to show slide 1, raw and gzip), beside a bare Slidev
 * deck (default theme, no addon) with the same number of slides, built in the
 * same run; and PDF export seconds per slide. A second bare deck carries the
 * deck's own speaker notes (Slidev puts every slide's notes in the first
 * chunk), so the gap between the two bare decks is the cost of the notes and
 * the rest is the kit's.
 */
import type { JsWeight, Timing } from './measure.ts'
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import preparser from '@kit/slidev-addon/preparser'
import { parse } from '@slidev/parser'
import { decksDir, loadDecks } from '../decks/decks.ts'
import { loadedJs, timeCommand } from './measure.ts'

export interface DeckBuild {
  name: string
  slides: number
  build: Timing
  js: JsWeight
}

export interface DeckFigures {
  deck: DeckBuild
  bare: DeckBuild
  /** A bare deck with the same slide count and the deck's own speaker notes. */
  bareWithNotes: DeckBuild
  /** `kit-deck export`: slides.pdf and handout.pdf. */
  export: Timing & { perSlide: number }
}

async function build(dir: string, name: string, base: string, slides: number, runs: number, offline = true): Promise<DeckBuild> {
  const out = join(dir, '.bench-dist')
  const slidev = join(dir, 'node_modules/.bin/slidev')
  const timing = timeCommand(slidev, ['build', 'slides.md', '--base', base, '--out', out], dir, runs, () => rmSync(out, { recursive: true, force: true }))
  const [js] = await loadedJs(out, base, [`${base}#/1`], page => page.locator('.slidev-layout').first().waitFor(), offline)
  rmSync(out, { recursive: true, force: true })
  return { name, slides, build: timing, js: js! }
}

/**
 * A bare Slidev deck with `slides` plain slides, sharing the installed
 * packages; with `notes`, slide i carries notes[i] as its speaker notes.
 */
function bareDeck(slides: number, notes: string[] = []): string {
  const dir = mkdtempSync(join(decksDir, '.bench-bare-'))
  symlinkSync(join(decksDir, 'briefing/node_modules'), join(dir, 'node_modules'), 'dir')
  const note = (i: number) => notes[i] ? `\n<!--\n${notes[i]}\n-->\n` : ''
  const body = Array.from({ length: slides - 1 }, (_, i) => `---\n\n# Slide ${i + 2}\n\nA paragraph of plain text on slide ${i + 2}.\n${note(i + 1)}`).join('\n')
  writeFileSync(join(dir, 'slides.md'), `---\ntheme: default\ntitle: Bare deck\n---\n\n# Slide 1\n\nA bare deck for comparison.\n${note(0)}\n${body}`)
  return dir
}

/** Each slide's speaker notes as the built deck has them: the deck's own, plus what the addon writes from the content. */
async function builtNotes(dir: string): Promise<string[]> {
  const file = join(dir, 'slides.md')
  const markdown = readFileSync(file, 'utf8')
  const headmatter = (await parse(markdown, file)).slides[0]?.frontmatter ?? {}
  const { slides } = await parse(markdown, file, await preparser({ filepath: file, headmatter, mode: 'build' }))
  return slides.map(slide => slide.note ?? '')
}

export async function benchDecks(runs: number, log: (line: string) => void): Promise<DeckFigures[]> {
  const rows: DeckFigures[] = []
  for (const deck of await loadDecks()) {
    log(`deck ${deck.name} (${deck.slides} slides) and a bare ${deck.slides}-slide deck, ${runs} builds each`)
    const bareDir = bareDeck(deck.slides)
    const notesDir = bareDeck(deck.slides, await builtNotes(deck.dir))
    try {
      const kit = await build(deck.dir, deck.name, `/decks/${deck.name}/`, deck.slides, runs)
      const bare = await build(bareDir, `bare ${deck.slides}-slide deck`, '/decks/bare/', deck.slides, runs, false)
      log(`a bare ${deck.slides}-slide deck with ${deck.name}'s speaker notes, ${runs} builds`)
      const bareWithNotes = await build(notesDir, `bare ${deck.slides}-slide deck with notes`, '/decks/bare/', deck.slides, runs, false)
      log(`deck ${deck.name}: PDF export, ${runs} runs`)
      const exported = timeCommand(join(deck.dir, 'node_modules/.bin/kit-deck'), ['export'], deck.dir, runs)
      rows.push({ deck: kit, bare, bareWithNotes, export: { ...exported, perSlide: exported.median / deck.slides } })
    }
    finally {
      rmSync(bareDir, { recursive: true, force: true })
      rmSync(notesDir, { recursive: true, force: true })
    }
  }
  return rows
}
