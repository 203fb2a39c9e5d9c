/**
 * Site benchmark: `vitepress build` of the teaching site beside a bare
 * VitePress site (default theme, no data) with the same number of pages,
 * built in the same run (median of --runs), and the JavaScript Chromium loads
 * to show a lesson page beside a page of the bare site. Not a test: prints a
 * table and writes bench/site.json.
 *
 *   pnpm --filter @kit/tests bench:site [--runs 3]
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { siteDist, sitePages } from '../site/site.ts'
import { kb, loadedJs, timeCommand } from './measure.ts'

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } })
const runs = Number(values.runs)
const siteDir = fileURLToPath(new URL('../../site/', import.meta.url))
const vitepress = join(siteDir, 'node_modules/.bin/vitepress')

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

async function main() {
  const pages = sitePages().length
  process.stdout.write(`… site (${pages} pages) and a bare ${pages}-page VitePress site, ${runs} run(s) each\n`)
  const siteSeconds = timeCommand(vitepress, ['build'], siteDir, runs)
  // The lesson page is measured on the real build output (decks are not needed for it).
  const lesson = await loadedJs(siteDist, '/', '/lessons/single-period', page => page.locator('.LessonPlan').waitFor())
  const bareDir = bareSite(pages)
  try {
    const bareSeconds = timeCommand(vitepress, ['build', bareDir], siteDir, runs)
    const barePages = readdirSync(join(bareDir, '.vitepress/dist')).filter(f => f.endsWith('.html')).length
    const bare = await loadedJs(join(bareDir, '.vitepress/dist'), '/', '/page-1', page => page.locator('.vp-doc h1').waitFor())
    const rows = [
      `Site build, median of ${runs} run(s); ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}`,
      '',
      '| | pages | build (s) | JS to show the page, raw | gzip |',
      '| --- | ---: | ---: | ---: | ---: |',
      `| kit site (lesson page /lessons/single-period) | ${pages} | ${siteSeconds.toFixed(1)} | ${kb(lesson.raw)} | ${kb(lesson.gzip)} |`,
      `| bare VitePress site (a plain page) | ${barePages - 1} | ${bareSeconds.toFixed(1)} | ${kb(bare.raw)} | ${kb(bare.gzip)} |`,
      '',
      `Lesson page JS: ${lesson.gzip >= bare.gzip ? '+' : ''}${kb(lesson.gzip - bare.gzip)} gzip over the bare page (budget +20 KB): ${lesson.gzip - bare.gzip <= 20 * 1024 ? 'met' : 'OVER'}.`,
      `Build time: ${(siteSeconds / bareSeconds).toFixed(2)}× the bare site (budget 1.3×): ${siteSeconds / bareSeconds <= 1.3 ? 'met' : 'OVER'}.`,
    ]
    process.stdout.write(`\n${rows.join('\n')}\n`)
    writeFileSync(new URL('site.json', import.meta.url), `${JSON.stringify({ runs, pages, siteSeconds, bareSeconds, lesson, bare }, null, 2)}\n`)
  }
  finally {
    rmSync(bareDir, { recursive: true, force: true })
    // Put the decks and open data back into the site build the benchmark replaced.
    timeCommand(join(siteDir, 'node_modules/.bin/tsx'), ['scripts/collect.ts'], siteDir, 1)
  }
}

main().catch((error: Error) => {
  process.stderr.write(`✖ ${error.message}\n`)
  process.exitCode = 1
})
