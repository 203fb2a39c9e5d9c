import { describe, expect, it } from 'vitest'
import { runRule } from '../../test/fixture.ts'
import { phrases } from './phrases.ts'

describe('phrases', () => {
  it('passes when every phrase occurs in the article', () => {
    expect(runRule(phrases)).toEqual([])
  })

  it('reports a phrase the article does not contain', () => {
    expect(runRule(phrases, ['glossary.yaml', 'articlePhrases: [army]', 'articlePhrases: [navy]'])).toEqual([
      expect.objectContaining({ code: 'PhraseNotInSource', item: 'army', field: 'articlePhrases[0]', message: '"navy" does not occur in the article.' }),
    ])
  })
})
