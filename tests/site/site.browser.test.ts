import type { StaticServer } from '@kit/slidev-addon/node'
import type { Browser, Page } from 'playwright-core'
import AxeBuilder from '@axe-core/playwright'
import { acceptedColumns, copiesFor } from '@kit/content'
import { serveStatic } from '@kit/slidev-addon/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, offlineContext } from '../browser.ts'
import { index } from '../decks/decks.ts'
import { siteDist, sitePages } from './site.ts'

const { content } = index
const pages = sitePages()
let browser: Browser
let server: StaticServer

beforeAll(async () => {
  server = await serveStatic({ '/': siteDist })
  browser = await launch()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim()

async function open(path: string, options: { js?: boolean } = {}): Promise<{ page: Page, foreign: string[], close: () => Promise<void> }> {
  const { context, foreign } = await offlineContext(browser, server.origin, { javaScriptEnabled: options.js ?? true })
  const page = await context.newPage()
  const response = await page.goto(`${server.origin}${path}`)
  expect(response?.status(), path).toBe(200)
  return { page, foreign, close: () => context.close() }
}

/**
 * Pages axe checks: every page, except that of the 34 claim pages (one template, filled from the
 * content) it checks the first, the last, and one with hindsight. Every page still loads offline.
 */
function axed(all: string[]): Set<string> {
  const claims = all.filter(p => /^\/claims\/[\w-]+$/.test(p))
  const hindsight = content.claims.find(c => c.evidence.some(e => e.kind === 'hindsight'))!.id
  const sample = new Set([claims[0], claims.at(-1), `/claims/${hindsight}`])
  return new Set(all.filter(p => !claims.includes(p) || sample.has(p)))
}

describe('every page', () => {
  it('renders, makes no request outside the site, and has no serious or critical axe violation', async () => {
    const violations: string[] = []
    const { context, foreign } = await offlineContext(browser, server.origin)
    const audited = axed(pages)
    // Two tabs share the pages: axe takes 1–2 s a page and the machine has two cores.
    const queue = [...pages]
    await Promise.all([0, 1].map(async () => {
      const page = await context.newPage()
      for (let path = queue.shift(); path; path = queue.shift()) {
        const response = await page.goto(`${server.origin}${path}`)
        expect(response?.status(), path).toBe(200)
        expect(normalize(await page.locator('#VPContent').innerText()).length, path).toBeGreaterThan(100)
        if (!audited.has(path))
          continue
        // Long pages lay out blocks further down only as they scroll near (content-visibility); axe
        // measures every element, so everything is laid out first, as a reader scrolling would have it.
        await page.addStyleTag({ content: '* { content-visibility: visible !important; }' })
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze()
        for (const v of results.violations.filter(v => v.impact === 'serious' || v.impact === 'critical'))
          violations.push(`${path}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')}`)
      }
    }))
    await context.close()
    expect(violations).toEqual([])
    expect(foreign).toEqual([])
  }, 240_000)
})

describe('the annotated article', () => {
  it('highlights every claim and reads without JavaScript', async () => {
    const { page, close } = await open('/article', { js: false })
    const marked = await page.locator('.AnnotatedArticle__mark').evaluateAll(marks => [...new Set(marks.map(m => m.getAttribute('data-claim')))])
    expect(marked.sort()).toEqual(content.claims.map(c => c.id).sort())
    const note = page.locator('#note-sanctions-pledge')
    expect(normalize(await note.innerText())).toContain('Recommendation or value judgment')
    await close()
  })

  it('takes a keyboard user from a highlight to its note and back', async () => {
    const { page, close } = await open('/article')
    const mark = page.locator('#claim-ruled-26-years')
    await mark.focus()
    await page.keyboard.press('Enter')
    await page.waitForURL(/#note-ruled-26-years$/)
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('note-ruled-26-years')
    await page.locator('#note-ruled-26-years').getByRole('link', { name: 'Back to the text' }).press('Enter')
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('claim-ruled-26-years')
    await close()
  })
})

describe('claims', () => {
  it('filters the index by kind, verdict and actor', async () => {
    const { page, close } = await open('/claims/')
    const count = () => page.locator('.ClaimIndex__list > li:not([hidden])').count()
    expect(await count()).toBe(content.claims.length)
    await page.getByLabel('Kind').selectOption('speculation')
    expect(await count()).toBe(content.claims.filter(c => c.kind === 'speculation').length)
    await page.getByLabel('Kind').selectOption('')
    await page.getByLabel('Verdict').selectOption('partly')
    expect(await count()).toBe(content.claims.filter(c => c.verdict?.rating === 'partly').length)
    await page.getByLabel('Actor').selectOption('putin')
    expect(await count()).toBe(content.claims.filter(c => c.verdict?.rating === 'partly' && c.actors.includes('putin')).length)
    expect(page.url()).toContain('verdict=partly')
    expect(normalize(await page.locator('.ClaimIndex__count').innerText())).toContain(`Showing ${await count()} of ${content.claims.length}`)
    await close()
    // Without JavaScript the whole list is there, unfiltered.
    const plain = await open('/claims/', { js: false })
    expect(await plain.page.locator('.ClaimIndex__list > li').count()).toBe(content.claims.length)
    await plain.close()
  })

  it('gives each claim a page with its quote, verdict and hindsight marked as such', async () => {
    const claim = content.claims.find(c => c.verdict && c.evidence.some(e => e.kind === 'hindsight'))!
    const { page, close } = await open(`/claims/${claim.id}`)
    const text = normalize(await page.locator('main').innerText())
    expect(text).toContain(normalize(claim.quote))
    expect(text).toContain(normalize(claim.verdict!.explanation))
    // Lower blocks are laid out only as they scroll near (content-visibility), so read the way a
    // reader does: scroll to the hindsight heading and see it; and copying the page takes it too.
    const hindsight = page.getByRole('heading', { name: /^Hindsight: what happened later/ })
    await hindsight.scrollIntoViewIfNeeded()
    expect(await hindsight.isVisible()).toBe(true)
    const copied = await page.evaluate(() => {
      const range = document.createRange()
      range.selectNodeContents(document.querySelector('main')!)
      const selection = getSelection()!
      selection.removeAllRanges()
      selection.addRange(range)
      return selection.toString()
    })
    expect(normalize(copied)).toContain('Hindsight: what happened later')
    await close()
  })

  it('can be found by searching a word of its quote', async () => {
    const { page, close } = await open('/')
    await page.locator('.VPNavBarSearch button').click()
    await page.locator('.VPLocalSearchBox input').fill('trammeling')
    await page.locator('.VPLocalSearchBox .result').first().waitFor()
    const hrefs = await page.locator('.VPLocalSearchBox .result').evaluateAll(results => results.map(r => r.getAttribute('href')))
    expect(hrefs.some(href => href?.startsWith('/claims/us-must-lead'))).toBe(true)
    await close()
  })
})

describe('lessons', () => {
  it('prints without navigation, sidebars or search', async () => {
    const { page, close } = await open('/lessons/single-period')
    await page.emulateMedia({ media: 'print' })
    for (const chrome of ['.VPNav', '.VPSidebar', '.VPDocAside', '.VPFooter'])
      expect(await page.locator(chrome).first().isVisible(), chrome).toBe(false)
    const plan = content.lessons.find(l => l.id === 'single-period')!
    const text = normalize(await page.locator('main').innerText())
    for (const activity of plan.activities)
      expect(text).toContain(activity.title)
    expect(text).toContain(`Total ${plan.totalMinutes} min`)
    await close()
  })

  it('lets students sort claims with the keyboard alone and checks them against the kit', async () => {
    const { page, close } = await open('/lessons/single-period-handout')
    const plan = content.lessons.find(l => l.id === 'single-period')!
    const worksheet = plan.materials.map(id => content.materials.find(m => m.id === id)!).find(m => m.kind === 'worksheet')!
    const sortIds = worksheet.from.claims
    // The handout shows the questions without the teacher guidance.
    const text = normalize(await page.locator('main').innerText())
    expect(text).not.toContain('What a strong answer includes')
    // Keyboard only: Tab into the first card's choices, arrow to "Prediction", Tab out to the check button.
    await page.locator('.ClaimSort__card input').first().focus()
    await page.keyboard.press('ArrowRight')
    const first = content.claims.find(c => c.id === sortIds[0])!
    expect(await page.locator(`.ClaimSort__card[data-claim="${first.id}"] input:checked`).getAttribute('value')).toBe('prediction')
    await page.locator('.ClaimSort__actions button').first().focus()
    await page.keyboard.press('Enter')
    const status = normalize(await page.locator('.ClaimSort__result').innerText())
    const expectedScore = acceptedColumns(first).includes('prediction') ? 1 : 0
    expect(status).toContain(`${expectedScore} of ${sortIds.length} cards are in a column the kit accepts`)
    expect(normalize(await page.locator(`.ClaimSort__card[data-claim="${first.id}"] .ClaimSort__feedback`).innerText())).toMatch(/kit/)
    await close()
  })
})

describe('the prep list', () => {
  it('recounts the copies when the teacher types the class size', async () => {
    const { page, close } = await open('/lessons/single-period')
    const plan = content.lessons.find(l => l.id === 'single-period')!
    const perPair = plan.materials.map(id => content.materials.find(m => m.id === id)!).find(m => m.per === 'pair')!
    const row = page.locator('.PrepList tbody tr', { hasText: perPair.title })
    expect(normalize(await row.locator('.PrepList__count').innerText())).toBe(String(copiesFor(perPair, 28)))
    await page.getByLabel('Students in your class').fill('33')
    expect(normalize(await row.locator('.PrepList__count').innerText())).toBe(String(copiesFor(perPair, 33)))
    expect(normalize(await page.locator('.PrepList caption').innerText())).toContain('for a class of 33')
    // An empty box counts for the default class, never for zero students.
    await page.getByLabel('Students in your class').fill('')
    expect(normalize(await row.locator('.PrepList__count').innerText())).toBe(String(copiesFor(perPair, 28)))
    await close()
  })
})

describe('the decks gallery', () => {
  it('lists every deck with links that open it', async () => {
    const { page, close } = await open('/decks/')
    const names = await page.locator('[data-deck]').evaluateAll(cards => cards.map(c => c.getAttribute('data-deck')))
    expect(names).toEqual(['briefing', 'classroom'])
    await page.getByRole('link', { name: 'Open the deck' }).first().click()
    await page.waitForURL(/\/decks\/briefing\/#\/1$/)
    await page.locator('.slidev-layout').first().waitFor()
    await close()
  })
})
