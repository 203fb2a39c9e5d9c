import type { Rule } from '../context.ts'
import { dataPath, referenceFields } from '../collections.ts'
import { getIn, isRecord } from '../context.ts'

/**
 * Every field declared with `reference('…')` names an existing item (the
 * nearest ids are suggested), and no list names the same id twice.
 * References into a collection whose file could not be read are not checked.
 */
export const references: Rule = (context, report) => {
  const ids: Record<string, Set<string>> = {}
  const idsOf = (name: string) => ids[name] ??= new Set(context.entries[name as keyof typeof context.entries]
    .map(entry => isRecord(entry.data) ? entry.data.id : undefined)
    .filter(id => typeof id === 'string'))

  for (const [name, config] of Object.entries(context.registry)) {
    const fields = referenceFields(config.schema)
    for (const item of context.items[name as keyof typeof context.items]) {
      for (const field of fields) {
        if (!context.readable.has(field.collection as never))
          continue
        const target = context.registry[field.collection as keyof typeof context.registry]
        for (const [id, path] of valuesAt(item.value, field.path)) {
          if (!idsOf(field.collection).has(id))
            report('UnknownReference', { noun: target.noun, id, candidates: idsOf(field.collection), listedIn: dataPath(target) }, item, ...path)
          const index = path.at(-1)
          if (typeof index === 'number' && (getIn(item.value, path.slice(0, -1)) as string[]).indexOf(id) < index)
            report('DuplicateReference', { id }, item, ...path)
        }
      }
    }
  }
}

/** The string values at a field path (`*` for every element of a list), with their concrete paths. */
export function* valuesAt(value: unknown, path: ReadonlyArray<string | '*'>, at: PropertyKey[] = []): Generator<[string, PropertyKey[]]> {
  if (path.length === 0) {
    if (typeof value === 'string')
      yield [value, at]
    return
  }
  const [head, ...rest] = path
  if (head === '*') {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++)
        yield* valuesAt(value[i], rest, [...at, i])
    }
  }
  else if (isRecord(value)) {
    yield* valuesAt(value[head!], rest, [...at, head!])
  }
}
