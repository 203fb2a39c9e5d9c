/** Shared measurements for the benchmarks (not tests). */
import type { Page } from 'playwright-core'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { serveStatic } from '@kit/slidev-addon/node'
import { launch, offlineContext } from '../browser.ts'

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`

/** Seconds a command takes, median of `runs`; throws with its output when it fails. */
export function timeCommand(command: string, args: string[], cwd: string, runs: number, before?: () => void): number {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    before?.()
    const started = performance.now()
    const result = spawnSync(command, args, { cwd, encoding: 'utf8' })
    if (result.status !== 0)
      throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${result.stdout}${result.stderr}`)
    times.push((performance.now() - started) / 1000)
  }
  return median(times)
}

export interface JsWeight {
  raw: number
  gzip: number
  files: number
}

/**
 * JavaScript Chromium loads to show `path` of a static folder served at
 * `base` (until the network is idle), read back from disk and gzipped.
 */
export async function loadedJs(dist: string, base: string, path: string, ready: (page: Page) => Promise<unknown>): Promise<JsWeight> {
  const server = await serveStatic({ [base]: dist })
  const browser = await launch()
  try {
    const { context } = await offlineContext(browser, server.origin)
    const page = await context.newPage()
    const scripts = new Set<string>()
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script')
        scripts.add(new URL(response.url()).pathname)
    })
    await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' })
    await ready(page)
    let raw = 0
    let gzip = 0
    for (const script of scripts) {
      const bytes = readFileSync(join(dist, script.slice(base.length)))
      raw += bytes.length
      gzip += gzipSync(bytes, { level: 9 }).length
    }
    return { raw, gzip, files: scripts.size }
  }
  finally {
    await browser.close()
    await server.close()
  }
}
