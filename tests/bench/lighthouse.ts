/**
 * Lighthouse performance of built pages, as a phone on a slow network sees
 * them: the `lighthouse` package's mobile defaults (simulated throttling)
 * driving the system Chromium, each page served with gzip the way static
 * hosts serve it. Medians of `runs` for the score, total blocking time and
 * the DOM's size.
 */
import { findChromium, serveStatic } from '@kit/slidev-addon/node'
import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { median } from './measure.ts'

export interface PageScore {
  path: string
  /** Lighthouse's performance score, 0–100. */
  score: number
  /** Total blocking time, ms. */
  tbt: number
  /** Largest contentful paint, ms. */
  lcp: number
  domSize: number
  samples: Array<{ score: number, tbt: number, lcp: number }>
}

export async function lighthouseScores(dist: string, base: string, paths: readonly string[], runs: number, log: (line: string) => void): Promise<PageScore[]> {
  const server = await serveStatic({ [base]: dist }, { gzip: true })
  const chrome = await launch({ chromePath: findChromium(), chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'] })
  try {
    const scores: PageScore[] = []
    for (const path of paths) {
      const samples: PageScore['samples'] = []
      let domSize = 0
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(`${server.origin}${base}${path.replace(/^\//, '')}`, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error', output: 'json' })
        const lhr = result?.lhr
        if (!lhr || lhr.runtimeError)
          throw new Error(`lighthouse could not measure ${path}: ${lhr?.runtimeError?.message ?? 'no result'}`)
        samples.push({
          score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
          tbt: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0),
          lcp: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0),
        })
        domSize = lhr.audits['dom-size']?.numericValue ?? 0
      }
      const score = { path, score: median(samples.map(s => s.score)), tbt: median(samples.map(s => s.tbt)), lcp: median(samples.map(s => s.lcp)), domSize, samples }
      log(`  lighthouse ${path}: ${score.score} (TBT ${score.tbt} ms, ${domSize} DOM elements)`)
      scores.push(score)
    }
    return scores
  }
  finally {
    chrome.kill()
    await server.close()
  }
}
