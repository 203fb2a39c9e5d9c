/**
 * After `vitepress build`: copies the built decks (and their PDFs, when
 * exported), the open data and the favicon into the site's output, so that
 * one static folder holds everything.
 */
import { cpSync, existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'

const repo = fileURLToPath(new URL('../../', import.meta.url))
const dist = join(repo, 'site/.vitepress/dist')
const copied: string[] = []

for (const name of readdirSync(join(repo, 'decks')).filter(n => !n.startsWith('.')).sort()) {
  const built = join(repo, 'decks', name, 'dist')
  if (!existsSync(join(built, 'index.html'))) {
    process.stderr.write(`✖ decks/${name} is not built; run \`pnpm build\` at the root.\n`)
    process.exit(1)
  }
  cpSync(built, join(dist, 'decks', name), { recursive: true })
  const pdfs = ['slides.pdf', 'handout.pdf'].filter(pdf => existsSync(join(built, pdf)))
  copied.push(`decks/${name}/${pdfs.length ? ` (+ ${pdfs.join(', ')})` : ''}`)
}
for (const file of ['content.json', 'content.schema.json'])
  cpSync(join(repo, 'packages/content/dist', file), join(dist, file))
cpSync(join(repo, 'packages/slidev-addon/assets/favicon.svg'), join(dist, 'favicon.svg'))
process.stdout.write(`✔ copied into site/.vitepress/dist: ${copied.join(', ')}, content.json, content.schema.json\n`)
