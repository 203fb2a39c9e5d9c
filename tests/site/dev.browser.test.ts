/**
 * `pnpm dev` shows a content edit without a restart: the site's dev server
 * runs on a copy of the data (`KIT_CONTENT_DATA`), a glossary definition is
 * edited in the copy, and the open page changes in place.
 */
import type { ChildProcess } from 'node:child_process'
import type { Browser } from 'playwright-core'
import { spawn } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { paths } from '@kit/content/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch } from '../browser.ts'

const work = mkdtempSync(join(tmpdir(), 'kit-dev-'))
const data = join(work, 'data')
const port = 5300 + (process.pid % 500)
const origin = `http://localhost:${port}`
let server: ChildProcess | undefined
let browser: Browser

/** Starts `vitepress dev` in its own process group and waits until it answers. */
async function startDev(): Promise<ChildProcess> {
  const child = spawn(join(paths.site, 'node_modules/.bin/vitepress'), ['dev', '--port', String(port), '--strictPort'], {
    cwd: paths.site,
    env: { ...process.env, KIT_CONTENT_DATA: data },
    detached: true,
    stdio: 'ignore',
  })
  const deadline = Date.now() + 90_000
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${origin}/glossary`)).ok)
        return child
    }
    catch {}
    await new Promise(resolve => setTimeout(resolve, 500))
  }
  throw new Error('vitepress dev did not start in 90 s')
}

beforeAll(async () => {
  cpSync(paths.contentData, data, { recursive: true })
  server = await startDev()
  browser = await launch()
}, 120_000)

afterAll(async () => {
  await browser?.close()
  if (server?.pid)
    process.kill(-server.pid, 'SIGTERM')
  rmSync(work, { recursive: true, force: true })
})

describe('pnpm dev', () => {
  it('shows an edit to a YAML file on the open page, without a restart or a reload', async () => {
    const page = await browser.newPage()
    await page.goto(`${origin}/glossary`)
    const file = join(data, 'glossary.yaml')
    const before = readFileSync(file, 'utf8')
    await expect.poll(() => page.locator('#suwalki-gap').textContent(), { timeout: 60_000 }).toContain('Suwałki')
    // A marker on the page itself: a full reload would lose it.
    await page.evaluate(() => Object.assign(window, { kitNotReloaded: true }))

    const edited = 'An edited definition, to see the page follow the file.'
    const match = /(- id: suwalki-gap\n {2}term: [^\n]+\n {2}definition: )(>-\n(?: {4}[^\n]+\n)+|[^\n]+\n)/.exec(before)
    expect(match, 'the glossary has a suwalki-gap definition').not.toBeNull()
    writeFileSync(file, before.replace(match![0], `${match![1]}${edited}\n`))

    await expect.poll(() => page.locator('body').textContent(), { timeout: 30_000 }).toContain(edited)
    expect(await page.evaluate(() => (window as { kitNotReloaded?: boolean }).kitNotReloaded)).toBe(true)
  }, 90_000)
})
