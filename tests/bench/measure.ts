/** Shared measurements for the benchmarks (not tests). */
import type { Page } from 'playwright-core'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { cpus, freemem, release, totalmem, type } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { gzipSync } from 'node:zlib'
import { serveStatic } from '@kit/slidev-addon/node'
import { launch, offlineContext } from '../browser.ts'
import { run } from '../run.ts'

export { run }

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
export const seconds = (n: number) => `${n.toFixed(1)} s`

/** Every sample and their median. */
export interface Timing {
  median: number
  samples: number[]
}

/** Seconds a command takes, `runs` times; `before` runs untimed before each. */
export function timeCommand(command: string, args: string[], cwd: string, runs: number, before?: (i: number) => void): Timing {
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    before?.(i)
    const started = performance.now()
    run(command, args, cwd)
    samples.push((performance.now() - started) / 1000)
  }
  return { median: median(samples), samples }
}

export interface JsWeight {
  raw: number
  gzip: number
  files: number
  /** Requests to other origins (blocked): the kit must have none; bare Slidev asks for Google Fonts. */
  foreign: string[]
}

/**
 * JavaScript Chromium loads to show each of `paths` of a static folder served
 * at `base` (until the network is idle), read back from disk and gzipped.
 */
export async function loadedJs(dist: string, base: string, paths: string[], ready: (page: Page) => Promise<unknown>, offline = true): Promise<JsWeight[]> {
  const server = await serveStatic({ [base]: dist })
  const browser = await launch()
  try {
    const { context, foreign } = await offlineContext(browser, server.origin)
    const weights: JsWeight[] = []
    for (const path of paths) {
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
      weights.push({ raw, gzip, files: scripts.size, foreign: foreign.splice(0) })
      await page.close()
    }
    const online = weights.flatMap(w => w.foreign)
    if (offline && online.length)
      throw new Error(`pages asked for other origins: ${online.join(', ')}`)
    return weights
  }
  finally {
    await browser.close()
    await server.close()
  }
}

/** What the figures were measured on. */
export function machine() {
  const version = (cmd: string, args: string[]) => {
    try {
      return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
    }
    catch {
      return 'unknown'
    }
  }
  return {
    date: new Date().toISOString(),
    cpu: `${cpus().length} × ${cpus()[0]?.model.trim()}`,
    memory: `${(totalmem() / 2 ** 30).toFixed(0)} GiB (${(freemem() / 2 ** 30).toFixed(0)} GiB free at start)`,
    os: `${type()} ${release()}`,
    node: process.version,
    pnpm: version('pnpm', ['--version']),
    turbo: version('pnpm', ['exec', 'turbo', '--version']),
    chromium: version(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version']),
  }
}
