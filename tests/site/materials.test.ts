/**
 * The printable materials and the lesson PDFs, as `pnpm export` leaves them
 * in the built site: a page and two PDFs (US Letter, A4) for every material
 * a lesson names, each PDF tagged, titled and in English, and the sheets
 * printing what the content says (a card's text is its claim's quote).
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { copiesFor } from '@kit/content'
import { describe, expect, it } from 'vitest'
import { index } from '../decks/decks.ts'
import { isSize, paper, pdfText, readPdf } from '../pdf.ts'
import { siteDist } from './site.ts'

const { content } = index
const named = [...new Set(content.lessons.flatMap(l => [...l.materials, ...l.activities.flatMap(a => a.materials)]))]
/** A PDF's text joined up again where the printer broke a hyphenated word across lines. */
const joined = (pages: string[]) => pages.join(' ').replace(/(\w)- (\w)/g, '$1-$2')
const html = (page: string) => readFileSync(join(siteDist, `${page}.html`), 'utf8')
/** What a person reads on a page: the article's content, tags and attributes stripped. */
function visibleText(page: string): string {
  const main = html(page).split('<main')[1]!.split('</main>')[0]!
  return main.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ').replace(/&#39;/g, '\'').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ')
}

function pdfsOf(page: string) {
  return [
    { file: `${page}.pdf`, size: paper.Letter },
    { file: `${page}.a4.pdf`, size: paper.A4 },
  ]
}

describe('materials', () => {
  it('every material a lesson names has a page', () => {
    expect(named.length).toBeGreaterThan(10)
    for (const id of named)
      expect(existsSync(join(siteDist, `materials/${id}.html`)), id).toBe(true)
  })

  it.each(named)('%s: a tagged US Letter and A4 PDF with the material\'s title, in English', async (id) => {
    const material = content.materials.find(m => m.id === id)!
    for (const { file, size } of pdfsOf(`/materials/${id}`)) {
      const pdf = await readPdf(join(siteDist, file))
      expect(pdf, file).toMatchObject({ tagged: true, lang: 'en' })
      expect(isSize(pdf.size, size), `${file} is ${JSON.stringify(pdf.size)}`).toBe(true)
      expect(pdf.title, file).toContain(material.title)
    }
  })

  it('claim cards print each card\'s quote, in order, six to a page', async () => {
    for (const cards of content.materials.filter(m => m.kind === 'cards')) {
      const quotes = cards.from.claims.map(id => content.claims.find(c => c.id === id)!.quote.replace(/\s+/g, ' '))
      // The page: each card holds exactly its claim's quote.
      const shown = [...html(`/materials/${cards.id}`).matchAll(/<li class="kit-card">[\s\S]*?<p>([\s\S]*?)<\/p>/g)].map(m => m[1]!.replace(/&#39;/g, '\'').replace(/&quot;/g, '"').replace(/&amp;/g, '&'))
      expect(shown).toEqual(quotes)
      // The PDF: the same quotes, in the same order.
      const letter = await pdfText(join(siteDist, `materials/${cards.id}.pdf`))
      expect(letter).toHaveLength(Math.ceil(quotes.length / 6))
      const text = joined(letter)
      let at = 0
      for (const quote of quotes) {
        const found = text.indexOf(quote, at)
        expect(found, quote).toBeGreaterThanOrEqual(at)
        at = found + quote.length
      }
    }
  })

  it('the sort worksheet fits one page and offers every column, Mixed included', async () => {
    for (const sheet of content.materials.filter(m => m.kind === 'worksheet')) {
      for (const { file } of pdfsOf(`/materials/${sheet.id}`)) {
        const pages = await pdfText(join(siteDist, file))
        expect(pages, file).toHaveLength(1)
        for (const column of ['Fact', 'Prediction or speculation', 'Opinion or judgment', 'Mixed'])
          expect(pages[0], file).toContain(column)
      }
    }
  })

  it('exit-ticket slips print four to a page', async () => {
    for (const slip of content.materials.filter(m => m.kind === 'slip')) {
      for (const { file } of pdfsOf(`/materials/${slip.id}`)) {
        const pages = await pdfText(join(siteDist, file))
        expect(pages, file).toHaveLength(1)
        const prompt = content.lessons.find(l => l.id === slip.from.lessons[0])!.assessment.exitTicket.prompt.replace(/\s+/g, ' ')
        expect(joined(pages).split(prompt.slice(0, 40)).length - 1, file).toBe(4)
      }
    }
  })

  it('a timeline strip never mixes what the author could know with hindsight', () => {
    for (const strip of content.materials.filter(m => m.kind === 'strip')) {
      const relations = new Set(strip.from.timeline.map(id => content.timeline.find(e => e.id === id)!.relation === 'hindsight'))
      expect(relations.size, strip.id).toBe(1)
      expect(visibleText(`/materials/${strip.id}`).includes('Hindsight: these events came after the article'), strip.id).toBe(relations.has(true))
    }
  })
})

describe('lesson PDFs', () => {
  it.each(content.lessons.map(l => l.id))('%s: teacher edition and student handout, tagged, titled, Letter and A4', async (id) => {
    const plan = content.lessons.find(l => l.id === id)!
    for (const page of [`/lessons/${id}`, `/lessons/${id}-handout`]) {
      for (const { file, size } of pdfsOf(page)) {
        const pdf = await readPdf(join(siteDist, file))
        expect(pdf, file).toMatchObject({ tagged: true, lang: 'en' })
        expect(isSize(pdf.size, size), `${file} is ${JSON.stringify(pdf.size)}`).toBe(true)
        expect(pdf.title, file).toContain(plan.title)
        expect(pdf.bookmarks.length, `${file} has bookmarks`).toBeGreaterThan(3)
      }
    }
    // The handout's questions are the ones the plan assigns, and no teacher guidance.
    const handout = joined(await pdfText(join(siteDist, `lessons/${id}-handout.pdf`)))
    for (const q of plan.handout.everyone)
      expect(handout).toContain(content.questions.find(x => x.id === q)!.prompt.replace(/\s+/g, ' ').slice(0, 60))
    expect(handout).not.toContain('A strong answer includes')
  })
})

describe('what people read on lesson and material pages', () => {
  const pages = [...content.lessons.flatMap(l => [`/lessons/${l.id}`, `/lessons/${l.id}-handout`]), ...content.materials.map(m => `/materials/${m.id}`)]
  // Ids of every item people might name, except those that are also their own item's words ("counter-op-ed").
  const ids = Object.values(content).flatMap(items => Array.isArray(items) ? (items as Array<{ id?: unknown }>).map(i => i.id).filter((id): id is string => typeof id === 'string' && id.includes('-')) : [])
  const prose = JSON.stringify(content).toLowerCase()
  const ownWords = new Set(ids.filter(id => prose.includes(` ${id} `)))

  it('shows no raw content id', () => {
    const found: string[] = []
    for (const page of pages) {
      const text = ` ${visibleText(page)} `
      for (const id of ids) {
        if (!ownWords.has(id) && new RegExp(`[^\\w-]${id}[^\\w-]`).test(text))
          found.push(`${page}: ${id}`)
      }
    }
    expect(found).toEqual([])
  })

  it('the prep list counts copies for a class of 28 without JavaScript', () => {
    for (const plan of content.lessons) {
      const page = html(`/lessons/${plan.id}`)
      expect(visibleText(`/lessons/${plan.id}`)).toContain('What to print for a class of 28')
      const rows = page.split('<tr').map(row => ({ text: row.replace(/<[^>]+>/g, ' ').replace(/&#39;/g, '\'').replace(/\s+/g, ' '), count: /PrepList__count"[^>]*>\s*(\d+)/.exec(row)?.[1] }))
      for (const id of plan.materials) {
        const material = content.materials.find(m => m.id === id)!
        const row = rows.find(r => r.count && r.text.includes(material.title))
        expect(row?.count, material.title).toBe(String(copiesFor(material, 28)))
      }
    }
  })
})
