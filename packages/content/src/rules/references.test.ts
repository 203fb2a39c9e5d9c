import { describe, expect, it } from 'vitest'
import { runRule } from '../../test/fixture.ts'
import { references } from './references.ts'

describe('references', () => {
  it('passes when every id names an item', () => {
    expect(runRule(references)).toEqual([])
  })

  it('names the nearest id for an unknown one, in any collection and at any depth', () => {
    expect(runRule(references, ['claims.yaml', 'counterpoints: [stay-out]', 'counterpoints: [stay-outt]'])).toEqual([
      expect.objectContaining({ code: 'UnknownReference', file: 'data/claims.yaml', line: 7, item: 'warn-now', field: 'counterpoints[0]', message: 'unknown perspective id `stay-outt`.', hint: 'Did you mean `stay-out`?' }),
    ])
    expect(runRule(references, ['lessons/short.yaml', '    questions: [what-is-asked]\n    terms', '    questions: [what-was-asked]\n    terms'])).toEqual([
      expect.objectContaining({ file: 'data/lessons/short.yaml', item: 'short', field: 'activities[1].questions[0]', hint: 'Did you mean `what-is-asked`?' }),
    ])
    expect(runRule(references, ['claims.yaml', 'of: warn-now\n- id: border-test', 'of: warn-later\n- id: border-test'])).toEqual([
      expect.objectContaining({ item: 'army-grown', field: 'argument.of', message: 'unknown claim id `warn-later`.' }),
    ])
  })

  it('says where valid ids are listed when none is close', () => {
    const [problem] = runRule(references, ['questions.yaml', 'claims: [warn-now]', 'claims: [zzz]'])
    expect(problem).toMatchObject({ item: 'what-is-asked', field: 'claims[0]', hint: 'Valid claim ids are listed in data/claims.yaml.' })
  })

  it('reports an id listed twice in one list', () => {
    expect(runRule(references, ['claims.yaml', 'counterpoints: [stay-out]', 'counterpoints: [stay-out, stay-out]'])).toEqual([
      expect.objectContaining({ code: 'DuplicateReference', item: 'warn-now', field: 'counterpoints[1]', message: 'lists `stay-out` twice.' }),
    ])
  })
})
