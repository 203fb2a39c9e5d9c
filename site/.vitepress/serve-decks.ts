/**
 * In `vitepress dev`, serves what `pnpm build` later copies into the site:
 * the built decks at /decks/<name>/, the open data and the favicon.
 */
import type { UserConfig } from 'vitepress'
import { createReadStream, existsSync, statSync } from 'node:fs'
import { extname, join, normalize } from 'node:path'
import { paths, siteBase } from '@kit/content/node'

/** A Vite plugin as VitePress's own Vite (5) types it. */
type VitePlugin = Extract<NonNullable<NonNullable<UserConfig['vite']>['plugins']>[number], { name: string }>

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.pdf': 'application/pdf', '.woff2': 'font/woff2', '.woff': 'font/woff' }

/** Where a built-in-later URL lives in the repo, or undefined. */
export function builtFile(pathname: string): string | undefined {
  const deck = /^\/decks\/([\w-]+)\/(.*)$/.exec(pathname)
  let file: string | undefined
  if (deck)
    file = join(paths.decks, deck[1]!, 'dist', deck[2] || 'index.html')
  else if (pathname === '/content.json' || pathname === '/content.schema.json')
    file = join(paths.contentDist, pathname)
  else if (pathname === '/favicon.svg')
    file = paths.favicon
  if (!file || !normalize(file).startsWith(paths.root))
    return undefined
  if (existsSync(file) && statSync(file).isDirectory())
    file = join(file, 'index.html')
  return existsSync(file) ? file : undefined
}

export function serveBuiltDecks(): VitePlugin {
  return {
    name: 'kit:serve-built-decks',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const full = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
        // Under a base path (KIT_BASE) the dev server sees `/<base>/decks/…`.
        const base = siteBase()
        if (!full.startsWith(base))
          return next()
        const pathname = `/${full.slice(base.length)}`
        if (/^\/decks\/[\w-]+$/.test(pathname)) {
          response.writeHead(301, { location: `${full}/` }).end()
          return
        }
        const file = builtFile(pathname)
        if (!file)
          return next()
        response.setHeader('content-type', types[extname(file)] ?? 'application/octet-stream')
        createReadStream(file).pipe(response)
      })
    },
  }
}
