/**
 * What a reader's PDF viewer and a screen reader get from a PDF the kit
 * ships: pages, page size, title, language, whether it is tagged (a
 * structure tree, marked content) and its bookmarks. Read with pdf-lib, so
 * the tests need no poppler.
 */
import { readFileSync } from 'node:fs'
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib'

export interface PdfFacts {
  pages: number
  /** Page size of the first page, in points. */
  size: { width: number, height: number }
  title: string | undefined
  lang: string | undefined
  tagged: boolean
  bookmarks: string[]
  /** The text alternatives of the tagged figures (`/Alt` in the structure tree), in reading order. */
  alts: string[]
}

const text = (value: unknown) => value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined

export async function readPdf(path: string): Promise<PdfFacts> {
  const pdf = await PDFDocument.load(readFileSync(path), { updateMetadata: false })
  const catalog = pdf.catalog
  const markInfo = catalog.lookup(PDFName.of('MarkInfo'))
  const marked = markInfo ? String((markInfo as PDFDict).get(PDFName.of('Marked'))) === 'true' : false
  // Depth first, nested bookmarks (a heading's subheadings) in reading order.
  const bookmarks: string[] = []
  const walk = (parent: PDFDict | undefined) => {
    for (let item = parent?.lookup(PDFName.of('First')) as PDFDict | undefined; item; item = item.lookup(PDFName.of('Next')) as PDFDict | undefined) {
      bookmarks.push(text(item.lookup(PDFName.of('Title'))) ?? '')
      walk(item)
    }
  }
  walk(catalog.lookup(PDFName.of('Outlines')) as PDFDict | undefined)
  // The structure tree: every element's `/Alt`, depth first.
  const alts: string[] = []
  const seen = new Set<unknown>()
  const visit = (node: unknown) => {
    if (seen.has(node))
      return
    seen.add(node)
    if (node instanceof PDFArray) {
      for (let i = 0; i < node.size(); i++)
        visit(node.lookup(i))
    }
    else if (node instanceof PDFDict) {
      const alt = text(node.lookup(PDFName.of('Alt')))
      if (alt)
        alts.push(alt)
      visit(node.lookup(PDFName.of('K')))
    }
  }
  visit((catalog.lookup(PDFName.of('StructTreeRoot')) as PDFDict | undefined)?.lookup(PDFName.of('K')))
  const { width, height } = pdf.getPage(0).getSize()
  return {
    pages: pdf.getPageCount(),
    size: { width, height },
    title: pdf.getTitle(),
    lang: text(catalog.lookup(PDFName.of('Lang'))),
    tagged: marked && catalog.has(PDFName.of('StructTreeRoot')),
    bookmarks,
    alts,
  }
}

/** Whether a page is `size`, within the 1–2 pt Chromium rounds A4 to. */
export const isSize = (page: PdfFacts['size'], size: PdfFacts['size']) => Math.abs(page.width - size.width) <= 2 && Math.abs(page.height - size.height) <= 2

/** US Letter and A4 in points, portrait or landscape. */
export const paper = {
  Letter: { width: 612, height: 792 },
  A4: { width: 595, height: 842 },
}

/** The text of each page, as a PDF reader extracts it (pdf.js), spaces collapsed. */
export async function pdfText(path: string): Promise<string[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const doc = await getDocument({ data: new Uint8Array(readFileSync(path)), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise
  const pages: string[] = []
  for (let i = 1; i <= doc.numPages; i++) {
    const { items } = await (await doc.getPage(i)).getTextContent()
    pages.push(items.map(item => ('str' in item ? `${item.str}${item.hasEOL ? ' ' : ''}` : '')).join('').replace(/\s+/g, ' ').trim())
  }
  await doc.destroy()
  return pages
}
