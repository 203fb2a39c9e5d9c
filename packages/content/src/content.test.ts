import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkContent, defaultDataDir } from './load.ts'

const result = checkContent({ built: false })

describe('the kit\'s real content', () => {
  it('is valid', () => {
    expect(result.ok ? [] : result.problems).toEqual([])
  })

  if (!result.ok)
    return
  const { content } = result

  it('keeps the article byte for byte, curly quotes included', () => {
    const text = readFileSync(`${defaultDataDir}article.txt`, 'utf8')
    expect(content.article.text).toBe(text)
    expect(text).toContain('Lukashenko’s request')
    expect(text).toContain('“go away! Go away!”')
    expect(text).not.toMatch(/['"]/)
  })

  it('states the author as attributed, not confirmed', () => {
    expect(content.article.author).toMatchObject({ status: 'attributed', value: 'Tom Rogan' })
    expect(content.article.outlet).toMatchObject({ status: 'confirmed', value: 'Washington Examiner' })
  })

  it('has the amounts the kit promises', () => {
    expect(content.claims.length).toBeGreaterThanOrEqual(25)
    expect(content.claims.length).toBeLessThanOrEqual(35)
    expect(content.timeline.length).toBeGreaterThanOrEqual(25)
    expect(content.glossary.length).toBeGreaterThanOrEqual(20)
    expect(content.perspectives.length).toBeGreaterThanOrEqual(6)
    expect(content.questions.length).toBeGreaterThanOrEqual(15)
    expect(new Set(content.questions.map(q => q.level)).size).toBeGreaterThanOrEqual(3)
  })

  it('spans 1994 to 2025 and tells mentioned, context and hindsight events apart', () => {
    expect(content.timeline[0]!.date.slice(0, 4)).toBe('1994')
    expect(content.timeline.at(-1)!.date.slice(0, 4)).toBe('2025')
    expect(new Set(content.timeline.map(e => e.relation))).toEqual(new Set(['mentioned', 'context', 'hindsight']))
    // Nothing after the article's window is presented as something it mentions.
    expect(content.timeline.filter(e => e.relation === 'mentioned' && e.date > '2020-08-18')).toEqual([])
    expect(content.timeline.filter(e => e.relation === 'hindsight' && e.date < '2020-08-18')).toEqual([])
  })

  it('has a 50-minute and a 90-minute lesson plan', () => {
    expect(content.lessons.map(l => l.totalMinutes).sort()).toEqual([50, 90])
  })

  it('gives every checkable factual claim a verdict with a source', () => {
    for (const claim of content.claims.filter(c => c.kind === 'factual'))
      expect(claim.verdict?.sources.length, claim.id).toBeGreaterThan(0)
  })
})
