/**
 * PDF export of a built deck: the slides (through `slidev export`) and the
 * handout (each slide beside its notes, printed from the `/handout` route).
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { basename, join } from 'node:path'
import process from 'node:process'
import { deckBase } from '@kit/content/node'
import { chromium } from 'playwright-core'
import { chromiumArgs, findChromium } from './chromium.ts'
import { serveStatic } from './serve.ts'

export interface ExportResult {
  slides: string
  handout: string
  seconds: number
}

function run(command: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout.setEncoding('utf8')
    child.stderr.setEncoding('utf8')
    let output = ''
    const collect = (chunk: string) => {
      output += chunk
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    child.on('error', reject)
    child.on('close', code => code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (exit ${code}):\n${output}`)))
  })
}

export async function exportDeck(root: string): Promise<ExportResult> {
  const started = performance.now()
  const dist = join(root, 'dist')
  if (!existsSync(join(dist, 'index.html')))
    throw new Error(`${basename(root)} is not built yet: run \`pnpm build\` first.`)
  const executable = findChromium()

  // Slides: Slidev's own exporter, into a temporary file first so a failure leaves no half PDF.
  const slides = join(dist, 'slides.pdf')
  const partial = join(dist, '.slides.partial.pdf')
  rmSync(partial, { force: true })
  const slidev = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'slidev.cmd' : 'slidev')
  await run(slidev, ['export', 'slides.md', '--executable-path', executable, '--output', partial, '--timeout', '60000'], root)
  renameSync(partial, slides)

  // Handout: the built deck served locally, the /handout route printed by Chromium.
  const handout = join(dist, 'handout.pdf')
  const base = deckBase(basename(root))
  const server = await serveStatic({ [base]: dist })
  const browser = await chromium.launch({ executablePath: executable, args: chromiumArgs })
  try {
    const context = await browser.newContext()
    await context.route(url => !url.href.startsWith(server.origin), route => route.abort())
    const page = await context.newPage()
    await page.goto(`${server.origin}${base}#/handout`)
    await page.locator('.Handout--ready').waitFor({ timeout: 60_000 })
    // One page per slide by construction; Slidev's app shell after the pages must not add a blank one.
    const pages = await page.locator('.Handout').getAttribute('data-pages')
    mkdirSync(dist, { recursive: true })
    await page.pdf({ path: handout, preferCSSPageSize: true, printBackground: true, pageRanges: `1-${pages}` })
  }
  finally {
    await browser.close()
    await server.close()
  }
  return { slides, handout, seconds: (performance.now() - started) / 1000 }
}
