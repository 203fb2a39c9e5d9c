import { serveStatic } from '@kit/slidev-addon/node'
import { chromium } from 'playwright-core'
const [deck, ...nos] = process.argv.slice(2)
const server = await serveStatic({ [`/decks/${deck}/`]: `/work/main/decks/${deck}/dist` })
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
const page = await browser.newPage({ viewport: { width: 1600, height: 900 } })
for (const no of nos) {
  await page.goto(`${server.origin}/decks/${deck}/#/${no}`)
  await page.locator(`#slide-content [data-slidev-no="${no}"] .slidev-layout`).first().waitFor()
  await page.evaluate(() => document.fonts.ready)
  await page.waitForTimeout(300)
  await page.locator('#slide-content').screenshot({ path: `/tmp/shots/${deck}-${no}.png` })
}
await browser.close(); await server.close()
