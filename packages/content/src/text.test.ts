import { describe, expect, it } from 'vitest'
import { lineOf, overlaps, splitParagraphs, splitSentences } from './text.ts'

describe('splitSentences', () => {
  it('does not split inside a quotation or after an abbreviation', () => {
    const text = 'He was met by roars of “go away! Go away!” Then on Aug. 9 the U.S. spoke. What now?\nNext.'
    expect(splitSentences(text).map(s => s.text)).toEqual([
      'He was met by roars of “go away! Go away!”',
      'Then on Aug. 9 the U.S. spoke.',
      'What now?',
      'Next.',
    ])
  })

  it('keeps ranges that point back into the text and never crosses a paragraph', () => {
    const text = 'One. Two\n\nThree!\n'
    const sentences = splitSentences(text)
    expect(sentences.map(s => [s.text, s.paragraph])).toEqual([['One.', 0], ['Two', 0], ['Three!', 1]])
    for (const s of sentences)
      expect(text.slice(...s.range)).toBe(s.text)
  })

  it('does not split before a lower-case word', () => {
    expect(splitSentences('It cost 5 p.c. more.').map(s => s.text)).toEqual(['It cost 5 p.c. more.'])
  })
})

describe('splitParagraphs', () => {
  it('skips blank lines and trims', () => {
    expect(splitParagraphs('a\n\n  b \n').map(p => p.range)).toEqual([[0, 1], [5, 6]])
  })
})

describe('overlaps and lineOf', () => {
  it('treat ranges as half-open and count lines from 1', () => {
    expect(overlaps([0, 5], [5, 9])).toBe(false)
    expect(overlaps([0, 6], [5, 9])).toBe(true)
    expect(lineOf('a\nb\nc', 4)).toBe(3)
  })
})
