/**
 * `pnpm validate` for the site's own pages: every link to content by id
 * (`/claims/<id>`, `/glossary#<id>`, … as `.vitepress/pages.ts` routes each
 * collection) must name an item that exists, and every deck must be a
 * devDependency of the site. Reports file:line and the nearest ids; exit 1.
 */
import type { Problem } from '@kit/content/node'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { createContentIndex } from '@kit/content'
import { collections, ContentError, dataPath, listDecks, loadContent, paths, problem, runCli } from '@kit/content/node'
import { pageEntries } from '../.vitepress/pages.ts'

await runCli({
  name: 'site validate',
  commands: {
    description: 'check every content link of the site\'s pages, and that every deck is a site dependency',
    run() {
      const kit = createContentIndex(loadContent())
      // A link to an item is the collection's link with the id in it: `/claims/x`, `/glossary#x`.
      const routes = pageEntries.map(([name, page]) => {
        const [before, after] = page.link('\0').split('\0') as [string, string]
        const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        return { name, pattern: new RegExp(`${escape(before)}([\\w-]+)${escape(after)}`, 'g') }
      })
      // Lessons also have a student handout at /lessons/<id>-handout.
      const known = (name: keyof typeof collections, id: string) => kit[name].has(id) || (name === 'lessons' && kit.lessons.has(id.replace(/-handout$/, '')))

      const pages = readdirSync(paths.site, { recursive: true, encoding: 'utf8' })
        .filter(file => file.endsWith('.md') && !file.includes('node_modules') && !file.startsWith('.vitepress/') && !file.startsWith('.bench-') && file !== 'README.md')
      const problems: Problem[] = []
      for (const page of pages) {
        readFileSync(join(paths.site, page), 'utf8').split('\n').forEach((line, i) => {
          for (const { name, pattern } of routes) {
            for (const [link, id] of line.matchAll(pattern)) {
              if (id !== 'index' && !known(name, id!))
                problems.push(problem('UnknownReference', { noun: collections[name].noun, id: id!, candidates: kit[name].ids(), listedIn: dataPath(collections[name]) }, { file: `site/${page}`, line: i + 1, collection: 'page', item: link }))
            }
          }
        })
      }

      // Turbo builds a deck before the site copies it in only if the site depends on it.
      const site = JSON.parse(readFileSync(join(paths.site, 'package.json'), 'utf8')) as { devDependencies?: Record<string, string> }
      for (const deck of listDecks()) {
        if (!site.devDependencies?.[deck.packageName])
          problems.push(problem('MissingDevDependency', { deck: deck.name, packageName: deck.packageName }, { file: 'site/package.json', collection: 'devDependencies', item: deck.packageName }))
      }
      if (problems.length)
        throw new ContentError(problems, 'The site\'s pages are invalid')
      process.stdout.write(`✔ site pages are valid (${pages.length} pages; every content link names an existing item, every deck is a site dependency)\n`)
    },
  },
})
