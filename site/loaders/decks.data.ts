import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from '@slidev/parser'
import { defineLoader } from 'vitepress'
import { content, dev } from './content.ts'
import { deckPdfs } from './pdfs.ts'

export interface DeckCard {
  name: string
  title: string
  description: string
  minutes?: number
  slides: number
  pdfs: Array<{ label: string, href: string }>
}

declare const data: DeckCard[]
export { data }

const decksDir = fileURLToPath(new URL('../../decks/', import.meta.url))

/** One card per folder under decks/: a new deck appears here without any site change. */
export default defineLoader({
  // Dev only, like contentFiles: in a build this glob would crawl the workspace.
  watch: dev ? [`${decksDir}*/slides.md`, `${decksDir}*/package.json`] : [],

  async load(): Promise<DeckCard[]> {
    const names = readdirSync(decksDir, { withFileTypes: true }).filter(d => d.isDirectory() && !d.name.startsWith('.') && existsSync(join(decksDir, d.name, 'slides.md'))).map(d => d.name).sort()
    return Promise.all(names.map(async (name) => {
      const dir = join(decksDir, name)
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { description?: string }
      const { slides } = await parse(readFileSync(join(dir, 'slides.md'), 'utf8'), join(dir, 'slides.md'))
      const headmatter = slides[0]?.frontmatter ?? {}
      const lesson = typeof headmatter.kitLesson === 'string' ? content().lessons.find(headmatter.kitLesson) : undefined
      const duration = /^(\d+)\s*min/.exec(String(headmatter.duration ?? ''))
      const pdfs = deckPdfs(name).map(pdf => ({ label: pdf.label, href: `/decks/${name}/${pdf.file}` }))
      return {
        name,
        title: String(headmatter.title ?? name),
        description: pkg.description ?? '',
        minutes: lesson?.totalMinutes ?? (duration ? Number(duration[1]) : undefined),
        slides: slides.length,
        pdfs,
      }
    }))
  },
})
