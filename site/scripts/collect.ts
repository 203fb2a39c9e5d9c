/**
 * After `vitepress build` (the `pages` task): copies the built decks, the
 * open data and the favicon into the site's output, so that one static folder
 * holds everything. With `--pdfs` (the `export` task) each deck's PDFs come
 * too, and must exist. Turbo runs this once every deck is built.
 */
import { cpSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { listDecks, paths } from '@kit/content/node'
import { deckFiles } from '../loaders/pdfs.ts'

const dist = paths.siteDist
const withPdfs = process.argv.includes('--pdfs')
const copied: string[] = []

function fail(message: string): never {
  process.stderr.write(`✖ ${message}\n`)
  process.exit(1)
}

if (!existsSync(join(dist, 'index.html')))
  fail('site/.vitepress/dist has no pages yet; run `pnpm build` at the root.')

for (const { name, dist: built } of listDecks()) {
  if (!existsSync(join(built, 'index.html')))
    fail(`decks/${name} is not built; run \`pnpm build\` at the root.`)
  const pdfs = withPdfs ? deckFiles(name, 'require') : []
  // The deck's own output only: exports left from an earlier run are copied only with --pdfs.
  cpSync(built, join(dist, 'decks', name), { recursive: true, filter: src => !/\.(?:pdf|pptx)$/.test(src) || pdfs.some(pdf => src.endsWith(`/${pdf.file}`)) })
  copied.push(`decks/${name}/${pdfs.length ? ` (+ ${pdfs.map(pdf => pdf.file).join(', ')})` : ''}`)
}
for (const file of ['content.json', 'content.schema.json'])
  cpSync(join(paths.contentDist, file), join(dist, file))
cpSync(paths.favicon, join(dist, 'favicon.svg'))
process.stdout.write(`✔ copied into site/.vitepress/dist: ${copied.join(', ')}, content.json, content.schema.json\n`)
