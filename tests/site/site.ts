/** The built site as tests see it: its folder, its pages, and a server for it. */
import { readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

export const siteDist = fileURLToPath(new URL('../../site/.vitepress/dist/', import.meta.url))

/** Clean URLs of every page VitePress wrote (decks and 404 left out). */
export function sitePages(): string[] {
  const files = readdirSync(siteDist, { recursive: true, encoding: 'utf8' })
    .filter(f => f.endsWith('.html') && f !== '404.html' && (f === 'decks/index.html' || !f.startsWith('decks/')))
  return files.map(f => `/${relative(siteDist, join(siteDist, f)).replace(/index\.html$/, '').replace(/\.html$/, '')}`).sort()
}
