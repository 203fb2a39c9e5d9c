/**
 * Does every slide fit? A built deck is served locally and each slide is
 * shown in Chromium at 16:9; any visible element that ends outside the slide
 * (or text clipped inside a box that hides its overflow) is a problem, named
 * with the deck file's line and the slide number. `kit-deck check` and the
 * browser tests run this.
 */
import type { Problem } from '@kit/content/node'
import type { Page } from 'playwright-core'
import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { deckBase, displayPath, problem } from '@kit/content/node'
import { parse } from '@slidev/parser'
import { chromium } from 'playwright-core'
import { chromiumArgs, findChromium } from './chromium.ts'
import { serveStatic } from './serve.ts'

/** What overflows one slide, measured in the slide's own CSS pixels. */
export interface Overflow {
  /** A short description of the element: tag, class and the start of its text. */
  element: string
  /** Which edge, and by how many pixels; `small`: text set that many pixels below the slide's base size. */
  edge: 'top' | 'right' | 'bottom' | 'left' | 'clipped' | 'small'
  pixels: number
  /** As a share of the slide's height (bottom/top) or width (left/right). */
  share: number
}

/** Measures slide `no` on screen: every visible element against the slide's box. Runs in the page. */
function measure(no: number): Overflow[] {
  const box = document.querySelector<HTMLElement>('#slide-content')
  const slide = box?.querySelector<HTMLElement>(`[data-slidev-no="${no}"]`)
  if (!box || !slide)
    throw new Error(`slide ${no} is not on the page`)
  const frame = box.getBoundingClientRect()
  const scale = frame.width / box.offsetWidth
  const out: Overflow[] = []
  const flagged: Array<{ el: Element, edge: Overflow['edge'] }> = []
  const describe = (el: Element) => {
    const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).slice(0, 2).join('.')}` : ''
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim()
    return `<${el.tagName.toLowerCase()}${cls}>${text ? ` "${text.slice(0, 60)}${text.length > 60 ? '…' : ''}"` : ''}`
  }
  const flag = (el: Element, edge: Overflow['edge'], pixels: number, of: number) => {
    // An element inside one already reported overflows with it: report the outermost only.
    if (flagged.some(f => f.edge === edge && f.el.contains(el)))
      return
    flagged.push({ el, edge })
    out.push({ element: describe(el), edge, pixels: Math.round(pixels), share: pixels / of })
  }
  const layout = slide.querySelector<HTMLElement>('.slidev-layout')
  const base = layout ? Number.parseFloat(getComputedStyle(layout).fontSize) : 0
  for (const el of slide.querySelectorAll<HTMLElement>('*')) {
    const style = getComputedStyle(el)
    if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0)
      continue
    // Text set below the theme's base size (a map's labels scale with the map and are left out).
    const ownText = [...el.childNodes].some(node => node.nodeType === Node.TEXT_NODE && node.textContent?.trim())
    const size = Number.parseFloat(style.fontSize)
    if (ownText && !el.closest('svg') && base - size > 0.5)
      flag(el, 'small', base - size, base)
    const rect = el.getBoundingClientRect()
    if (rect.width === 0 || rect.height === 0)
      continue
    const over = {
      top: (frame.top - rect.top) / scale,
      right: (rect.right - frame.right) / scale,
      bottom: (rect.bottom - frame.bottom) / scale,
      left: (frame.left - rect.left) / scale,
    }
    for (const [edge, pixels] of Object.entries(over) as Array<[keyof typeof over, number]>) {
      if (pixels > 2)
        flag(el, edge, pixels, edge === 'top' || edge === 'bottom' ? box.offsetHeight : box.offsetWidth)
    }
    // Text hidden inside a box that clips its overflow is as lost as text past the edge.
    if (/hidden|clip/.test(style.overflowY) && el.scrollHeight - el.clientHeight > 2 && el.textContent?.trim())
      flag(el, 'clipped', el.scrollHeight - el.clientHeight, box.offsetHeight)
  }
  return out
}

/** Shows slide `no` of the deck open in `page`, with its fonts, and measures it. */
export async function measureSlide(page: Page, url: string, no: number): Promise<Overflow[]> {
  await page.goto(`${url}#/${no}`)
  await page.locator(`#slide-content [data-slidev-no="${no}"] .slidev-layout`).first().waitFor({ timeout: 15_000 })
  // Components that load with their slide (the map) are in before measuring.
  await page.waitForLoadState('networkidle')
  await page.evaluate(() => document.fonts.ready)
  // As source text: tsx and Vitest name functions with a helper the page does not have.
  return page.evaluate(`(() => { const __name = f => f; return (${measure.toString()})(${no}) })()`) as Promise<Overflow[]>
}

/**
 * Measures every slide of the built deck at `root` (its `dist/`), and returns
 * a `SlideOverflow` problem per slide that does not fit.
 */
export async function checkFit(root: string): Promise<{ slides: number, problems: Problem[] }> {
  const file = join(root, 'slides.md')
  const { slides } = await parse(readFileSync(file, 'utf8'), file)
  const base = deckBase(basename(root))
  const server = await serveStatic({ [base]: join(root, 'dist') })
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs })
  const problems: Problem[] = []
  try {
    // 16:9, as a projector shows it.
    const context = await browser.newContext({ viewport: { width: 1600, height: 900 } })
    await context.route(url => !url.href.startsWith(server.origin), route => route.abort())
    const page = await context.newPage()
    for (const slide of slides) {
      const no = slide.index + 1
      const overflows = await measureSlide(page, `${server.origin}${base}`, no)
      if (overflows.length === 0)
        continue
      const worst = overflows.reduce((a, b) => b.share > a.share ? b : a)
      problems.push(problem('SlideOverflow', { overflows, worst }, { file: displayPath(file), line: slide.start + 1, collection: 'deck', item: `slide ${no}` }))
    }
    await context.close()
  }
  finally {
    await browser.close()
    await server.close()
  }
  return { slides: slides.length, problems }
}
