import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { patches, slidevA11yPatch } from './a11y.ts'

const client = dirname(createRequire(import.meta.url).resolve('@slidev/client'))
const plugin = slidevA11yPatch()
function transform(code: string, id: string) {
  const errors: string[] = []
  const context = {
    error: (message: string) => {
      errors.push(message)
      throw new Error(message)
    },
  }
  try {
    return { result: (plugin.transform as (this: unknown, code: string, id: string) => { code: string } | undefined).call(context, code, id), errors }
  }
  catch {
    return { result: undefined, errors }
  }
}

describe('slidevA11yPatch', () => {
  it.each(patches)('patches $file of the installed Slidev', ({ file, replace }) => {
    const id = join(client, file)
    const { result } = transform(readFileSync(id, 'utf8'), id)
    for (const [, to] of replace)
      expect(result!.code).toContain(to)
  })

  it('leaves no button inside the menu button', () => {
    const id = join(client, 'internals/MenuButton.vue')
    const { result } = transform(readFileSync(id, 'utf8'), id)
    expect(result!.code.match(/<button/g) ?? []).toHaveLength(0)
  })

  it('fails loudly when Slidev changes the markup', () => {
    const { errors } = transform('<template><div /></template>', `${client}/internals/MenuButton.vue`)
    expect(errors[0]).toMatch(/MenuButton\.vue changed; cannot fix/)
  })

  it('ignores other files and the Vue plugin\'s sub-requests', () => {
    expect(transform('x', '/a/b.vue').result).toBeUndefined()
    expect(transform('x', `${client}/internals/MenuButton.vue?vue&type=script`).result).toBeUndefined()
  })
})
