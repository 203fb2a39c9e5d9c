import { copiesFor, escapeHtml as h } from '@kit/content'
import { content } from '../loaders/content.ts'
import { sitePath } from '../loaders/markdown.ts'
import { copiesLabel, materialPage } from '../loaders/materials.ts'

const kindLabels = {
  'reading': 'Reading',
  'cards': 'Cards to cut out',
  'worksheet': 'Worksheet',
  'organizer': 'Organizer',
  'packet': 'Evidence packet',
  'slip': 'Exit-ticket slips',
  'strip': 'Timeline strip',
  'map': 'Map',
  'answer-key': 'Answer key (teacher)',
} as const

/** `/materials/`: every material, by the lessons that use it, with copies for a class of 28. */
function indexPage(): string {
  const kit = content()
  const row = (id: string) => {
    const m = kit.materials.get(id)
    return `<tr><td><a href="${sitePath(`/materials/${m.id}`)}">${h(m.title)}</a></td><td>${kindLabels[m.kind]}</td><td>${h(copiesLabel(m))}</td><td>${copiesFor(m, 28)}</td></tr>`
  }
  const table = (ids: string[]) => `<table class="kit-prep-table">\n<thead><tr><th scope="col">Material</th><th scope="col">Kind</th><th scope="col">Copies</th><th scope="col">For 28 students</th></tr></thead>\n<tbody>\n${ids.map(row).join('\n')}\n</tbody>\n</table>`
  const used = new Set(kit.content.lessons.flatMap(l => l.materials))
  const unused = kit.content.materials.filter(m => !used.has(m.id)).map(m => m.id)
  const sections = kit.content.lessons.map(l => `## ${h(l.title)} {#${l.id}}\n\n<p><a href="${sitePath(`/lessons/${l.id}`)}">Teacher edition</a>, with a prep list for your class size.</p>\n\n${table(l.materials)}`)
  if (unused.length)
    sections.push(`## Not used by a lesson yet {#other}\n\n${table(unused)}`)
  return `# Printable materials\n\nEvery sheet the lessons hand out, built from the kit's content: a card's text is its claim's quote, a strip's dates are the timeline's. Each page prints on its own with your browser's print command; \`pnpm export\` also makes a US Letter and an A4 PDF of each.\n\n<div v-pre>\n\n${sections.join('\n\n')}\n\n</div>\n`
}

/** One page per material, and the index of them all. */
export default {
  paths() {
    const kit = content()
    return [
      { params: { material: 'index' }, content: indexPage() },
      ...kit.content.materials.map(m => ({ params: { material: m.id }, content: materialPage(m) })),
    ]
  },
}
