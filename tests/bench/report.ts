/** Renders bench/RESULTS.md from the figures of one `pnpm bench` run. */
import type { Results } from './run.ts'
import { kb, seconds } from './measure.ts'

const samples = (xs: number[]) => xs.map(x => x.toFixed(1)).join(', ')
const signedKb = (n: number) => `${n >= 0 ? '+' : '−'}${kb(Math.abs(n))}`
const status = (met: boolean) => met ? '✅ met' : '❌ over'

export interface Budget {
  name: string
  figure: string
  limit: string
  met: boolean
}

/** The bare page a page type is compared with: the bare home page for the home page, else its plain page. */
const bareOf = <T>(path: string, bare: { home: T, page: T }) => path === '/' ? bare.home : bare.page

/** The sum of the bare builds of run `i` (both bare decks and the bare site). */
const bareSumOf = (r: Results, i: number) => r.decks.reduce((sum, d) => sum + d.bare.build.samples[i]!, 0) + r.site.bare.samples[i]!

export function budgets(r: Results): Budget[] {
  const bareSum = r.decks.reduce((sum, d) => sum + d.bare.build.median, 0) + r.site.bare.median
  const pageJs = r.site.js.map((p) => {
    const bare = bareOf(p.path, r.site.bareJs)
    return { name: `First-load JS: ${p.type}`, figure: `${kb(p.gzip)} (${signedKb(p.gzip - bare.gzip)})`, limit: `bare + 10 KB = ${kb(bare.gzip + 10 * 1024)}`, met: p.gzip <= bare.gzip + 10 * 1024 }
  })
  const pageLighthouse = r.site.lighthouse.map((p) => {
    const bare = bareOf(p.path, r.site.bareLighthouse)
    return { name: `Lighthouse: ${p.type}`, figure: `${p.score}, TBT ${p.tbt} ms`, limit: `≥ ${bare.score}, TBT ≤ ${bare.tbt + 100} ms`, met: p.score >= bare.score && p.tbt <= bare.tbt + 100 }
  })
  const coldRuns = r.builds.cold.samples.map((s, i) => s / bareSumOf(r, i))
  return [
    ...pageJs,
    ...pageLighthouse,
    {
      name: '`vitepress build`',
      figure: `${seconds(r.site.site.median)} (${(r.site.site.median / r.site.bare.median).toFixed(2)}× the bare ${r.site.barePages}-page site)`,
      limit: `1.15 × ${seconds(r.site.bare.median)} = ${seconds(1.15 * r.site.bare.median)}`,
      met: r.site.site.median <= 1.15 * r.site.bare.median,
    },
    ...r.decks.map(({ deck, bare }) => ({
      name: `Deck JS to show slide 1: ${deck.name}`,
      figure: `${kb(deck.js.gzip)} (${signedKb(deck.js.gzip - bare.js.gzip)})`,
      limit: `bare deck + 10 KB = ${kb(bare.js.gzip + 10 * 1024)}`,
      met: deck.js.gzip <= bare.js.gzip + 10 * 1024,
    })),
    {
      name: 'Cold full build, every run',
      figure: `${seconds(r.builds.cold.median)} median; ${coldRuns.map(x => `${x.toFixed(2)}×`).join(', ')} the bare builds of the same run`,
      limit: `1.15 × the bare builds in each run (median bare sum ${seconds(bareSum)})`,
      met: coldRuns.every(x => x <= 1.15),
    },
    { name: 'Warm build (full cache hit)', figure: seconds(r.builds.warm.median), limit: '2.0 s', met: r.builds.warm.median <= 2 },
    { name: 'Content validation (median)', figure: `${r.validation.medianMs.toFixed(0)} ms`, limit: '300 ms', met: r.validation.medianMs <= 300 },
  ]
}

export function renderResults(r: Results): string {
  const m = r.machine
  const bareSum = r.decks.reduce((sum, d) => sum + d.bare.build.median, 0) + r.site.bare.median
  const lines = [
    '# Benchmark results',
    '',
    `Written by \`pnpm bench\` on ${m.date.slice(0, 10)} (${r.minutes.toFixed(1)} minutes). Medians of ${r.runs} runs unless noted; every sample is in [results.json](./results.json). The bare Slidev decks and the bare VitePress site were built in the same run, on the same machine, so compare ratios rather than absolute seconds across machines.`,
    '',
    `**Machine:** ${m.cpu}, ${m.memory}; ${m.os}; Node ${m.node}, pnpm ${m.pnpm}, Turbo ${m.turbo}; ${m.chromium}.`,
    '',
    '## Budgets',
    '',
    '| budget | figure | limit | |',
    '| --- | --- | --- | --- |',
    ...budgets(r).map(b => `| ${b.name} | ${b.figure} | ${b.limit} | ${status(b.met)} |`),
    '',
    '## Whole-repository builds (`pnpm build`, through Turbo)',
    '',
    '| build | median | samples (s) | what ran |',
    '| --- | ---: | --- | --- |',
    `| cold (\`--force\`: no cache) | ${seconds(r.builds.cold.median)} | ${samples(r.builds.cold.samples)} | all ${r.builds.cold.tasks} build tasks |`,
    `| warm (nothing changed) | ${seconds(r.builds.warm.median)} | ${samples(r.builds.warm.samples)} | ${r.builds.warm.cached} of ${r.builds.warm.total} tasks from the cache, none ran |`,
    `| after editing \`${r.builds.rebuild.edited}\` | ${seconds(r.builds.rebuild.median)} | ${samples(r.builds.rebuild.samples)} | ${r.builds.rebuild.ran.map(t => `\`${t}\``).join(', ')} |`,
    '',
    `The sum of the bare builds below (${r.decks.map(d => `${seconds(d.bare.build.median)} for the bare ${d.deck.slides}-slide deck`).join(', ')}, ${seconds(r.site.bare.median)} for the bare site) is ${seconds(bareSum)}. The cold build runs the content and UI packages first (in parallel), then the addon, then both decks and the site's pages side by side, then copies the decks into the site. After a deck edit the other deck comes from the cache; the site's pages build again because the deck gallery shows each deck's title and slide count, read from its slides.md, and then the site copies the new deck in.`,
    '',
    '## Decks beside a bare Slidev deck',
    '',
    'Build: `slidev build` alone (the deck’s content check included). JS: what Chromium loads to show slide 1, read back from disk.',
    '',
    '| deck | slides | build | bare build | ratio | JS raw | gzip | bare raw | bare gzip | gzip difference |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...r.decks.map(({ deck, bare }) => `| ${deck.name} | ${deck.slides} | ${seconds(deck.build.median)} | ${seconds(bare.build.median)} | ${(deck.build.median / bare.build.median).toFixed(2)}× | ${kb(deck.js.raw)} | ${kb(deck.js.gzip)} | ${kb(bare.js.raw)} | ${kb(bare.js.gzip)} | ${signedKb(deck.js.gzip - bare.js.gzip)} |`),
    '',
    '### What the deck JS gap is made of',
    '',
    'Slidev puts every slide’s speaker notes, as HTML, into the chunk that shows slide 1. The kit’s decks carry long notes: the presenter’s own, plus what the addon writes from the content (a claim’s verdict and its sources, each perspective in full, a lesson activity’s steps). A second bare deck, with the same slide count and those same notes, was built in the same run; the gap between the two bare decks is the notes, and what is left is the kit’s components and the content the slides show.',
    '',
    '| deck | bare deck | bare deck with the deck’s notes | the notes | the kit | kit deck | kit over the bare deck with notes |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...r.decks.map(({ deck, bare, bareWithNotes: notes }) => `| ${deck.name} | ${kb(bare.js.gzip)} | ${kb(notes.js.gzip)} | ${signedKb(notes.js.gzip - bare.js.gzip)} | ${signedKb(deck.js.gzip - notes.js.gzip)} | ${kb(deck.js.gzip)} | ${notes.js.gzip + 10 * 1024 >= deck.js.gzip ? 'within' : 'over'} 10 KB |`),
    '',
    '### PDF export (`kit-deck export`: the slides PDF and the handout PDF with notes)',
    '',
    '| deck | slides | export | per slide | samples (s) |',
    '| --- | ---: | ---: | ---: | --- |',
    ...r.decks.map(({ deck, export: e }) => `| ${deck.name} | ${deck.slides} | ${seconds(e.median)} | ${e.perSlide.toFixed(2)} s | ${samples(e.samples)} |`),
    '',
    '## The site beside a bare VitePress site',
    '',
    '| | pages | `vitepress build` | samples (s) |',
    '| --- | ---: | ---: | --- |',
    `| teaching site | ${r.site.pages} | ${seconds(r.site.site.median)} | ${samples(r.site.site.samples)} |`,
    `| bare VitePress site | ${r.site.barePages} | ${seconds(r.site.bare.median)} | ${samples(r.site.bare.samples)} |`,
    `| bare VitePress site with the site’s own pages as plain markdown (${(r.site.sameText.markdownBytes / 2 ** 20).toFixed(1)} MB) | ${r.site.sameText.pages} | ${seconds(r.site.sameText.median)} | ${samples(r.site.sameText.samples)} |`,
    '',
    `Ratio: ${(r.site.site.median / r.site.bare.median).toFixed(2)}× the bare site. Given the kit’s own text, a bare VitePress site takes ${(r.site.sameText.median / r.site.bare.median).toFixed(2)}× the bare site: that much of the gap is the text itself (VitePress compiles every page to a Vue component and bundles it twice, for the browser and for rendering). The kit’s theme, data loaders, dynamic routes, search entries and components take the site from there to ${(r.site.site.median / r.site.sameText.median).toFixed(2)}× the same-text site.`,
    '',
    '### First-load JavaScript per page type',
    '',
    `What Chromium loads to show the page, until the network is idle. The bare site’s plain page loads ${kb(r.site.bareJs.page.raw)} raw, ${kb(r.site.bareJs.page.gzip)} gzip; its home page ${kb(r.site.bareJs.home.raw)} raw, ${kb(r.site.bareJs.home.gzip)} gzip.`,
    '',
    '| page type | path | files | raw | gzip | gzip over the bare page |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
    ...r.site.js.map(p => `| ${p.type} | \`${p.path}\` | ${p.files} | ${kb(p.raw)} | ${kb(p.gzip)} | ${signedKb(p.gzip - (p.path === '/' ? r.site.bareJs.home.gzip : r.site.bareJs.page.gzip))} |`),
    '',
    '(The home page is compared with the bare home page; every other page with the bare plain page.)',
    '',
    '### Lighthouse performance per page type',
    '',
    `The \`lighthouse\` package's mobile defaults (simulated slow 4G and a mid-range phone's CPU) driving the system Chromium; every page served with gzip. The bare site's plain page scores ${r.site.bareLighthouse.page.score} (TBT ${r.site.bareLighthouse.page.tbt} ms, ${r.site.bareLighthouse.page.domSize} DOM elements); its home page ${r.site.bareLighthouse.home.score} (TBT ${r.site.bareLighthouse.home.tbt} ms).`,
    '',
    '| page type | path | score | samples | TBT | LCP | DOM elements |',
    '| --- | --- | ---: | --- | ---: | ---: | ---: |',
    ...r.site.lighthouse.map(p => `| ${p.type} | \`${p.path}\` | ${p.score} | ${p.samples.map(s => s.score).join(', ')} | ${p.tbt} ms | ${(p.lcp / 1000).toFixed(1)} s | ${p.domSize} |`),
    '',
    '## Content validation',
    '',
    `Reading and parsing every YAML file, then every schema and cross-reference rule: median ${r.validation.medianMs.toFixed(0)} ms over ${r.validation.runs} runs in one process (the first, cold run: ${r.validation.coldMs.toFixed(0)} ms). \`kit-content validate\` as a new process, Node and TypeScript start-up included: ${seconds(r.validation.cliSeconds)}.`,
  ]
  return `${lines.join('\n')}\n`
}
