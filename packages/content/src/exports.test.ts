import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

describe('public API', () => {
  it('of the browser entry', async () => {
    expect(Object.keys(await import('./index.ts')).sort()).toMatchSnapshot()
  })

  it('of the Node entry', async () => {
    expect(Object.keys(await import('./node.ts')).sort()).toMatchSnapshot()
  })

  it('the browser entry reaches neither zod nor node: modules', () => {
    // Follow value imports (not `import type`) from index.ts through local files.
    const seen = new Set<string>()
    const external = new Set<string>()
    const visit = (file: string) => {
      if (seen.has(file))
        return
      seen.add(file)
      const source = readFileSync(new URL(file, import.meta.url), 'utf8')
      for (const [, spec] of source.matchAll(/^(?:import|export) (?!type )[^'"]*?from '([^']+)'/gm)) {
        if (spec!.startsWith('./'))
          visit(spec!)
        else
          external.add(spec!)
      }
    }
    visit('./index.ts')
    expect([...external].sort()).toEqual(['fastest-levenshtein'])
    expect(seen.has('./schema.ts')).toBe(false)
  })
})
