/** The decks under decks/, as tests see them: name, folder, slide count, component uses. */
import type { ComponentUse } from '@kit/slidev-addon/node'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createContentIndex } from '@kit/content'
import { loadContent } from '@kit/content/node'
import { scanDeckSource } from '@kit/slidev-addon/node'
import { parse } from '@slidev/parser'

export const decksDir = fileURLToPath(new URL('../../decks/', import.meta.url))
export const index = createContentIndex(loadContent())

export interface DeckInfo {
  name: string
  dir: string
  slides: number
  uses: ComponentUse[]
}

export async function loadDecks(): Promise<DeckInfo[]> {
  const names = readdirSync(decksDir, { withFileTypes: true }).filter(d => d.isDirectory() && !d.name.startsWith('.')).map(d => d.name)
  return Promise.all(names.sort().map(async (name) => {
    const dir = join(decksDir, name)
    const markdown = readFileSync(join(dir, 'slides.md'), 'utf8')
    const { slides } = await parse(markdown, join(dir, 'slides.md'))
    const { uses } = await scanDeckSource(markdown, `decks/${name}/slides.md`, index)
    return { name, dir, slides: slides.length, uses }
  }))
}
