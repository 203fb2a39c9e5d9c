/** The decks under decks/, as tests see them: name, folder, slide count, component uses. */
import type { ComponentUse } from '@kit/slidev-addon/node'
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createContentIndex } from '@kit/content'
import { listDecks, loadContent, paths } from '@kit/content/node'
import { scanDeckSource } from '@kit/slidev-addon/node'
import { parse } from '@slidev/parser'

export const decksDir = paths.decks
export const index = createContentIndex(loadContent())

export interface DeckInfo {
  name: string
  dir: string
  slides: number
  /** The deck's title, from its headmatter. */
  title: string
  /** Each slide's speaker notes as written in slides.md (empty when none). */
  notes: string[]
  /** The deck's `duration` in minutes, from its headmatter (undefined when it sets none). */
  duration?: number
  uses: ComponentUse[]
}

export async function loadDecks(): Promise<DeckInfo[]> {
  return Promise.all(listDecks().map(async ({ name, dir, slides: file }) => {
    const markdown = readFileSync(file, 'utf8')
    const { slides } = await parse(markdown, file)
    const { uses } = await scanDeckSource(markdown, `decks/${name}/slides.md`, index)
    const title = String(slides[0]?.frontmatter.title ?? '')
    const duration = /^(\d+)min$/.exec(String(slides[0]?.frontmatter.duration ?? ''))?.[1]
    return { name, dir, slides: slides.length, title, notes: slides.map(slide => slide.note ?? ''), duration: duration ? Number(duration) : undefined, uses }
  }))
}

const copies: string[] = []

/**
 * A throwaway copy of the briefing deck inside decks/ (so paths and errors
 * read as a contributor's would), sharing its installed dependencies, with
 * `from` in its slides.md replaced by `to`. Remove with `removeDeckCopies`.
 */
export function deckCopy(from: string, to: string): string {
  const dir = mkdtempSync(join(decksDir, '.test-deck-'))
  copies.push(dir)
  cpSync(join(decksDir, 'briefing/slides.md'), join(dir, 'slides.md'))
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'test-deck', private: true, type: 'module' })}\n`)
  symlinkSync(join(decksDir, 'briefing/node_modules'), join(dir, 'node_modules'), 'dir')
  const markdown = readFileSync(join(dir, 'slides.md'), 'utf8')
  if (!markdown.includes(from))
    throw new Error(`decks/briefing/slides.md has no \`${from}\` to replace`)
  writeFileSync(join(dir, 'slides.md'), markdown.replace(from, to))
  return dir
}

export function removeDeckCopies(): void {
  for (const dir of copies.splice(0))
    rmSync(dir, { recursive: true, force: true })
}
