/**
 * Pages listed from the content, written as static markdown at build time:
 * the annotated article, the timeline, glossary, other perspectives and
 * discussion questions (reference-pages.ts writes their HTML), `/sources`
 * (every source, by kind and publisher, with what cites it) and
 * `/corrections` (every correction, newest first).
 */
import type { CollectionName, Content } from '@kit/content'
import { formatDate, sourceTypeLabels, sourceTypes } from '@kit/content'
import { collections } from '@kit/content/node'
import { content } from './loaders/content.ts'
import { citation, itemLink, link, md, staticPage } from './loaders/markdown.ts'
import { articleBody, glossaryBody, perspectivesBody, questionsBody, timelineBody } from './loaders/reference-pages.ts'

function titleOf(collection: string, id: string): string {
  const kit = content()
  if (collection === 'article')
    return 'the article'
  const config = collections[collection as CollectionName]
  const item = (kit.content[collection as CollectionName] as Array<{ id: string }>).find(i => i.id === id)
  return item ? config.title(item as never) : id
}

function sourcesPage(): string {
  const kit = content()
  const citedBy = kit.citedBy()
  const body: string[] = []
  for (const type of sourceTypes) {
    const ofType = kit.content.sources.filter(s => s.type === type)
    if (ofType.length === 0)
      continue
    body.push(`## ${sourceTypeLabels[type].label} (${ofType.length}) {#${type}}`, md(sourceTypeLabels[type].description))
    const publishers = [...new Set(ofType.map(s => s.publisher))].sort((a, b) => a.localeCompare(b))
    for (const publisher of publishers) {
      body.push(`### ${md(publisher)}`)
      body.push(ofType.filter(s => s.publisher === publisher).map((source) => {
        const [cited] = kit.cite([source.id])
        const users = citedBy.get(source.id) ?? []
        const via = source.via ? ` Republished by ${md(source.via.publisher)}: ${md(source.via.reason)}` : ''
        const usedBy = users.length ? ` Cited by ${users.map(u => itemLink(u.collection, u.id, titleOf(u.collection, u.id))).join('; ')}.` : ''
        return `- <span id="${source.id}"></span>${citation(cited!)}${via}${usedBy}`
      }).join('\n'))
    }
  }
  const counts = sourceTypes.map(type => [type, kit.content.sources.filter(s => s.type === type).length] as const).filter(([, n]) => n)
  const head = `# Sources

Every source the kit cites, once, grouped by the kind of source it is and then by publisher, with
the claims, events, terms and perspectives that cite it. ${kit.content.sources.length} sources: ${counts.map(([type, n]) => `${n} ${sourceTypeLabels[type].label.toLowerCase()}${n === 1 ? '' : 's'}`).join(', ')}.

Weigh each kind differently. An official record shows what a government or body decided or said;
a news report, what reporters found; analysis and opinion, what someone argues. State media are
cited only for what their government said. The kit follows a source policy (some sites are never
cited, and every verdict that the record backs or contradicts cites an official record or a news
report); the [open data](/data) includes it.`
  return staticPage(head, body)
}

function correctionsPage(): string {
  const kit = content()
  const list = kit.content.corrections as Content['corrections']
  const body = list.map((c) => {
    const affected = Object.entries(c.affects).flatMap(([collection, ids]) => (ids ?? []).map(id => itemLink(collection, id, titleOf(collection, id))))
    const sources = kit.cite(c.sources)
    return [
      `## ${md(c.title)} {#${c.id}}`,
      `*${formatDate(c.date)}*`,
      `**What changed.** ${md(c.changed)}`,
      `**Why.** ${md(c.reason)}`,
      affected.length ? `**Items affected:** ${affected.join('; ')}.` : '',
      sources.length ? `**Sources:**\n\n${sources.map(s => `- ${citation(s)}`).join('\n')}` : '',
    ].filter(Boolean).join('\n\n')
  })
  const head = `# Corrections

When the kit gets a fact wrong, it corrects the item and says so here: when, what changed, why,
and which items were affected, newest first. ${list.length} correction${list.length === 1 ? '' : 's'} so far.
To report an error, see ${link('contributing', '/contributing')}.`
  return staticPage(head, body.length ? body : ['No corrections yet.'])
}

/** Frontmatter, then a `<script setup>` importing the components a page's `{ live }` blocks use. */
function page(frontmatter: Record<string, string | number | boolean>, components: string[], head: string): string {
  const matter = `---\n${Object.entries(frontmatter).map(([key, value]) => `${key}: ${typeof value === 'string' ? JSON.stringify(value) : value}`).join('\n')}\n---\n\n`
  const imports = components.length ? `<script setup>\n${components.map(name => `import ${name} from './.vitepress/theme/components/${name}.vue'`).join('\n')}\n</script>\n\n` : ''
  return `${matter}${imports}${head}`
}

function articlePage(): string {
  const { article } = content()
  const author = article.author.status === 'unknown' ? 'author unknown' : article.author.status === 'confirmed' ? `by ${article.author.value}` : 'author attributed, not confirmed'
  const outlet = article.outlet.status === 'unknown' ? 'Outlet unknown' : `${article.outlet.value}${article.section ? `, ${article.section}` : ''}`
  const head = page({ title: 'The article, annotated', outline: false }, ['FocusTarget'], `# The article, annotated

<p class="kit-kicker">${md(outlet)} · August 2020 · ${md(author)}</p>

The full text of the column, byte for byte, with each of its claims highlighted by kind. The
notes give the kit's verdict where a claim can be checked, with sources; recommendations and
value judgments are labelled as such rather than rated. Events after August 2020 appear only as
hindsight.`)
  return staticPage(head, articleBody())
}

function timelinePage() {
  return staticPage(page({ title: 'Timeline', outline: false }, [], `# Timeline

From ${content().content.timeline[0]!.date.slice(0, 4)} to ${content().content.timeline.at(-1)!.date.slice(0, 4)}. Each event is marked as something **the article mentions**, **background**
it assumes, or **hindsight**: what happened after the article, which its author could not know.`), timelineBody())
}

function glossaryPage() {
  return staticPage(page({ title: 'Glossary' }, [], `# Glossary

Plain definitions of the terms the article uses or assumes, with where each appears and a source.`), glossaryBody())
}

function perspectivesPage() {
  return staticPage(page({ title: 'Other perspectives' }, [], `# Other perspectives

The strongest case for views the article leaves out or argues against, each with who makes it and
its sources. The official Russian and Belarusian narrative is given as what those governments
said, with the evidence against it.`), perspectivesBody())
}

function questionsPage() {
  return staticPage(page({ title: 'Discussion questions', outline: 2 }, [], `# Discussion questions

Grouped by level, from understanding what the article says to evaluating it and writing back.
Each question names the claims it probes; the teacher guidance is folded away so the page can be
projected.`), questionsBody())
}

/** Every page listed from the content, written as static markdown. */
export default {
  paths() {
    return [
      { params: { listing: 'article' }, content: articlePage() },
      { params: { listing: 'timeline' }, content: timelinePage() },
      { params: { listing: 'glossary' }, content: glossaryPage() },
      { params: { listing: 'perspectives' }, content: perspectivesPage() },
      { params: { listing: 'questions' }, content: questionsPage() },
      { params: { listing: 'sources' }, content: sourcesPage() },
      { params: { listing: 'corrections' }, content: correctionsPage() },
    ]
  },
}
