/**
 * Site build: `vitepress build` of the teaching site beside a bare VitePress
 * site (default theme, no data) with the same number of pages, built in the
 * same run, and the JavaScript Chromium loads to show each type of page
 * beside a page of the bare site. A second bare site is given the site's own
 * pages as plain markdown (the text the kit generates, without its theme,
 * loaders or components): the gap between the two bare sites is the cost of
 * the text itself, the rest is the kit's.
 */
import type { PageScore } from './lighthouse.ts'
import type { JsWeight, Timing } from './measure.ts'
import { Buffer } from 'node:buffer'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { siteDist, sitePages } from '../site/site.ts'
import { lighthouseScores } from './lighthouse.ts'
import { loadedJs, run, timeCommand } from './measure.ts'

const siteDir = fileURLToPath(new URL('../../site/', import.meta.url))
const vitepress = join(siteDir, 'node_modules/.bin/vitepress')

/** One page of each type the site has (claim and lesson pages come from dynamic routes). */
export const pageTypes = [
  ['home', '/'],
  ['lesson plan (teacher edition)', '/lessons/single-period'],
  ['student handout', '/lessons/single-period-handout'],
  ['annotated article', '/article'],
  ['claims index', '/claims/'],
  ['claim', '/claims/sanctions-pledge'],
  ['questions', '/questions'],
  ['glossary', '/glossary'],
  ['timeline', '/timeline'],
  ['perspectives', '/perspectives'],
  ['decks gallery', '/decks/'],
  ['open data', '/data'],
  ['sources', '/sources'],
  ['corrections', '/corrections'],
  ['printable material', '/materials/claim-sort-worksheet'],
] as const

export interface SiteFigures {
  pages: number
  site: Timing
  bare: Timing
  barePages: number
  /** A bare site given the site's own pages as plain markdown. */
  sameText: Timing & { pages: number, markdownBytes: number }
  js: Array<{ type: string, path: string } & JsWeight>
  bareJs: { home: JsWeight, page: JsWeight }
  /** Lighthouse (mobile, served with gzip) for each page type, and the bare site's home and plain page. */
  lighthouse: Array<{ type: string } & PageScore>
  bareLighthouse: { home: PageScore, page: PageScore }
}

/** A bare VitePress site with `count` plain pages, inside the site package so it finds VitePress. */
function bareSite(count: number): string {
  const dir = mkdtempSync(join(siteDir, '.bench-bare-'))
  mkdirSync(join(dir, '.vitepress'))
  writeFileSync(join(dir, '.vitepress/config.mts'), `export default { title: 'Bare', cleanUrls: true }\n`)
  writeFileSync(join(dir, 'index.md'), '# Bare site\n\nA bare VitePress site for comparison.\n')
  for (let i = 1; i < count; i++)
    writeFileSync(join(dir, `page-${i}.md`), `# Page ${i}\n\n## A section\n\nA paragraph of plain text on page ${i}.\n\n- one\n- two\n`)
  return dir
}

/** Tags of the kit's theme components (`<ClaimFilters …/>`, `</KitMap>`): a bare site has none. */
const componentTag = /<\/?[A-Z][\w-]*(?:\s[^>]*)?>/g

/**
 * A bare VitePress site with the teaching site's own pages: each page's
 * markdown as VitePress resolves it (dynamic routes' generated text included),
 * with `<script setup>` blocks and theme component tags taken out. The few
 * hand-written pages that draw lists from data loaders in their template get
 * their built text instead (read from the site's output, so build it first).
 */
/** The text a built page shows (its `.vp-doc` block), as HTML VitePress passes through untouched. */
function builtText(page: string): string {
  const html = readFileSync(join(siteDist, page.replace(/\.md$/, '.html')), 'utf8')
  const text = /class="vp-doc[^"]*"[^>]*><div>([\s\S]*)<\/div><\/div><\/main>/.exec(html)?.[1]
  if (!text)
    throw new Error(`no .vp-doc block in the built ${page}: build the site first`)
  return `<div v-pre>\n\n${text}\n\n</div>\n`
}

export async function sameTextSite(): Promise<{ dir: string, pages: number, markdownBytes: number }> {
  const require = createRequire(join(siteDir, 'package.json'))
  // VitePress is the site's dependency, not the tests': import it from there, typed by what is used.
  const { resolveConfig } = await import(pathToFileURL(require.resolve('vitepress')).href) as {
    resolveConfig: (root: string, command: 'build', mode: string) => Promise<{
      pages: string[]
      dynamicRoutes: { routes: Array<{ path: string, content?: string }> }
    }>
  }
  const config = await resolveConfig(siteDir, 'build', 'production')
  const generated = new Map(config.dynamicRoutes.routes.map(route => [route.path, route.content ?? '']))
  const dir = mkdtempSync(join(siteDir, '.bench-same-text-'))
  mkdirSync(join(dir, '.vitepress'))
  writeFileSync(join(dir, '.vitepress/config.mts'), `export default { title: 'Bare', cleanUrls: true }\n`)
  let markdownBytes = 0
  for (const page of config.pages) {
    const source = generated.get(page) ?? readFileSync(join(siteDir, page), 'utf8')
    const markdown = (source.includes('<script setup') && !generated.has(page) ? builtText(page) : source)
      .replace(/<script setup[\s\S]*?<\/script>/g, '')
      .replace(componentTag, '')
    markdownBytes += Buffer.byteLength(markdown)
    mkdirSync(dirname(join(dir, page)), { recursive: true })
    writeFileSync(join(dir, page), markdown)
  }
  return { dir, pages: config.pages.length, markdownBytes }
}

export async function benchSite(runs: number, log: (line: string) => void): Promise<SiteFigures> {
  const pages = sitePages().length
  log(`site (${pages} pages) and a bare ${pages}-page VitePress site, ${runs} builds each`)
  const site = timeCommand(vitepress, ['build'], siteDir, runs)
  // The decks and open data go back into the output the builds replaced (the gallery links them).
  run(join(siteDir, 'node_modules/.bin/tsx'), ['scripts/collect.ts'], siteDir)
  const js = await loadedJs(siteDist, '/', pageTypes.map(([, path]) => path), page => page.locator('.VPContent').waitFor())
  const bareDir = bareSite(pages)
  const same = await sameTextSite()
  try {
    const bare = timeCommand(vitepress, ['build', bareDir], siteDir, runs)
    log(`a bare VitePress site given the site's ${same.pages} pages as plain markdown (${(same.markdownBytes / 2 ** 20).toFixed(1)} MB), ${runs} builds`)
    const sameText = { ...timeCommand(vitepress, ['build', same.dir], siteDir, runs), pages: same.pages, markdownBytes: same.markdownBytes }
    const barePages = readdirSync(join(bareDir, '.vitepress/dist')).filter(f => f.endsWith('.html') && f !== '404.html').length
    const [home, page] = await loadedJs(join(bareDir, '.vitepress/dist'), '/', ['/', '/page-1'], page => page.locator('.VPContent').waitFor())
    log('lighthouse (mobile, gzip): every page type, then the bare site\'s home and plain page')
    const scores = await lighthouseScores(siteDist, '/', pageTypes.map(([, path]) => path), runs, log)
    const [bareHome, barePage] = await lighthouseScores(join(bareDir, '.vitepress/dist'), '/', ['/', '/page-1'], runs, log)
    return {
      pages,
      site,
      bare,
      barePages,
      sameText,
      js: pageTypes.map(([type, path], i) => ({ type, path, ...js[i]! })),
      bareJs: { home: home!, page: page! },
      lighthouse: pageTypes.map(([type], i) => ({ type, ...scores[i]! })),
      bareLighthouse: { home: bareHome!, page: barePage! },
    }
  }
  finally {
    rmSync(bareDir, { recursive: true, force: true })
    rmSync(same.dir, { recursive: true, force: true })
  }
}
