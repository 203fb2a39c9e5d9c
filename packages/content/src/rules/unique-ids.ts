import type { Rule } from '../context.ts'
import { isRecord } from '../context.ts'

/** Ids are unique within each collection. A broken item still owns its id. */
export const uniqueIds: Rule = (context, report) => {
  for (const entries of Object.values(context.entries)) {
    const seen = new Set<string>()
    for (const entry of entries) {
      const id = isRecord(entry.data) && typeof entry.data.id === 'string' ? entry.data.id : undefined
      if (id === undefined)
        continue
      if (seen.has(id))
        report('DuplicateId', { id }, entry, 'id')
      seen.add(id)
    }
  }
}
