import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { extname, join } from 'node:path'
import { siteBase } from '@kit/content/node'
import { describe, expect, it } from 'vitest'
import { index } from '../decks/decks.ts'
import { brokenLinks, pageHtml, siteDist, sitePages } from './site.ts'

const html = (page: string) => pageHtml(page)
const { content } = index

describe('the built site', () => {
  it('has a page for every claim and both editions of every lesson plan', () => {
    const pages = new Set(sitePages())
    for (const claim of content.claims)
      expect(pages, claim.id).toContain(`/claims/${claim.id}`)
    for (const plan of content.lessons) {
      expect(pages).toContain(`/lessons/${plan.id}`)
      expect(pages).toContain(`/lessons/${plan.id}-handout`)
    }
  })

  it('has an anchor for every glossary term, timeline event, perspective and question', () => {
    const anchors = (page: string) => new Set([...html(page).matchAll(/\sid="([^"]+)"/g)].map(m => m[1]))
    const glossary = anchors('/glossary')
    content.glossary.forEach(term => expect(glossary, term.id).toContain(term.id))
    const timeline = anchors('/timeline')
    content.timeline.forEach(event => expect(timeline, event.id).toContain(event.id))
    const perspectives = anchors('/perspectives')
    content.perspectives.forEach(p => expect(perspectives, p.id).toContain(p.id))
    const questions = anchors('/questions')
    content.questions.forEach(q => expect(questions, q.id).toContain(q.id))
  })

  it('puts the annotations in the static HTML, readable without JavaScript', () => {
    const article = html('/article')
    for (const claim of content.claims) {
      expect(article, claim.id).toContain(`id="claim-${claim.id}"`)
      expect(article, claim.id).toContain(`id="note-${claim.id}"`)
    }
  })

  it('publishes the open data and serves every deck from /decks/<name>/', () => {
    const published = JSON.parse(readFileSync(join(siteDist, 'content.json'), 'utf8'))
    expect(published.claims).toHaveLength(content.claims.length)
    expect(JSON.parse(readFileSync(join(siteDist, 'content.schema.json'), 'utf8')).$schema).toMatch(/2020-12/)
    for (const deck of readdirSync(join(siteDist, 'decks'), { withFileTypes: true }).filter(d => d.isDirectory()))
      expect(readFileSync(join(siteDist, 'decks', deck.name, 'index.html'), 'utf8')).toContain(`/decks/${deck.name}/assets/`)
    expect(existsSync(join(siteDist, 'decks/briefing/index.html'))).toBe(true)
    expect(existsSync(join(siteDist, 'decks/classroom/index.html'))).toBe(true)
  })

  it('links only to files and anchors that exist (links and ids as the server renders them)', () => {
    const { broken, checked } = brokenLinks(siteDist, siteBase())
    expect(broken).toEqual([])
    expect(checked).toBeGreaterThan(500)
  })

  it('ships plain data: no zod in any page bundle', () => {
    const assets = readdirSync(join(siteDist, 'assets'), { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.js'))
    for (const file of assets)
      expect(readFileSync(join(siteDist, 'assets', file), 'utf8'), file).not.toMatch(/ZodError|\$ZodType/)
  })
})

describe('offline by construction', () => {
  // The browser tests load every page and slide with other origins blocked; this
  // catches what a visit might not trigger (print styles, lazy chunks, unused fonts).
  const loads = [
    /<(?:script|img|iframe|source|audio|video|embed)\b[^>]*\ssrc=["']?(?:https?:)?\/\//gi,
    /<link\b(?=[^>]*\srel=["']?(?:stylesheet|preload|modulepreload|prefetch|icon|manifest|preconnect|dns-prefetch))[^>]*\shref=["']?(?:https?:)?\/\//gi,
    /url\(\s*["']?(?:https?:)?\/\//gi,
    /@import\s+(?:url\(\s*)?["']?(?:https?:)?\/\//gi,
    /fonts\.googleapis\.com|fonts\.gstatic\.com|cdn\.jsdelivr\.net|unpkg\.com|esm\.sh|cdnjs\.cloudflare\.com/g,
  ]

  it('no page, deck, stylesheet or script in the output loads anything from another origin', () => {
    const files = readdirSync(siteDist, { recursive: true, encoding: 'utf8' }).filter(f => ['.html', '.css', '.js', '.mjs'].includes(extname(f)))
    expect(files.some(f => f.startsWith('decks/'))).toBe(true)
    const found: string[] = []
    for (const file of files) {
      const text = readFileSync(join(siteDist, file), 'utf8')
      for (const pattern of loads) {
        for (const match of text.matchAll(pattern))
          found.push(`${file}: ${text.slice(Math.max(0, match.index - 40), match.index + 80)}`)
      }
    }
    // VitePress's social-link icon falls back to api.iconify.design; the site sets no social links.
    const iconify = (f: string) => f.includes('api.iconify.design/simple-icons/${')
    expect(found.filter(f => !iconify(f))).toEqual([])
    for (const page of sitePages())
      expect(html(page), page).not.toContain('VPSocialLink')
  })
})
