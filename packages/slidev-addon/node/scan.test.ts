import type { Problem } from '@kit/content/node'
import { createContentIndex } from '@kit/content'
import { loadContent } from '@kit/content/node'
import { describe, expect, it } from 'vitest'
import { subsetContent } from '../selectors.ts'
import { scanDeckSource } from './scan.ts'
import { parseAttrs } from './tags.ts'

const content = loadContent()
const index = createContentIndex(content)

const deck = (body: string) => `---\ntheme: default\n---\n\n# Cover\n\n---\n\n${body}\n`
const scan = (body: string) => scanDeckSource(deck(body), 'decks/demo/slides.md', index)
function only(problems: Problem[]) {
  expect(problems).toHaveLength(1)
  return problems[0]!
}

describe('parseAttrs', () => {
  it('reads static, boolean and bound attributes', () => {
    expect(parseAttrs(' id="sanctions-pledge" paraphrase :ids="x" quote-only')).toEqual({ 'id': 'sanctions-pledge', 'paraphrase': true, ':ids': 'x', 'quote-only': true })
  })
})

describe('scanDeckSource', () => {
  it('finds each component with its line and slide, and what it needs', async () => {
    const result = await scan('<ClaimCard id="sanctions-pledge" />\n\n<Term id="suwalki-gap" />')
    expect(result.problems).toEqual([])
    expect(result.uses.map(u => [u.name, u.line, u.slide])).toEqual([['ClaimCard', 9, 2], ['Term', 11, 2]])
    expect(result.selection.claims).toEqual(['sanctions-pledge'])
    expect(result.selection.glossary).toEqual(['suwalki-gap'])
  })

  it('reports a wrong id with file, line, slide, the bad id and the nearest ids', async () => {
    const problem = only((await scan('Some text\n\n<ClaimCard id="sanction-pledge" />')).problems)
    expect(problem).toMatchObject({ code: 'UnknownReference', file: 'decks/demo/slides.md', line: 11, item: 'slide 2', field: '<ClaimCard id>' })
    expect(problem.message).toBe('unknown claim id `sanction-pledge`.')
    expect(problem.hint).toBe('Did you mean `sanctions-pledge`?')
  })

  it('reports wrong ids inside a list', async () => {
    const problem = only((await scan('<ClaimList ids="sanctions-pledge,putin-risk-realst" />')).problems)
    expect(problem).toMatchObject({ field: '<ClaimList ids>', message: 'unknown claim id `putin-risk-realst`.', hint: 'Did you mean `putin-risk-realist`?' })
  })

  it('refuses bound attributes, whose ids cannot be checked', async () => {
    const problem = only((await scan('<ClaimCard :id="someId" />')).problems.filter(p => p.field === '<ClaimCard :id>'))
    expect(problem.code).toBe('DynamicAttribute')
    expect(problem.hint).toContain('id="…"')
  })

  it('refuses unknown attributes and values', async () => {
    const { problems } = await scan('<ClaimList kind="opinion" colour="red" />')
    expect(problems.map(p => [p.code, p.message])).toEqual(expect.arrayContaining([
      ['UnknownAttribute', '<ClaimList> has no attribute `colour`.'],
      ['InvalidAttribute', '`opinion` is not a valid kind.'],
    ]))
  })

  it('reports a missing id and an empty selection', async () => {
    expect(only((await scan('<Term />')).problems).message).toBe('needs `id`: the glossary term to show.')
    expect((await scan('<TimelineStrip from="1990-01-01" to="1990-12-31" />')).problems[0]!.message).toBe('selects no timeline event.')
  })

  it('checks lesson activities', async () => {
    const problem = only((await scan('<LessonActivity lesson="single-period" activity="warmup" />')).problems)
    expect(problem).toMatchObject({ field: '<LessonActivity activity>', message: 'lesson `single-period` has no activity `warmup`.' })
    expect(problem.hint).toContain('`warm-up`')
  })

  it('takes `lesson` and `activity` from the deck\'s headmatter and the slide\'s frontmatter', async () => {
    const markdown = '---\ntheme: default\nkitLesson: single-period\n---\n\n# Cover\n\n---\nactivity: claim-sort\n---\n\n<ClaimList />\n\n<LessonActivity />\n'
    const { problems, selection } = await scanDeckSource(markdown, 'decks/demo/slides.md', index)
    expect(problems).toEqual([])
    expect(selection.claims).toEqual(content.lessons.find(l => l.id === 'single-period')!.activities.find(a => a.id === 'claim-sort')!.claims)
    expect(selection.lessons).toEqual(['single-period'])
  })

  it('reports an unknown lesson or activity of the deck once, at its line', async () => {
    const markdown = '---\ntheme: default\nkitLesson: single-period\n---\n\n# Cover\n\n---\nactivity: claimsort\n---\n\n<ClaimList />\n'
    const { problems } = await scanDeckSource(markdown, 'decks/demo/slides.md', index)
    expect(problems).toEqual([expect.objectContaining({ code: 'UnknownActivity', line: 9, item: 'slide 2', field: 'activity', hint: 'Did you mean `claim-sort`?' })])
  })

  it('selects what lesson activities list', async () => {
    const { problems, selection } = await scan('<ClaimList lesson="single-period" activity="claim-sort" />')
    expect(problems).toEqual([])
    const activity = content.lessons.find(l => l.id === 'single-period')!.activities.find(a => a.id === 'claim-sort')!
    expect(selection.claims).toEqual(content.claims.filter(c => activity.claims.includes(c.id)).map(c => c.id).sort((a, b) => activity.claims.indexOf(a) - activity.claims.indexOf(b)))
  })
})

describe('subsetContent', () => {
  it('ships only the selected items and no article text', async () => {
    const { selection } = await scan('<ClaimCard id="sanctions-pledge" />\n<Perspectives ids="realist-restraint" />')
    const subset = subsetContent(content, selection)
    expect(subset.claims.map(c => c.id)).toEqual(['sanctions-pledge'])
    expect(subset.perspectives.map(p => p.id)).toEqual(['realist-restraint'])
    expect(subset.timeline).toEqual([])
    expect(subset.article.text).toBe('')
    expect(JSON.stringify(subset).length).toBeLessThan(JSON.stringify(content).length / 10)
  })
})

describe('subsetContent trims what components do not show', () => {
  it('keeps card details only for cards, and hindsight only when asked', async () => {
    const { selection } = await scan('<ClaimList kind="factual" show="verdict" />\n<ClaimCard id="sanctions-pledge" hindsight />')
    const subset = subsetContent(content, selection)
    const listed = subset.claims.find(c => c.id === 'lukashenko-requested-help')!
    expect(listed.verdict).toEqual({ rating: 'supported', explanation: '', sources: [] })
    expect(listed.evidence).toEqual([])
    const card = subset.claims.find(c => c.id === 'sanctions-pledge')!
    expect(card.paraphrase).toBe(index.claims.get('sanctions-pledge').paraphrase)
    expect(card.evidence.length).toBeGreaterThan(0)
    expect(card.evidence.every(e => e.kind === 'hindsight')).toBe(true)
  })

  it('ships a claim that <Perspectives claim> looks up, and no teacher guidance', async () => {
    const { selection } = await scan('<Perspectives claim="putin-risk-realist" />\n<Questions ids="deterrence-chain" />\n<LessonActivity lesson="single-period" activity="warm-up" />')
    const subset = subsetContent(content, selection)
    expect(subset.claims.map(c => c.id)).toEqual(['putin-risk-realist'])
    expect(subset.questions[0]!.guidance).toEqual({ strongAnswer: [], watchFor: [] })
    expect(subset.lessons[0]!.activities.every(a => a.teacher.length === 0)).toBe(true)
    expect(subset.lessons[0]!.assessment.rubric).toEqual([])
  })

  it('ships a perspective\'s first sentence, which is all a slide shows of its argument', async () => {
    const { selection } = await scan('<Perspectives ids="realist-restraint" />')
    const [shipped] = subsetContent(content, selection).perspectives
    const whole = index.perspectives.get('realist-restraint').argument
    expect(whole.length).toBeGreaterThan(shipped!.argument.length)
    expect(whole.startsWith(shipped!.argument)).toBe(true)
    expect(shipped!.argument).toMatch(/[.!?]$/)
  })
})
