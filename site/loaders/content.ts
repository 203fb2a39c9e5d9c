/**
 * Build-time access to the validated content for the site's config, data
 * loaders and dynamic routes (Node only). Pages receive plain data from
 * these; nothing here reaches the browser.
 */
import type { Content, ContentIndex } from '@kit/content'
import process from 'node:process'
import { createContentIndex } from '@kit/content'
import { loadContent } from '@kit/content/node'

// VitePress bundles the config, each data loader and each dynamic route on
// its own, so the index is kept beside the loader's own cache, per process.
const cache = globalThis as { kitContentIndex?: { content: Content, index: ContentIndex } }

/**
 * The content, validated; invalid content throws with every problem listed.
 * Cheap to call again: the loader re-reads only when a data file changed,
 * which is how `pnpm dev` shows an edit without a restart.
 */
export function content(): ContentIndex {
  const current = loadContent()
  if (cache.kitContentIndex?.content !== current)
    cache.kitContentIndex = { content: current, index: createContentIndex(current) }
  return cache.kitContentIndex.index
}

/** `vitepress dev`, as opposed to a build: loaders watch files and link what exists only then. */
export const dev = process.argv.includes('dev')

/** Short one-line label for a claim, for links and lists. */
export function claimLabel(quote: string, max = 90): string {
  return quote.length > max ? `${quote.slice(0, max - 1).trimEnd()}…` : quote
}
