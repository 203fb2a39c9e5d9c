import { describe, expect, it } from 'vitest'
import { runRule } from '../../test/fixture.ts'
import { argument } from './argument.ts'

describe('argument', () => {
  it('passes when one thesis ends every chain', () => {
    expect(runRule(argument)).toEqual([])
  })

  it('reports a second thesis', () => {
    expect(runRule(argument, ['claims.yaml', '    role: supports\n    of: warn-now\n- id: border-test', '    role: thesis\n- id: border-test'])).toEqual([
      expect.objectContaining({ code: 'ThesisCount', item: 'army-grown', field: 'argument.role', message: '2 claims have `role: thesis` (`warn-now`, `army-grown`); the article has one thesis.' }),
    ])
  })

  it('reports a loop with its chain', () => {
    const problems = runRule(argument, ['claims.yaml', 'of: warn-now\n- id: border-test', 'of: border-test\n- id: border-test'], ['claims.yaml', /of: warn-now\n$/, 'of: army-grown\n'])
    expect(problems[0]).toMatchObject({ code: 'ArgumentCycle', item: 'army-grown', field: 'argument.of', message: 'the argument chain loops: army-grown → border-test → army-grown.' })
  })
})
