/**
 * Every list of citations in the content (a claim's verdict sources, an
 * event's sources, the article's own), found from the schemas' `sources`
 * references, with each citation's source id and where it is. Shared by the
 * source-policy rules; computed once per validation.
 */
import type { Located, RuleContext } from '../context.ts'
import type { PolicyRule, Source } from '../schema.ts'
import { referenceFields } from '../collections.ts'
import { getIn, isRecord } from '../context.ts'
import { articleMetaSchema } from '../schema.ts'

export interface Cited { source: string, statementOf?: string, path: PropertyKey[] }
export interface CitationList { item: Located<unknown>, path: PropertyKey[], citations: Cited[] }

const cache = new WeakMap<RuleContext, CitationList[]>()

export function citationLists(context: RuleContext): CitationList[] {
  let lists = cache.get(context)
  if (lists)
    return lists
  lists = []
  const items: Array<[Located<unknown>, Array<Array<string | '*'>>]> = []
  const listPaths = (schema: Parameters<typeof referenceFields>[0]) => {
    const paths = referenceFields(schema).filter(f => f.collection === 'sources').map(f => f.path.slice(0, f.path.lastIndexOf('*')))
    return paths.filter((p, i) => paths.findIndex(q => q.join('.') === p.join('.')) === i)
  }
  if (context.article.meta)
    items.push([context.article.meta, listPaths(articleMetaSchema)])
  for (const [name, config] of Object.entries(context.registry)) {
    const paths = listPaths(config.schema)
    for (const item of context.items[name as keyof typeof context.items])
      items.push([item, paths])
  }
  for (const [item, paths] of items) {
    for (const pattern of paths) {
      for (const path of expand(item.value, pattern)) {
        const list = getIn(item.value, path) as unknown[]
        lists.push({ item, path, citations: list.map((c, i) => isRecord(c) ? { source: c.source as string, statementOf: c.statementOf as string | undefined, path: [...path, i] } : { source: c as string, path: [...path, i] }) })
      }
    }
  }
  cache.set(context, lists)
  return lists
}

/** The concrete paths of arrays matching a pattern (`*` for every element of a list). */
function expand(value: unknown, pattern: ReadonlyArray<string | '*'>, at: PropertyKey[] = []): PropertyKey[][] {
  if (pattern.length === 0)
    return Array.isArray(value) ? [at] : []
  const [head, ...rest] = pattern
  if (head === '*')
    return Array.isArray(value) ? value.flatMap((v, i) => expand(v, rest, [...at, i])) : []
  return isRecord(value) ? expand(value[head!], rest, [...at, head!]) : []
}

/** The valid sources by id. */
export function sourcesById(context: RuleContext): Map<string, Source> {
  return new Map(context.items.sources.map(s => [s.value.id, s.value]))
}

/** The policy rule of a kind, if the policy has it. */
export function policy<K extends PolicyRule['rule']>(context: RuleContext, rule: K): Extract<PolicyRule, { rule: K }> | undefined {
  return context.items.policy.find(p => p.value.rule === rule)?.value as Extract<PolicyRule, { rule: K }> | undefined
}
