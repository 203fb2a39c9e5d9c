/** The built site as tests see it: its folder, its pages, and the links between them. */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { extname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

export const siteDist = fileURLToPath(new URL('../../site/.vitepress/dist/', import.meta.url))

/** Clean URLs of every page VitePress wrote (decks and 404 left out), without the base. */
export function sitePages(dist = siteDist): string[] {
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter(f => f.endsWith('.html') && f !== '404.html' && (f === 'decks/index.html' || !f.startsWith('decks/')))
  return files.map(f => `/${relative(dist, join(dist, f)).replace(/index\.html$/, '').replace(/\.html$/, '')}`).sort()
}

/** The HTML of a page, by its clean URL. */
export const pageHtml = (page: string, dist = siteDist) => readFileSync(join(dist, page === '/' ? 'index.html' : page.endsWith('/') ? `${page}index.html` : `${page}.html`), 'utf8')

/**
 * Every link of every page that points inside the site, checked against the
 * files and ids as the server renders them: a link must stay under `base`
 * and name a file (and an anchor) that exists.
 */
export function brokenLinks(dist = siteDist, base = '/'): { broken: string[], checked: number } {
  const pages = sitePages(dist)
  const ids = new Map(pages.map(page => [page, new Set([...pageHtml(page, dist).matchAll(/\sid="([^"]+)"/g)].map(m => m[1]))]))
  const broken: string[] = []
  let checked = 0
  for (const page of pages) {
    for (const [, href] of pageHtml(page, dist).matchAll(/<a\s[^>]*href="([^"]+)"/g)) {
      const url = new URL(href!.replace(/&amp;/g, '&'), `http://site${base}${page.slice(1)}`)
      if (url.host !== 'site')
        continue
      checked++
      if (!url.pathname.startsWith(base)) {
        broken.push(`${page} → ${url.pathname} (outside the base ${base})`)
        continue
      }
      const path = `/${url.pathname.slice(base.length)}`
      const target = path.endsWith('/') ? `${path}index.html` : extname(path) ? path : `${path}.html`
      if (!existsSync(join(dist, target))) {
        broken.push(`${page} → ${path}`)
        continue
      }
      const anchor = decodeURIComponent(url.hash.slice(1))
      const targetPage = path.endsWith('/') ? path : path.replace(/\.html$/, '')
      if (anchor && ids.has(targetPage) && !ids.get(targetPage)!.has(anchor))
        broken.push(`${page} → ${path}#${anchor} (no such anchor)`)
    }
  }
  return { broken, checked }
}
