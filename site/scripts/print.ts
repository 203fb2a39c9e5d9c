/**
 * `pnpm export`, after the pages: prints each material, each lesson's
 * teacher edition and each student handout from the built site to PDF, in
 * US Letter (`<page>.pdf`) and A4 (`<page>.a4.pdf`), tagged, with bookmarks,
 * title and language. The pages link these files (KIT_SITE_PDFS=1).
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { createContentIndex } from '@kit/content'
import { loadContent, paths, siteBase } from '@kit/content/node'
import { chromiumArgs, findChromium, printPdf, serveStatic } from '@kit/slidev-addon/node'
import { chromium } from 'playwright-core'
import { pagePdfs } from '../loaders/pdfs.ts'

const dist = paths.siteDist
if (!existsSync(join(dist, 'index.html'))) {
  process.stderr.write('✖ site/.vitepress/dist has no pages yet; run `pnpm export` at the root.\n')
  process.exit(1)
}

const kit = createContentIndex(loadContent())
const pages = [
  ...kit.content.materials.map(m => `/materials/${m.id}`),
  ...kit.content.lessons.flatMap(l => [`/lessons/${l.id}`, `/lessons/${l.id}-handout`]),
]

const started = performance.now()
const base = siteBase()
const server = await serveStatic({ [base]: dist })
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs })
let printed = 0
try {
  const context = await browser.newContext({ javaScriptEnabled: false })
  // Offline by construction: a page that needs the network prints without it.
  await context.route(url => !url.href.startsWith(server.origin), route => route.abort())
  const page = await context.newPage()
  for (const path of pages) {
    const response = await page.goto(`${server.origin}${base}${path.slice(1)}`)
    if (!response?.ok())
      throw new Error(`${path}: the built site answers ${response?.status()}`)
    for (const pdf of pagePdfs(path, 'require')) {
      await printPdf(page, join(dist, pdf.path), { format: pdf.format })
      printed++
    }
  }
}
finally {
  await browser.close()
  await server.close()
}
process.stdout.write(`✔ printed ${printed} PDFs of ${pages.length} pages (US Letter and A4) in ${((performance.now() - started) / 1000).toFixed(1)} s\n`)
