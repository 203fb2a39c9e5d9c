/**
 * Deck builds: for each deck, `slidev build` time and first-load JavaScript
 * (what Chromium loads to show slide 1, raw and gzip), beside a bare Slidev
 * deck (default theme, no addon) with the same number of slides, built in the
 * same run; and PDF export seconds per slide.
 */
import type { JsWeight, Timing } from './measure.ts'
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
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

/** A bare Slidev deck with `slides` plain slides, sharing the installed packages. */
function bareDeck(slides: number): string {
  const dir = mkdtempSync(join(decksDir, '.bench-bare-'))
  symlinkSync(join(decksDir, 'briefing/node_modules'), join(dir, 'node_modules'), 'dir')
  const body = Array.from({ length: slides - 1 }, (_, i) => `---\n\n# Slide ${i + 2}\n\nA paragraph of plain text on slide ${i + 2}.\n`).join('\n')
  writeFileSync(join(dir, 'slides.md'), `---\ntheme: default\ntitle: Bare deck\n---\n\n# Slide 1\n\nA bare deck for comparison.\n\n${body}`)
  return dir
}

export async function benchDecks(runs: number, log: (line: string) => void): Promise<DeckFigures[]> {
  const rows: DeckFigures[] = []
  for (const deck of await loadDecks()) {
    log(`deck ${deck.name} (${deck.slides} slides) and a bare ${deck.slides}-slide deck, ${runs} builds each`)
    const bareDir = bareDeck(deck.slides)
    try {
      const kit = await build(deck.dir, deck.name, `/decks/${deck.name}/`, deck.slides, runs)
      const bare = await build(bareDir, `bare ${deck.slides}-slide deck`, '/decks/bare/', deck.slides, runs, false)
      log(`deck ${deck.name}: PDF export, ${runs} runs`)
      const exported = timeCommand(join(deck.dir, 'node_modules/.bin/kit-deck'), ['export'], deck.dir, runs)
      rows.push({ deck: kit, bare, export: { ...exported, perSlide: exported.median / deck.slides } })
    }
    finally {
      rmSync(bareDir, { recursive: true, force: true })
    }
  }
  return rows
}
