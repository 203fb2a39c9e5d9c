/**
 * Patches Slidev's own UI where it fails WCAG checks, at build time.
 * The patterns are tied to @slidev/client 52.20.x: when one is missing the
 * build fails, so an upgrade cannot silently bring the problems back.
 */
import type { Plugin } from 'vite'

interface Patch {
  file: string
  why: string
  replace: [from: string, to: string][]
}

export const patches: Patch[] = [
  {
    file: 'internals/MenuButton.vue',
    why: 'the menu toggles wrap an IconButton <button> in another <button> (axe nested-interactive)',
    replace: [
      ['<button :class="{ disabled }" @click="value = !value">', '<div :class="{ disabled }" @click="value = !value">'],
      ['    </button>\n    <KeepAlive>', '    </div>\n    <KeepAlive>'],
    ],
  },
  {
    file: 'internals/Goto.vue',
    why: 'the go-to-slide input has no label (axe label)',
    replace: [['placeholder="Goto..."', 'placeholder="Goto..."\n        aria-label="Go to slide"']],
  },
]

export function slidevA11yPatch(): Plugin {
  return {
    name: 'kit:slidev-a11y',
    enforce: 'pre',
    transform(code, id) {
      // Only the whole SFC, before the Vue plugin splits it into `?vue&type=…` parts.
      if (id.includes('?'))
        return undefined
      const path = id.split('\\').join('/')
      const patch = patches.find(p => path.endsWith(`/@slidev/client/${p.file}`))
      if (!patch)
        return undefined
      let out = code
      for (const [from, to] of patch.replace) {
        if (!out.includes(from))
          this.error(`kit:slidev-a11y: ${patch.file} changed; cannot fix ${patch.why}. Update packages/slidev-addon/node/a11y.ts for this Slidev version.`)
        out = out.replace(from, to)
      }
      return { code: out, map: null }
    },
  }
}
