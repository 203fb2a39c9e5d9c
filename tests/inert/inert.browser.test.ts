import type { StaticServer } from '@kit/slidev-addon/node'
/**
 * A second real build of the site and of the classroom deck, made two ways
 * unlike the main one, so that one build tests both:
 * - from a copy of the content carrying text that the schema allows but that
 *   HTML, markdown or Vue could read as code (`{{ … }}`, an unclosed tag,
 *   emphasis, a `javascript:` link, an entity) in every field a page or slide
 *   shows: it renders as the same characters; nothing runs, nothing turns
 *   into an element;
 * - under a base path (`KIT_BASE=/belarus-kit/`, as a GitHub Pages project
 *   site is served): every link stays under it, every page and the deck load
 *   with nothing missing and nothing fetched from elsewhere.
 */
import type { Page } from 'playwright-core'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkContent, paths } from '@kit/content/node'
import { serveStatic } from '@kit/slidev-addon/node'
import { parse as parseSlides } from '@slidev/parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseDocument } from 'yaml'
import { launch, offlineContext } from '../browser.ts'
import { run } from '../run.ts'
import { brokenLinks, pageHtml } from '../site/site.ts'

const repo = fileURLToPath(new URL('../../', import.meta.url))
/** Allowed by the schema (no complete tag), dangerous if rendered as anything but text. */
const payload = 'Inert {{ 7*7 }} <img src=x onerror=alert(1) **bold** [link](javascript:alert(1)) &lt;b&gt;'
/** Closes the unclosed tag above when fields are joined (as in search results). */
const closer = `x> ${payload}`

const work = mkdtempSync(join(tmpdir(), 'kit-inert-'))
const data = join(work, 'data')
const siteOut = join(work, 'site')
const deckOut = join(work, 'deck')
let server: StaticServer
let activitySlide = 0
let claimId = ''

/** Sets `path` (e.g. `0.definition`) in a YAML data file, keeping the rest as it is. */
function set(file: string, path: (string | number)[], value: string) {
  const doc = parseDocument(readFileSync(join(data, file), 'utf8'))
  expect(doc.getIn(path), `${file}: ${path.join('.')}`).toBeTypeOf('string')
  doc.setIn(path, value)
  writeFileSync(join(data, file), doc.toString())
}

/** The base path of this build. */
const base = '/belarus-kit/'
const deckBase = `${base}decks/classroom/`

/** Builds with the payload content instead of the package's own, under the base path. */
const build = (command: string, args: string[], cwd: string) => run(command, args, cwd, { KIT_CONTENT_DATA: data, KIT_BASE: base })

beforeAll(async () => {
  cpSync(join(repo, 'packages/content/data'), data, { recursive: true })
  const claims = parseDocument(readFileSync(join(data, 'claims.yaml'), 'utf8')).toJS() as Array<{ id: string, verdict?: unknown }>
  const judged = claims.findIndex(c => c.verdict)
  claimId = claims[judged]!.id
  set('claims.yaml', [judged, 'paraphrase'], payload)
  set('claims.yaml', [judged, 'verdict', 'explanation'], closer)
  set('glossary.yaml', [0, 'definition'], payload)
  set('timeline.yaml', [0, 'summary'], payload)
  set('perspectives.yaml', [0, 'argument'], payload)
  set('questions.yaml', [0, 'prompt'], payload)
  set('lessons/single-period.yaml', ['summary'], payload)
  set('lessons/single-period.yaml', ['activities', 0, 'title'], payload)
  set('lessons/single-period.yaml', ['activities', 0, 'teacher', 0], payload)
  const check = checkContent({ dataDir: data })
  expect(check.ok, 'the payload must be text the schema allows').toBe(true)

  build(join(repo, 'site/node_modules/.bin/vitepress'), ['build', '--outDir', siteOut], join(repo, 'site'))
  // As site/scripts/collect.ts does for the real build: the favicon and the open data beside the pages.
  cpSync(paths.favicon, join(siteOut, 'favicon.svg'))
  for (const file of ['content.json', 'content.schema.json'])
    cpSync(join(paths.contentDist, file), join(siteOut, file))
  const classroom = join(repo, 'decks/classroom')
  build(join(classroom, 'node_modules/.bin/slidev'), ['build', 'slides.md', '--base', deckBase, '--out', deckOut], classroom)
  const plan = parseDocument(readFileSync(join(data, 'lessons/single-period.yaml'), 'utf8')).toJS() as { activities: { id: string }[] }
  const { slides } = await parseSlides(readFileSync(join(classroom, 'slides.md'), 'utf8'), join(classroom, 'slides.md'))
  activitySlide = slides.findIndex(s => s.frontmatter.activity === plan.activities[0]!.id) + 1
  server = await serveStatic({ [base]: siteOut, [deckBase]: deckOut })
}, 240_000)

afterAll(async () => {
  await server?.close()
  rmSync(work, { recursive: true, force: true })
})

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim()

/** Opens `path` offline; fails on any dialog, foreign request, or element the payload could have made. */
async function expectInert(path: string, read: (page: Page) => Promise<string>, times = 1) {
  const browser = await launch()
  try {
    const { context, foreign } = await offlineContext(browser, server.origin)
    const page = await context.newPage()
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    const missing: string[] = []
    page.on('response', (response) => {
      // A deck asks (HEAD) whether its exports exist before offering them; a no is not missing.
      if (response.status() >= 400 && response.request().method() !== 'HEAD')
        missing.push(`${response.status()} ${response.url()}`)
    })
    await page.goto(`${server.origin}${base}${path.replace(/^\//, '')}`, { waitUntil: 'networkidle' })
    const text = normalize(await read(page))
    expect(text.split(payload).length - 1, `${path}: the payload, character for character`).toBeGreaterThanOrEqual(times)
    const made = await page.evaluate(() => ({
      images: document.querySelectorAll('img[src="x"], [onerror]').length,
      links: document.querySelectorAll('a[href^="javascript:"]').length,
      bold: [...document.querySelectorAll('strong, b')].filter(el => el.textContent === 'bold').length,
    }))
    expect(made, path).toEqual({ images: 0, links: 0, bold: 0 })
    expect(dialogs, path).toEqual([])
    expect(foreign, path).toEqual([])
    expect(missing, `${path}: everything it loads is under ${base}`).toEqual([])
    return page
  }
  finally {
    await browser.close()
  }
}

// The text in the page, laid out or not: long pages render blocks further down only as they scroll near.
const main = async (page: Page) => await page.locator('.VPContent').textContent() ?? ''

describe('text that looks like code renders as text', () => {
  it.each([
    ['/lessons/single-period', 3], // heading, summary, activity title and its first step
    ['/lessons/single-period-handout', 1],
    ['/glossary', 1],
    ['/timeline', 1],
    ['/perspectives', 1],
    ['/questions', 1],
  ])('on the site page %s', async (path, times) => {
    await expectInert(path, main, times)
  })

  it('on a claim page, in the paraphrase and the verdict', async () => {
    await expectInert(`/claims/${claimId}`, main, 2)
  })

  it('in search results, where fields are joined and shown as HTML', async () => {
    const browser = await launch()
    try {
      const { context } = await offlineContext(browser, server.origin)
      const page = await context.newPage()
      const dialogs: string[] = []
      page.on('dialog', dialog => void dialog.dismiss().then(() => dialogs.push(dialog.message())))
      await page.goto(`${server.origin}${base}`)
      await page.locator('.VPNavBarSearch button').click()
      await page.locator('.VPLocalSearchBox input').fill('Inert')
      await page.locator('.VPLocalSearchBox .result').first().waitFor()
      // The detailed list shows each result's text (VitePress renders it as HTML).
      await page.locator('.VPLocalSearchBox .toggle-layout-button').click()
      await page.locator('.VPLocalSearchBox .excerpt').first().waitFor()
      expect(await page.locator('.VPLocalSearchBox img, .VPLocalSearchBox [onerror]').count()).toBe(0)
      expect(normalize(await page.locator('.VPLocalSearchBox').innerText())).toContain('{{ 7*7 }}')
      expect(dialogs).toEqual([])
    }
    finally {
      await browser.close()
    }
  })

  it('on the deck slide titled from the lesson plan, and in its speaker notes', async () => {
    await expectInert(`/decks/classroom/#/${activitySlide}`, page => page.locator('.slidev-page').filter({ visible: true }).first().innerText())
    await expectInert(`/decks/classroom/#/presenter/${activitySlide}`, page => page.locator('.slidev-note').first().innerText())
  })
})

describe(`the site and a deck under a base path (${base})`, () => {
  it('link only to pages, files and anchors under the base', () => {
    const { broken, checked } = brokenLinks(siteOut, base)
    // The decks are built apart and served beside the pages (here only the classroom deck).
    expect(broken.filter(b => !/→ \/decks\/[\w-]+\/$/.test(b))).toEqual([])
    expect(checked).toBeGreaterThan(500)
    expect(pageHtml('/decks/', siteOut)).toContain(`href="${deckBase}"`)
  })

  it('load every asset from under the base, offline', async () => {
    const browser = await launch()
    try {
      for (const path of ['/', '/article', '/claims/', '/lessons/single-period', '/materials/region-map', '/decks/']) {
        const { context, foreign } = await offlineContext(browser, server.origin)
        const page = await context.newPage()
        const missing: string[] = []
        page.on('response', response => void (response.status() >= 400 && response.request().method() !== 'HEAD' && missing.push(`${response.status()} ${response.url()}`)))
        await page.goto(`${server.origin}${base}${path.slice(1)}`, { waitUntil: 'networkidle' })
        expect(normalize(await page.locator('#VPContent').innerText()).length, path).toBeGreaterThan(100)
        expect(missing, path).toEqual([])
        expect(foreign, path).toEqual([])
        // Styles applied: the page's stylesheet came from under the base.
        expect(await page.evaluate(() => document.styleSheets.length), path).toBeGreaterThan(0)
        await context.close()
      }
    }
    finally {
      await browser.close()
    }
  })
})
