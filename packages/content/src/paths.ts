/**
 * Where things are in the workspace, and the URLs they are served at: the
 * one place that knows the layout. Used by the content package, the addon,
 * the site, `create-deck` and the tests (Node only).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'

// This file runs from src/ (TypeScript) or dist/ (built): either way one level below the package.
const contentPackage = fileURLToPath(new URL('../', import.meta.url))
const root = join(contentPackage, '../../')

export const paths = {
  /** The monorepo root (with pnpm-workspace.yaml). */
  root,
  /** The content package's own data folder. */
  contentData: join(contentPackage, 'data/'),
  /** What the content package's build writes. */
  contentDist: join(contentPackage, 'dist/'),
  /** The validated content, as the content package's build exports it. */
  contentJson: join(contentPackage, 'dist/content.json'),
  contentSchemas: join(contentPackage, 'schemas/'),
  decks: join(root, 'decks/'),
  site: join(root, 'site/'),
  /** The static folder `pnpm build` fills: the site, the decks and the open data. */
  siteDist: join(root, 'site/.vitepress/dist/'),
  /** Served at the root of the site and of every deck. */
  favicon: join(root, 'packages/slidev-addon/assets/favicon.svg'),
}

export interface DeckInfo {
  /** The folder name under decks/, also the URL segment: `/decks/<name>/`. */
  name: string
  dir: string
  /** The deck's package name, e.g. `@kit/deck-briefing`. */
  packageName: string
  slides: string
  dist: string
}

/** Every deck: each folder under decks/ with a slides.md and a package.json, by name. */
export function listDecks(decksDir = paths.decks): DeckInfo[] {
  if (!existsSync(decksDir))
    return []
  return readdirSync(decksDir, { withFileTypes: true })
    .filter(d => d.isDirectory() && !d.name.startsWith('.') && existsSync(join(decksDir, d.name, 'slides.md')) && existsSync(join(decksDir, d.name, 'package.json')))
    .map(d => d.name)
    .sort()
    .map((name) => {
      const dir = join(decksDir, name)
      const { name: packageName } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string }
      return { name, dir, packageName, slides: join(dir, 'slides.md'), dist: join(dir, 'dist') }
    })
}

/** The path prefix the site is served under: `KIT_BASE`, e.g. `/belarus-kit/`, else `/`. */
export function siteBase(): string {
  const base = process.env.KIT_BASE?.trim()
  if (!base || base === '/')
    return '/'
  return `/${base.replace(/^\/+|\/+$/g, '')}/`
}

/** The URL path a deck is built for and served at. */
export const deckBase = (name: string) => `${siteBase()}decks/${name}/`

/** A path as contributors see it: relative to the repository, with forward slashes. */
export function displayPath(path: string): string {
  return path.startsWith(root) ? path.slice(root.length).split('\\').join('/') : path
}
