/**
 * Build-time access to the validated content for the site's config, data
 * loaders and dynamic routes (Node only). Pages receive plain data from
 * these; nothing here reaches the browser.
 */
import type { ContentIndex } from '@kit/content'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { createContentIndex } from '@kit/content'
import { loadBuiltContent } from '@kit/content/node'

// VitePress bundles the config, each data loader and each dynamic route on
// its own, so a module-level cache would validate the content once per file.
const cache = globalThis as { kitContentIndex?: ContentIndex }

/** The content, validated once per process; invalid content throws with every problem listed. */
export function content(): ContentIndex {
  cache.kitContentIndex ??= createContentIndex(loadBuiltContent())
  return cache.kitContentIndex
}

/** `vitepress dev`, as opposed to a build: loaders watch files and link what exists only then. */
export const dev = process.argv.includes('dev')

/**
 * Files whose change makes `vitepress dev` reload content data. Only in dev:
 * VitePress globs watch patterns on every build too, and a pattern outside the
 * site folder makes that glob crawl the whole workspace (about 45 s).
 */
export const contentFiles = dev
  ? [`${fileURLToPath(new URL('../../packages/content/data/', import.meta.url))}**/*.{yaml,txt}`]
  : []

/** Short one-line label for a claim, for links and lists. */
export function claimLabel(quote: string, max = 90): string {
  return quote.length > max ? `${quote.slice(0, max - 1).trimEnd()}…` : quote
}
