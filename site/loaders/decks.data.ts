import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { deckBase, listDecks, paths } from '@kit/content/node'
import { parse } from '@slidev/parser'
import { defineLoader } from 'vitepress'
import { content, dev } from './content.ts'
import { deckFiles } from './pdfs.ts'

export interface DeckCard {
  name: string
  /** Where the built deck is served: `/decks/<name>/` under the site's base. */
  href: string
  title: string
  description: string
  minutes?: number
  slides: number
  pdfs: Array<{ label: string, href: string }>
}

declare const data: DeckCard[]
export { data }

/** One card per folder under decks/: a new deck appears here without any site change. */
export default defineLoader({
  // Dev only: in a build VitePress would glob this from the site folder, crawling the workspace.
  watch: dev ? [`${paths.decks}*/slides.md`, `${paths.decks}*/package.json`] : [],

  async load(): Promise<DeckCard[]> {
    return Promise.all(listDecks().map(async ({ name, dir }) => {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { description?: string }
      const { slides } = await parse(readFileSync(join(dir, 'slides.md'), 'utf8'), join(dir, 'slides.md'))
      const headmatter = slides[0]?.frontmatter ?? {}
      const lesson = typeof headmatter.kitLesson === 'string' ? content().lessons.find(headmatter.kitLesson) : undefined
      const duration = /^(\d+)\s*min/.exec(String(headmatter.duration ?? ''))
      const pdfs = deckFiles(name).map(pdf => ({ label: pdf.label, href: `${deckBase(name)}${pdf.file}` }))
      return {
        name,
        href: deckBase(name),
        title: String(headmatter.title ?? name),
        description: pkg.description ?? '',
        minutes: lesson?.totalMinutes ?? (duration ? Number(duration[1]) : undefined),
        slides: slides.length,
        pdfs,
      }
    }))
  },
})
