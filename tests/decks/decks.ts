/** The decks under decks/, as tests see them: name, folder, slide count, component uses. */
import type { ComponentUse } from '@kit/slidev-addon/node'
import { readFileSync } from 'node:fs'
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
  uses: ComponentUse[]
}

export async function loadDecks(): Promise<DeckInfo[]> {
  return Promise.all(listDecks().map(async ({ name, dir, slides: file }) => {
    const markdown = readFileSync(file, 'utf8')
    const { slides } = await parse(markdown, file)
    const { uses } = await scanDeckSource(markdown, `decks/${name}/slides.md`, index)
    const title = String(slides[0]?.frontmatter.title ?? '')
    return { name, dir, slides: slides.length, title, notes: slides.map(slide => slide.note ?? ''), uses }
  }))
}
