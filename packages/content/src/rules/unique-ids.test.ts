import { describe, expect, it } from 'vitest'
import { runRule } from '../../test/fixture.ts'
import { uniqueIds } from './unique-ids.ts'

describe('uniqueIds', () => {
  it('passes when ids are unique', () => {
    expect(runRule(uniqueIds)).toEqual([])
  })

  it('reports the second item with a used id, at its id', () => {
    expect(runRule(uniqueIds, ['actors.yaml', 'id: rival', 'id: country-a'])).toEqual([
      expect.objectContaining({ code: 'DuplicateId', file: 'data/actors.yaml', line: 6, item: 'country-a', field: 'id', message: 'id `country-a` is used more than once.' }),
    ])
  })

  it('counts an item that fails its schema as owning its id', () => {
    expect(runRule(uniqueIds, ['actors.yaml', 'id: rival\n  name: The rival', 'id: country-a\n  name: 7'])).toHaveLength(1)
  })
})
