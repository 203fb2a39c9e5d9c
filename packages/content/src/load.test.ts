import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { broken, copyFixture, validFixture } from '../test/fixture.ts'
import { ContentError } from './errors.ts'
import { checkContent, exportContent } from './load.ts'

describe('exportContent', () => {
  it('writes content.json, one key per collection, and its JSON Schema for valid content', () => {
    const out = join(copyFixture(), '../out')
    exportContent(out, { dataDir: validFixture })
    const content = JSON.parse(readFileSync(join(out, 'content.json'), 'utf8'))
    expect(Object.keys(content)).toEqual(['article', 'claims', 'actors', 'timeline', 'glossary', 'perspectives', 'questions', 'lessons', 'materials', 'sources', 'policy', 'corrections'])
    expect(content.article.text).toBe(readFileSync(join(validFixture, 'article.txt'), 'utf8'))
    expect(JSON.parse(readFileSync(join(out, 'content.schema.json'), 'utf8')).$schema).toMatch(/2020-12/)
  })

  it('writes nothing and keeps the previous output when the content is invalid', () => {
    const data = broken(['claims.yaml', 'kind: prediction', 'kind: guess'])
    const out = join(data, '../out')
    exportContent(out, { dataDir: validFixture })
    const before = readFileSync(join(out, 'content.json'), 'utf8')
    expect(() => exportContent(out, { dataDir: data })).toThrow(ContentError)
    expect(readFileSync(join(out, 'content.json'), 'utf8')).toBe(before)

    const fresh = join(data, '../fresh')
    expect(() => exportContent(fresh, { dataDir: data })).toThrow(/data\/claims\.yaml:30 {2}claims → `border-test` → kind/)
    expect(existsSync(fresh)).toBe(false)
  })
})

describe('checkContent with a built content.json', () => {
  /** A fixture copy exported to `<root>/dist/content.json`, with the JSON's claims marked to tell it from the files. */
  function built(): { data: string, json: string } {
    const data = copyFixture()
    const json = join(data, '../dist/content.json')
    const { content } = exportContent(join(data, '../dist'), { dataDir: data })
    writeFileSync(json, JSON.stringify({ ...content, claims: content.claims.map(c => ({ ...c, paraphrase: 'from the JSON' })) }))
    return { data, json }
  }

  it('reads the built JSON while it is newer than every data file', () => {
    const { data, json } = built()
    const result = checkContent({ dataDir: data, built: json })
    expect(result.ok && result.content.claims[0]!.paraphrase).toBe('from the JSON')
  })

  it('validates the data files again once one is newer than the JSON', () => {
    const { data, json } = built()
    utimesSync(json, new Date(2000, 0, 1), new Date(2000, 0, 1))
    const result = checkContent({ dataDir: data, built: json })
    expect(result.ok && result.content.claims[0]!.paraphrase).not.toBe('from the JSON')
  })

  it('reports the data files\' problems, not a stale JSON, after a bad edit', () => {
    const { data, json } = built()
    writeFileSync(join(data, 'claims.yaml'), readFileSync(join(data, 'claims.yaml'), 'utf8').replace('kind: normative', 'kind: normativ'))
    utimesSync(json, new Date(2000, 0, 1), new Date(2000, 0, 1))
    const result = checkContent({ dataDir: data, built: json })
    expect(result.ok).toBe(false)
    expect(result.problems.map(p => p.field)).toContain('kind')
  })

  it('falls back to the data files when nothing is built', () => {
    const data = copyFixture()
    expect(checkContent({ dataDir: data, built: join(data, '../dist/missing.json') }).ok).toBe(true)
  })
})

describe('the cache', () => {
  it('returns the same result until a data file changes, then sees the change', () => {
    const data = copyFixture()
    const first = checkContent({ dataDir: data })
    expect(checkContent({ dataDir: data })).toBe(first)
    const file = join(data, 'actors.yaml')
    writeFileSync(file, readFileSync(file, 'utf8').replace('name: The rival', 'name: The neighbour'))
    const later = new Date(Date.now() + 5000)
    utimesSync(file, later, later)
    const second = checkContent({ dataDir: data })
    expect(second).not.toBe(first)
    expect(second.ok && second.content.actors.map(a => a.name)).toContain('The neighbour')
  })
})
