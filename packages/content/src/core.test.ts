import { describe, expect, it } from 'vitest'
import { claimKinds, questionLevels } from './constants.ts'
import { createContentIndex, UnknownIdError } from './core.ts'
import { loadContent } from './load.ts'

const content = loadContent()
const index = createContentIndex(content)

describe('createContentIndex over the real content', () => {
  it('has one accessor per collection, under the collection\'s name', () => {
    for (const name of ['claims', 'actors', 'timeline', 'glossary', 'perspectives', 'questions', 'lessons'] as const)
      expect(index[name].ids()).toEqual(content[name].map(item => item.id))
  })

  it('gets a claim by id, and names the nearest ids for a wrong one', () => {
    expect(index.claims.get('sanctions-pledge').argument).toEqual({ role: 'thesis' })
    expect(() => index.claims.get('sanction-pledge')).toThrow(UnknownIdError)
    expect(() => index.claims.get('sanction-pledge')).toThrow('Unknown claims id `sanction-pledge`. Did you mean `sanctions-pledge`?')
    try {
      index.claims.get('sanction-pledge')
    }
    catch (error) {
      expect((error as UnknownIdError).suggestions).toEqual(['sanctions-pledge'])
    }
    expect(index.claims.find('nope')).toBeUndefined()
  })

  it('groups every claim by kind, with every kind present', () => {
    const byKind = index.claimsByKind()
    expect(Object.keys(byKind)).toEqual([...claimKinds])
    expect(Object.values(byKind).flat()).toHaveLength(content.claims.length)
    expect(byKind.normative.map(c => c.id)).toContain('sanctions-pledge')
  })

  it('groups questions by level and finds the claims an actor is in', () => {
    expect(Object.keys(index.questionsByLevel())).toEqual([...questionLevels])
    expect(index.claimsByActor('putin').length).toBeGreaterThan(3)
    expect(() => index.claimsByActor('putn')).toThrow('Did you mean `putin`?')
  })

  it('gives the thesis and the claims that argue for it', () => {
    expect(index.thesis().id).toBe('sanctions-pledge')
    expect(index.argumentChildren('sanctions-pledge').length).toBeGreaterThan(2)
  })

  it('lists counterpoints, the claim\'s own first', () => {
    const claim = content.claims.find(c => c.counterpoints.length > 0)!
    expect(index.counterpointsFor(claim.id).slice(0, claim.counterpoints.length).map(p => p.id)).toEqual(claim.counterpoints)
  })

  it('filters the timeline by date, inclusive', () => {
    const august = index.timelineBetween('2020-08-01', '2020-08-31')
    expect(august.length).toBeGreaterThan(5)
    expect(august.every(e => e.date.startsWith('2020-08'))).toBe(true)
    expect(august.map(e => e.id)).toContain('election-day')
  })

  it('splits the article into segments that rebuild each paragraph exactly', () => {
    const segments = index.segments()
    expect(segments).toHaveLength(content.article.paragraphs.length)
    segments.forEach((paragraph, i) => {
      const [start, end] = content.article.paragraphs[i]!.range
      expect(paragraph.map(s => s.text).join('')).toBe(content.article.text.slice(start, end))
    })
    const thesis = segments[0]!.find(s => s.claims.includes('sanctions-pledge'))
    expect(thesis?.text).toBe(index.claims.get('sanctions-pledge').quote)
  })

  it('maps every sentence to the claims that cover it', () => {
    const sentences = index.sentencesWithClaims()
    const uncovered = sentences.filter(s => s.claims.length === 0).map(s => s.text)
    expect(uncovered).toEqual(content.article.rhetoric.map(r => r.quote))
  })
})
