/**
 * `pnpm validate` for the site's own pages: every link to content by id
 * (/claims/<id>, /lessons/<id>, /glossary#<id>, /perspectives#<id>,
 * /questions#<id>, /timeline#<id>) must name an item that exists. Reports
 * file:line and the nearest ids; exit 1 on any problem.
 */
import type { Problem } from '@kit/content/node'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { createContentIndex, didYouMean } from '@kit/content'
import { formatProblems, loadContent } from '@kit/content/node'

const site = fileURLToPath(new URL('../', import.meta.url))
const kit = createContentIndex(loadContent())
const collections = {
  claims: ['claim', kit.claims.ids()],
  lessons: ['lesson plan', kit.lessons.ids().flatMap(id => [id, `${id}-handout`])],
  glossary: ['glossary term', kit.terms.ids()],
  perspectives: ['perspective', kit.perspectives.ids()],
  questions: ['question', kit.questions.ids()],
  timeline: ['timeline event', kit.events.ids()],
} as const

const link = /\/(claims|lessons)\/([\w-]+)|\/(glossary|perspectives|questions|timeline)#([\w-]+)/g
const pages = readdirSync(site, { recursive: true, encoding: 'utf8' })
  .filter(file => file.endsWith('.md') && !file.includes('node_modules') && !file.startsWith('.vitepress/') && !file.startsWith('.bench-') && file !== 'README.md')

const problems: Problem[] = []
for (const page of pages) {
  const lines = readFileSync(join(site, page), 'utf8').split('\n')
  lines.forEach((line, i) => {
    for (const match of line.matchAll(link)) {
      const key = (match[1] ?? match[3]) as keyof typeof collections
      const id = match[2] ?? match[4]!
      if (id === 'index')
        continue
      const [noun, ids] = collections[key]
      if (!(ids as readonly string[]).includes(id))
        problems.push({ kind: 'UnknownReference', file: `site/${relative(site, join(site, page))}`, line: i + 1, collection: 'page', item: match[0], message: `unknown ${noun} id \`${id}\`.`, hint: didYouMean(id, ids) || undefined })
    }
  })
}

// Turbo builds a deck before the site copies it in only if the site depends on it.
const sitePackage = JSON.parse(readFileSync(join(site, 'package.json'), 'utf8')) as { devDependencies?: Record<string, string> }
const decksDir = join(site, '../decks')
for (const deck of readdirSync(decksDir, { withFileTypes: true })) {
  if (!deck.isDirectory() || deck.name.startsWith('.') || !existsSync(join(decksDir, deck.name, 'package.json')))
    continue
  const name = (JSON.parse(readFileSync(join(decksDir, deck.name, 'package.json'), 'utf8')) as { name: string }).name
  if (!sitePackage.devDependencies?.[name])
    problems.push({ kind: 'UnknownReference', file: 'site/package.json', collection: 'devDependencies', item: name, message: `decks/${deck.name} is not a devDependency of the site, so \`pnpm build\` may copy it in before it is built.`, hint: `Add "${name}": "workspace:*" to devDependencies (\`pnpm new:deck\` does this), then run \`pnpm install\`.` })
}

if (problems.length) {
  process.stderr.write(`${formatProblems(problems)}\n`)
  process.exitCode = 1
}
else {
  process.stdout.write(`✔ site pages are valid (${pages.length} pages; every content link names an existing item, every deck is a site dependency)\n`)
}
