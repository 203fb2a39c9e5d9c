import type { StaticServer } from '@kit/slidev-addon/node'
import type { Browser, Page } from 'playwright-core'
import type { DeckInfo } from './decks.ts'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { serveStatic } from '@kit/slidev-addon/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, offlineContext } from '../browser.ts'
import { index, loadDecks } from './decks.ts'
import { expectedText } from './expected.ts'

const decks = await loadDecks()
let browser: Browser
let server: StaticServer

beforeAll(async () => {
  for (const deck of decks) {
    if (!existsSync(join(deck.dir, 'dist/index.html')))
      throw new Error(`decks/${deck.name} is not built: run \`pnpm build\` first`)
  }
  server = await serveStatic(Object.fromEntries(decks.map(d => [`/decks/${d.name}/`, join(d.dir, 'dist')])))
  browser = await launch()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim()

async function showSlide(page: Page, deck: DeckInfo, no: number) {
  await page.goto(`${server.origin}/decks/${deck.name}/#/${no}`)
  const slide = page.locator(`#slide-content [data-slidev-no="${no}"]`)
  await slide.locator('.slidev-layout').first().waitFor({ timeout: 15_000 })
  await page.evaluate(() => document.fonts.ready)
  return slide
}

describe.each(decks)('deck $name (built)', (deck) => {
  it('has the slide count the issue asks for', () => {
    expect(deck.slides).toBeGreaterThanOrEqual(deck.name === 'briefing' ? 12 : 6)
  })

  it('renders the content each slide cites, makes no request outside its origin, and passes axe', async () => {
    const { context, foreign } = await offlineContext(browser, server.origin)
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', error => errors.push(error.message))
    const violations: string[] = []
    for (let no = 1; no <= deck.slides; no++) {
      const slide = await showSlide(page, deck, no)
      const text = normalize(await slide.innerText())
      for (const use of deck.uses.filter(u => u.slide === no)) {
        for (const expected of expectedText(index, use))
          expect(text, `slide ${no} <${use.name}>`).toContain(normalize(expected))
      }
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze()
      for (const violation of results.violations.filter(v => v.impact === 'serious' || v.impact === 'critical'))
        violations.push(`slide ${no}: ${violation.id} (${violation.impact}) ${violation.nodes.map(n => n.target.join(' ')).join(', ')}`)
    }
    await context.close()
    expect(violations).toEqual([])
    expect(foreign).toEqual([])
    expect(errors).toEqual([])
  })

  it('moves between slides with the keyboard', async () => {
    const { context } = await offlineContext(browser, server.origin)
    const page = await context.newPage()
    await showSlide(page, deck, 1)
    await page.keyboard.press('ArrowRight')
    await page.waitForURL(/#\/2$/)
    await page.keyboard.press('ArrowRight')
    await page.waitForURL(/#\/3$/)
    await page.keyboard.press('ArrowLeft')
    await page.waitForURL(/#\/2$/)
    await context.close()
  })

  it('shows the current slide\'s notes, the next slide and a timer set to the deck\'s length in presenter mode', async () => {
    const { context } = await offlineContext(browser, server.origin)
    const page = await context.newPage()
    await page.goto(`${server.origin}/decks/${deck.name}/#/presenter/2`)
    const notes = page.locator('.slidev-note').first()
    await notes.waitFor({ timeout: 15_000 })
    // The notes of slide 2, as written in slides.md (the first words, markup aside).
    const written = deck.notes[1]!.replace(/<!--[\s\S]*?-->/g, '').replace(/[*_`#>]/g, '').replace(/\s+/g, ' ').trim()
    expect(normalize(await notes.innerText())).toContain(written.split(' ').slice(0, 6).join(' '))
    // The next slide is slide 3: its first component's text is in the "next" panel.
    const next = deck.uses.find(u => u.slide === 3)
    const nextPanel = page.locator('.slidev-presenter .grid-section.next')
    await nextPanel.locator('.slidev-layout').first().waitFor({ timeout: 15_000 })
    if (next)
      expect(normalize(await nextPanel.innerText())).toContain(normalize(expectedText(index, next)[0]!))
    // The timer counts down from the deck's duration: 15 minutes for the briefing, the lesson's 50 for the classroom.
    const minutes = deck.name === 'classroom' ? index.lessons.get('single-period').totalMinutes : deck.duration
    expect(normalize(await page.locator('.slidev-presenter').innerText())).toMatch(new RegExp(`\\b${minutes} ?: ?00\\b`))
    await context.close()
  })
})

describe('classroom deck', () => {
  it('takes its teacher notes and timings from the lesson plan', async () => {
    const deck = decks.find(d => d.name === 'classroom')!
    const plan = index.lessons.get('single-period')
    const use = deck.uses.find(u => u.name === 'LessonActivity' && u.effective.activity === 'warm-up')!
    const activity = plan.activities.find(a => a.id === 'warm-up')!
    const { context } = await offlineContext(browser, server.origin)
    const page = await context.newPage()
    await page.goto(`${server.origin}/decks/classroom/#/presenter/${use.slide}`)
    const notes = page.locator('.slidev-note').first()
    await notes.waitFor({ timeout: 15_000 })
    const text = normalize(await notes.innerText())
    expect(text).toContain(`${activity.minutes} minutes`)
    expect(text).toContain(normalize(activity.teacher[0]!))
    await context.close()
  })
})
