/**
 * Which exported files of a deck (PDFs, PowerPoint) the site links to. A plain build links none, so that
 * pages built while the decks build never depend on what an earlier export
 * left behind; the export (KIT_SITE_PDFS=1) links both and requires them; the
 * dev server links whatever exists.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { paths } from '@kit/content/node'

export interface DeckFile { file: string, label: string }

const all: DeckFile[] = [
  { file: 'slides.pdf', label: 'Slides (PDF)' },
  { file: 'handout.pdf', label: 'Handout with notes (PDF)' },
  { file: 'slides.pptx', label: 'Slides with notes (PowerPoint)' },
]

export type PdfMode = 'none' | 'present' | 'require'

function pdfMode(): PdfMode {
  if (process.env.KIT_SITE_PDFS === '1')
    return 'require'
  // Not `dev` from content.ts: collect.ts imports this file and needs no content.
  return process.argv.includes('dev') ? 'present' : 'none'
}

export function deckFiles(deck: string, mode: PdfMode = pdfMode()): DeckFile[] {
  if (mode === 'none')
    return []
  const present = all.filter(pdf => existsSync(join(paths.decks, deck, 'dist', pdf.file)))
  if (mode === 'require' && present.length < all.length) {
    const missing = all.filter(pdf => !present.includes(pdf)).map(pdf => `decks/${deck}/dist/${pdf.file}`)
    throw new Error(`${missing.join(', ')} missing: run \`pnpm export\` at the root, which exports every deck before the site.`)
  }
  return present
}

/** A PDF printed from one of the site's pages (a material, a lesson, a handout) by `pnpm export`. */
export interface PagePdf { path: string, label: string, format: 'Letter' | 'A4' }

/**
 * The PDFs of a page: `<page>.pdf` (US Letter) and `<page>.a4.pdf`. Linked only
 * by the export build, which prints them from the pages it has just built
 * (scripts/print.ts) and fails if one is missing.
 */
export function pagePdfs(page: string, mode: PdfMode = pdfMode()): PagePdf[] {
  if (mode !== 'require')
    return []
  return [
    { path: `${page}.pdf`, label: 'PDF (US Letter)', format: 'Letter' },
    { path: `${page}.a4.pdf`, label: 'PDF (A4)', format: 'A4' },
  ]
}
