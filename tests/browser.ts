/**
 * Shared browser set-up for tests: the system Chromium through playwright-core,
 * with every request outside the page's own origin blocked and recorded.
 */
import type { Browser, BrowserContext } from 'playwright-core'
import { chromiumArgs, findChromium } from '@kit/slidev-addon/node'
import { chromium } from 'playwright-core'

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: chromiumArgs })
}

export interface OfflineContext {
  context: BrowserContext
  /** Requests that tried to leave the origin (all were blocked). */
  foreign: string[]
}

/** A context that lets the page reach only `origin`; anything else is aborted and recorded. */
export async function offlineContext(browser: Browser, origin: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<OfflineContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, ...options })
  const foreign: string[] = []
  await context.route(() => true, (route) => {
    const url = route.request().url()
    if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:'))
      return route.continue()
    foreign.push(url)
    return route.abort('blockedbyclient')
  })
  return { context, foreign }
}
