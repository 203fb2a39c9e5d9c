/**
 * Deck benchmark: for each deck, `slidev build` time (median of --runs) and
 * first-load JavaScript (what Chromium loads to show slide 1, raw and gzip),
 * beside a bare Slidev deck with the same number of slides built in the same
 * run. Not a test: it prints a table and writes bench/decks.json.
 *
 *   pnpm --filter @kit/tests bench:decks [--runs 3]
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { decksDir, loadDecks } from '../decks/decks.ts'
import { kb, loadedJs, timeCommand } from './measure.ts'

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } })
const runs = Number(values.runs)

interface Figures {
  name: string
  slides: number
  buildSeconds: number
  jsRaw: number
  jsGzip: number
  files: number
}

async function build(dir: string, name: string, base: string, slides: number): Promise<Figures> {
  const out = join(dir, '.bench-dist')
  const buildSeconds = timeCommand(join(dir, 'node_modules/.bin/slidev'), ['build', 'slides.md', '--base', base, '--out', out], dir, runs, () => rmSync(out, { recursive: true, force: true }))
  const js = await loadedJs(out, base, `${base}#/1`, page => page.locator('.slidev-layout').first().waitFor())
  rmSync(out, { recursive: true, force: true })
  return { name, slides, buildSeconds, jsRaw: js.raw, jsGzip: js.gzip, files: js.files }
}

/** A bare Slidev deck (default theme, no addon) with `slides` plain slides, sharing installed packages. */
function bareDeck(slides: number): string {
  const dir = mkdtempSync(join(decksDir, '.bench-bare-'))
  symlinkSync(join(decksDir, 'briefing/node_modules'), join(dir, 'node_modules'), 'dir')
  const body = Array.from({ length: slides - 1 }, (_, i) => `---\n\n# Slide ${i + 2}\n\nA paragraph of plain text on slide ${i + 2}.\n`).join('\n')
  writeFileSync(join(dir, 'slides.md'), `---\ntheme: default\ntitle: Bare deck\n---\n\n# Slide 1\n\nA bare deck for comparison.\n\n${body}`)
  return dir
}

async function measure() {
  const decks = await loadDecks()
  const rows: { deck: Figures, bare: Figures }[] = []
  for (const deck of decks) {
    process.stdout.write(`… ${deck.name} (${deck.slides} slides), ${runs} run(s) each\n`)
    const bareDir = bareDeck(deck.slides)
    try {
      rows.push({
        deck: await build(deck.dir, deck.name, `/decks/${deck.name}/`, deck.slides),
        bare: await build(bareDir, `bare ${deck.slides}-slide deck`, '/decks/bare/', deck.slides),
      })
    }
    finally {
      rmSync(bareDir, { recursive: true, force: true })
    }
  }
  return rows
}

function report(rows: { deck: Figures, bare: Figures }[]) {
  const lines = [
    `Deck builds, median of ${runs} run(s); ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}`,
    '',
    '| deck | slides | build (s) | JS to show slide 1, raw | gzip | bare deck build (s) | bare JS raw | bare gzip | JS gzip delta |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(({ deck, bare }) => `| ${deck.name} | ${deck.slides} | ${deck.buildSeconds.toFixed(1)} | ${kb(deck.jsRaw)} | ${kb(deck.jsGzip)} | ${bare.buildSeconds.toFixed(1)} | ${kb(bare.jsRaw)} | ${kb(bare.jsGzip)} | ${deck.jsGzip >= bare.jsGzip ? '+' : ''}${kb(deck.jsGzip - bare.jsGzip)} |`),
  ]
  process.stdout.write(`\n${lines.join('\n')}\n`)
  const outDir = new URL('./', import.meta.url)
  mkdirSync(outDir, { recursive: true })
  writeFileSync(new URL('decks.json', outDir), `${JSON.stringify({ runs, machine: { cpus: cpus().length, model: cpus()[0]?.model.trim(), node: process.version }, rows }, null, 2)}\n`)
}

measure().then(report, (error: Error) => {
  process.stderr.write(`✖ ${error.message}\n`)
  process.exitCode = 1
})
