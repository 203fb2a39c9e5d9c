/** The kit's content components as written in deck markdown: names, static attributes and where. */
import { components } from '../selectors.ts'

const tagPattern = new RegExp(`<(${Object.keys(components).join('|')})(?=[\\s/>])([^>]*?)\\/?>`, 'g')
const attrPattern = /([:@]?[\w.-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'))?/g

/** Static attributes of a tag; bound ones (`:id`, `v-bind`) are returned with their raw name. */
export function parseAttrs(source: string): Record<string, string | true> {
  const attrs: Record<string, string | true> = {}
  for (const [, name, double, single] of source.matchAll(attrPattern))
    attrs[name!] = double ?? single ?? true
  return attrs
}

/** Every content component tag in `markdown`, with its attributes and offset. */
export function componentTags(markdown: string): Array<{ name: string, attrs: Record<string, string | true>, offset: number }> {
  return [...markdown.matchAll(tagPattern)].map(match => ({ name: match[1]!, attrs: parseAttrs(match[2] ?? ''), offset: match.index }))
}
