import { describe, expect, it } from 'vitest'
import { runRule } from '../../test/fixture.ts'
import { rawIds } from './raw-ids.ts'

describe('rawIds', () => {
  it('passes the valid fixture', () => {
    expect(runRule(rawIds)).toEqual([])
  })

  it('finds an id typed where people read words, and names the item', () => {
    expect(runRule(rawIds, ['lessons/short.yaml', 'support: [Read aloud.]', 'support: [Read aloud; start with army-grown.]'])).toEqual([
      expect.objectContaining({ code: 'RawIdInText', item: 'short', field: 'differentiation.support[0]', message: expect.stringContaining('`army-grown`'), hint: expect.stringContaining('e.g.') }),
    ])
  })

  it('leaves the id field itself, and an id that is its own item\'s phrase, alone', () => {
    // Like a question `counter-op-ed` that asks for a counter-op-ed: there the words are the phrase, not the id.
    const prompt = 'prompt: What does the article ask Country A to do?'
    expect(runRule(rawIds, ['questions.yaml', prompt, 'prompt: Write a what-is-asked note. What does the article ask Country A to do?'], ['lessons/short.yaml', 'support: [Read aloud.]', 'support: [Ask what-is-asked first.]'])).toEqual([])
  })
})
