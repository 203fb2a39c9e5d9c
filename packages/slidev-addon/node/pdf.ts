/**
 * Printing a page to PDF as the kit ships them: tagged (headings, reading
 * order, alt text), with an outline of bookmarks, the page's title and
 * language (Chromium takes both from the document), and written whole or not
 * at all.
 */
import type { Page } from 'playwright-core'
import { mkdirSync, renameSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'

export interface PrintOptions {
  /** A paper size (`Letter`, `A4`); unset, `size` or the page's CSS `@page` size rules. */
  format?: 'Letter' | 'A4'
  /** An exact page size in CSS units, e.g. a slide's `{ width: '980px', height: '551px' }`. */
  size?: { width: string, height: string }
  /** Pages to keep, e.g. `1-12`. */
  pageRanges?: string
}

export async function printPdf(page: Page, file: string, options: PrintOptions = {}): Promise<void> {
  mkdirSync(dirname(file), { recursive: true })
  const partial = join(dirname(file), `.${Date.now()}.partial.pdf`)
  try {
    await page.emulateMedia({ media: 'print' })
    await page.pdf({
      path: partial,
      tagged: true,
      outline: true,
      printBackground: true,
      ...(options.format ? { format: options.format } : options.size ? { ...options.size, margin: { top: 0, right: 0, bottom: 0, left: 0 } } : { preferCSSPageSize: true }),
      ...(options.pageRanges ? { pageRanges: options.pageRanges } : {}),
    })
    renameSync(partial, file)
  }
  finally {
    rmSync(partial, { force: true })
  }
}
