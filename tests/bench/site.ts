/**
 * Site build: `vitepress build` of the teaching site beside a bare VitePress
 * site (default theme, no data) with the same number of pages, built in the
 * same run, and the JavaScript Chromium loads to show each type of page
 * beside a page of the bare site.
 */
import type { PageScore } from './lighthouse.ts'
import type { JsWeight, Timing } from './measure.ts'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
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

export async function benchSite(runs: number, log: (line: string) => void): Promise<SiteFigures> {
  const pages = sitePages().length
  log(`site (${pages} pages) and a bare ${pages}-page VitePress site, ${runs} builds each`)
  const site = timeCommand(vitepress, ['build'], siteDir, runs)
  // The decks and open data go back into the output the builds replaced (the gallery links them).
  run(join(siteDir, 'node_modules/.bin/tsx'), ['scripts/collect.ts'], siteDir)
  const js = await loadedJs(siteDist, '/', pageTypes.map(([, path]) => path), page => page.locator('.VPContent').waitFor())
  const bareDir = bareSite(pages)
  try {
    const bare = timeCommand(vitepress, ['build', bareDir], siteDir, runs)
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
      js: pageTypes.map(([type, path], i) => ({ type, path, ...js[i]! })),
      bareJs: { home: home!, page: page! },
      lighthouse: pageTypes.map(([type], i) => ({ type, ...scores[i]! })),
      bareLighthouse: { home: bareHome!, page: barePage! },
    }
  }
  finally {
    rmSync(bareDir, { recursive: true, force: true })
  }
}
