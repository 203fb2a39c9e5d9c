import type { AddressInfo } from 'node:net'
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize } from 'node:path'
import { createGzip } from 'node:zlib'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.txt': 'text/plain; charset=utf-8',
}

export interface StaticServer {
  /** e.g. `http://127.0.0.1:41234` */
  origin: string
  close: () => Promise<void>
}

/** Types a static host compresses. */
const compressible = /\.(?:html|js|mjs|css|json|svg|txt)$/

/**
 * Serves `dir` at `base` (e.g. `/decks/briefing/`) on a free loopback port,
 * as a static host would: folders serve their index.html, `/page` serves
 * `/page.html`, anything else 404s. With `gzip`, text is sent compressed to
 * clients that accept it, as static hosts serve it (for measurements).
 */
export async function serveStatic(mounts: Record<string, string>, options: { gzip?: boolean } = {}): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    const mount = Object.keys(mounts).sort((a, b) => b.length - a.length).find(base => path.startsWith(base))
    let file = mount ? normalize(join(mounts[mount]!, path.slice(mount.length))) : undefined
    if (file && !file.startsWith(normalize(mounts[mount!]!)))
      file = undefined
    if (file && existsSync(file) && statSync(file).isDirectory())
      file = existsSync(join(file, 'index.html')) || !existsSync(`${file}.html`) ? join(file, 'index.html') : `${file}.html`
    // Clean URLs, as VitePress writes them: /claims/x serves /claims/x.html.
    if (file && !existsSync(file) && !extname(file) && existsSync(`${file}.html`))
      file = `${file}.html`
    if (!file || !existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found')
      return
    }
    const type = types[extname(file)] ?? 'application/octet-stream'
    if (options.gzip && compressible.test(file) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      response.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'vary': 'accept-encoding' })
      createReadStream(file).pipe(createGzip()).pipe(response)
      return
    }
    response.writeHead(200, { 'content-type': type })
    createReadStream(file).pipe(response)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>(resolve => server.close(() => resolve())),
  }
}
