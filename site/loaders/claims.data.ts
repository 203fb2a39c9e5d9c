import type { ClaimKind, VerdictRating } from '@kit/content'
import { defineLoader } from 'vitepress'
import { content } from './content.ts'

export interface ClaimsData {
  claims: Array<{ id: string, quote: string, kind: ClaimKind, verdict?: VerdictRating, actors: string[] }>
  actors: Array<{ id: string, name: string }>
}

declare const data: ClaimsData
export { data }

export default defineLoader({
  load(): ClaimsData {
    const kit = content()
    const used = new Set(kit.content.claims.flatMap(c => c.actors))
    return {
      claims: kit.content.claims.map(c => ({ id: c.id, quote: c.quote, kind: c.kind, verdict: c.verdict?.rating, actors: c.actors })),
      actors: kit.content.actors.filter(a => used.has(a.id)).map(a => ({ id: a.id, name: a.name })),
    }
  },
})
