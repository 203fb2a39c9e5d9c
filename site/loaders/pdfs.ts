/**
 * Which PDFs of a deck the site links to. A plain build links none, so that
 * pages built while the decks build never depend on what an earlier export
 * left behind; the export (KIT_SITE_PDFS=1) links both and requires them; the
 * dev server links whatever exists.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { paths } from '@kit/content/node'

export interface DeckPdf { file: string, label: string }

const all: DeckPdf[] = [
  { file: 'slides.pdf', label: 'Slides (PDF)' },
  { file: 'handout.pdf', label: 'Handout with notes (PDF)' },
]

export type PdfMode = 'none' | 'present' | 'require'

function pdfMode(): PdfMode {
  if (process.env.KIT_SITE_PDFS === '1')
    return 'require'
  // Not `dev` from content.ts: collect.ts imports this file and needs no content.
  return process.argv.includes('dev') ? 'present' : 'none'
}

export function deckPdfs(deck: string, mode: PdfMode = pdfMode()): DeckPdf[] {
  if (mode === 'none')
    return []
  const present = all.filter(pdf => existsSync(join(paths.decks, deck, 'dist', pdf.file)))
  if (mode === 'require' && present.length < all.length) {
    const missing = all.filter(pdf => !present.includes(pdf)).map(pdf => `decks/${deck}/dist/${pdf.file}`)
    throw new Error(`${missing.join(', ')} missing: run \`pnpm export\` at the root, which exports every deck before the site.`)
  }
  return present
}
