/**
 * Pages listed from one collection, written as static markdown at build
 * time: `/sources` (every source, by kind and publisher, with what cites it)
 * and `/corrections` (every correction, newest first).
 */
import type { CollectionName, Content } from '@kit/content'
import { formatDate, sourceTypeLabels, sourceTypes } from '@kit/content'
import { collections } from '@kit/content/node'
import { content } from './loaders/content.ts'
import { citation, itemLink, link, md, staticPage } from './loaders/markdown.ts'

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

export default {
  paths() {
    return [
      { params: { listing: 'sources', title: 'Sources' }, content: sourcesPage() },
      { params: { listing: 'corrections', title: 'Corrections' }, content: correctionsPage() },
    ]
  },
}
