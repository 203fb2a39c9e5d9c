import type { Buffer } from 'node:buffer'
/**
 * Export of a built deck, from the deck itself served locally (no dev
 * server): `slides.pdf` (tagged, one bookmark per slide), `handout.pdf`
 * (each slide beside its notes) and `slides.pptx` (each slide as a picture
 * with its visible text as alt text, the speaker notes as notes).
 */
import type { Page } from 'playwright-core'
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { deckBase } from '@kit/content/node'
import { PDFDocument, PDFHexString, PDFName } from 'pdf-lib'
import { chromium } from 'playwright-core'
import PptxGenJS from 'pptxgenjs'
import { chromiumArgs, evaluateShim, findChromium } from './chromium.ts'
import { printPdf } from './pdf.ts'
import { serveStatic } from './serve.ts'

export interface ExportResult {
  slides: string
  handout: string
  pptx: string
  pages: number
  seconds: number
}

/** What the `/slides-print` route says of each slide. */
export interface PrintedSlide {
  no: number
  title: string
  /** The speaker notes as plain text, paragraphs on their own lines. */
  notes: string
  /** Everything the slide shows, as text: the picture's alt text in the PPTX. */
  text: string
}

async function readSlides(page: Page): Promise<{ width: number, height: number, title: string, slides: PrintedSlide[] }> {
  return page.evaluate(() => {
    const toText = (html: string) => {
      const doc = new DOMParser().parseFromString(html.replace(/<\/(p|li|h\d|div)>|<br\s*\/?>/g, '$&\n'), 'text/html')
      return (doc.body.textContent ?? '').split('\n').map(line => line.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n')
    }
    const pages = [...document.querySelectorAll<HTMLElement>('.SlidesPrint__page')]
    const first = pages[0]!.getBoundingClientRect()
    return {
      width: Math.round(first.width),
      height: Math.round(first.height),
      title: document.title,
      slides: pages.map(page => ({
        no: Number(page.dataset.no),
        title: page.dataset.title || `Slide ${page.dataset.no}`,
        notes: toText(page.dataset.note ?? ''),
        // innerText: the text as laid out, one line per block, which is what a reader of the picture sees.
        // eslint-disable-next-line unicorn/prefer-dom-node-text-content
        text: (page.innerText || '').split('\n').map(line => line.trim()).filter(Boolean).join(' '),
      })),
    }
  })
}

/** One bookmark per slide, `3. The ask`, replacing Chromium's heading outline (which skips slides without a heading). */
async function bookmarkSlides(file: string, slides: PrintedSlide[]): Promise<void> {
  const pdf = await PDFDocument.load(readFileSync(file), { updateMetadata: false })
  const pages = pdf.getPages()
  const { context } = pdf
  const outlines = context.nextRef()
  const refs = slides.map(() => context.nextRef())
  slides.forEach((slide, i) => {
    context.assign(refs[i]!, context.obj({
      Title: PDFHexString.fromText(`${slide.no}. ${slide.title}`),
      Parent: outlines,
      Dest: [pages[i]!.ref, 'Fit'],
      ...(i > 0 ? { Prev: refs[i - 1]! } : {}),
      ...(i < slides.length - 1 ? { Next: refs[i + 1]! } : {}),
    }))
  })
  context.assign(outlines, context.obj({ Type: 'Outlines', First: refs[0]!, Last: refs.at(-1)!, Count: slides.length }))
  pdf.catalog.set(PDFName.of('Outlines'), outlines)
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
  writeFileSync(file, await pdf.save())
}

async function writePptx(file: string, title: string, size: { width: number, height: number }, slides: Array<PrintedSlide & { png: Buffer }>): Promise<void> {
  const pptx = new PptxGenJS()
  const inches = { w: size.width / 96, h: size.height / 96 }
  pptx.defineLayout({ name: 'deck', width: inches.w, height: inches.h })
  pptx.layout = 'deck'
  pptx.title = title
  pptx.company = 'Belarus briefing kit'
  for (const slide of slides) {
    const out = pptx.addSlide()
    out.addImage({ data: `data:image/png;base64,${slide.png.toString('base64')}`, x: 0, y: 0, ...inches, altText: slide.text })
    if (slide.notes)
      out.addNotes(slide.notes)
  }
  const partial = `${file}.partial`
  writeFileSync(partial, await pptx.write({ outputType: 'nodebuffer' }) as Buffer)
  renameSync(partial, file)
}

export async function exportDeck(root: string): Promise<ExportResult> {
  const started = performance.now()
  const dist = join(root, 'dist')
  if (!existsSync(join(dist, 'index.html')))
    throw new Error(`${basename(root)} is not built yet: run \`pnpm build\` first.`)
  const files = { slides: join(dist, 'slides.pdf'), handout: join(dist, 'handout.pdf'), pptx: join(dist, 'slides.pptx') }
  const base = deckBase(basename(root))
  const server = await serveStatic({ [base]: dist })
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs })
  try {
    // Twice the pixels for the PPTX pictures; the PDFs are vector either way.
    const context = await browser.newContext({ deviceScaleFactor: 2, viewport: { width: 1280, height: 800 } })
    await context.route(url => !url.href.startsWith(server.origin), route => route.abort())
    await context.addInitScript(evaluateShim)
    const page = await context.newPage()

    await page.goto(`${server.origin}${base}#/slides-print`)
    await page.locator('.SlidesPrint--ready').waitFor({ timeout: 60_000 })
    // Components that load with their slide (the map) are in before printing.
    await page.waitForLoadState('networkidle')
    const deck = await readSlides(page)
    const pictures = []
    for (const [i, slide] of deck.slides.entries())
      pictures.push({ ...slide, png: await page.locator('.SlidesPrint__page').nth(i).screenshot({ animations: 'disabled' }) })
    await printPdf(page, files.slides, { size: { width: `${deck.width}px`, height: `${deck.height}px` }, pageRanges: `1-${deck.slides.length}` })
    await bookmarkSlides(files.slides, deck.slides)
    await writePptx(files.pptx, deck.title, deck, pictures)

    await page.goto(`${server.origin}${base}#/handout`)
    await page.locator('.Handout--ready').waitFor({ timeout: 60_000 })
    await page.waitForLoadState('networkidle')
    await page.evaluate((title) => {
      document.title = `${title}: handout with notes`
    }, deck.title)
    // One page per slide by construction; Slidev's app shell after the pages must not add a blank one.
    await printPdf(page, files.handout, { pageRanges: `1-${deck.slides.length}` })
    await bookmarkSlides(files.handout, deck.slides)
    return { ...files, pages: deck.slides.length, seconds: (performance.now() - started) / 1000 }
  }
  catch (error) {
    // No half export: a deck has all three files from one run, or none.
    for (const file of Object.values(files))
      rmSync(file, { force: true })
    throw error
  }
  finally {
    await browser.close()
    await server.close()
  }
}
