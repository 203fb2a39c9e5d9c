import { existsSync } from 'node:fs'
import process from 'node:process'

/** Where Chromium is looked for when `CHROMIUM_PATH` is not set. */
export const chromiumCandidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome']

/** Flags that keep a headless Chromium from reaching the network or stalling on it. */
export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage']

/** The system Chromium: `CHROMIUM_PATH`, or the usual install paths. Throws a message saying how to fix it. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CHROMIUM_PATH) {
    if (!existsSync(env.CHROMIUM_PATH))
      throw new Error(`CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, but there is no file there.`)
    return env.CHROMIUM_PATH
  }
  const found = chromiumCandidates.find(path => existsSync(path))
  if (!found)
    throw new Error(`No Chromium found (looked in ${chromiumCandidates.join(', ')}). Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH to its executable.`)
  return found
}

/**
 * tsx and Vitest compile a function passed to `page.evaluate` with calls to a
 * `__name` helper the page does not have: add it to a context before use.
 */
export const evaluateShim = { content: 'globalThis.__name ??= fn => fn' }
