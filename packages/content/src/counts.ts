import type { ContentOf, Registry } from './collections.ts'
import { collections, pluralOf } from './collections.ts'

/** The counts `pnpm validate` prints: the article's sentences, then `  34 claims` per collection. */
export function counts<R extends Registry>(content: ContentOf<R>, registry: R = collections as never): string {
  const rows: Array<[number, string]> = [
    [content.article.sentences.length, 'sentences'],
    ...Object.entries(registry).map(([name, config]): [number, string] => [(content[name] as unknown[]).length, pluralOf(config)]),
  ]
  return rows.map(([n, name]) => `  ${String(n).padStart(3)} ${name}`).join('\n')
}
