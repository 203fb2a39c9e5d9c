/**
 * Where the site shows each collection: the page that lists it, the link to
 * one item, its place in the sidebar, and the words the local search index
 * gets for each item (pages drawn by components are not indexed otherwise).
 * The link check, the search index and the sidebar are derived from this.
 */
import type { CollectionName, Content } from '@kit/content'
import { claimKindLabels, questionLevelLabels } from '@kit/content'

type Item<K extends CollectionName> = Content[K][number]

export interface CollectionPage<K extends CollectionName> {
  /** The page that lists the collection. */
  path: string
  /** Where one item is shown: a page of its own, or an anchor on `path`. */
  link: (id: string) => string
  /** The sidebar entry: its group and text. */
  sidebar?: { group: 'Teach' | 'Read' | 'Reuse', text: string }
  /** What the search index gets for an item of `path`, as plain text. */
  search?: (item: Item<K>) => string
}

export const collectionPages: { [K in CollectionName]?: CollectionPage<K> } = {
  claims: { path: '/claims/', link: id => `/claims/${id}`, search: c => `${c.quote} (${claimKindLabels[c.kind].label})` },
  lessons: { path: '/lessons/', link: id => `/lessons/${id}` },
  materials: { path: '/materials/', link: id => `/materials/${id}`, sidebar: { group: 'Teach', text: 'Printable materials' } },
  questions: { path: '/questions', link: id => `/questions#${id}`, sidebar: { group: 'Teach', text: 'Discussion questions' }, search: q => `${q.prompt} (${questionLevelLabels[q.level]})` },
  timeline: { path: '/timeline', link: id => `/timeline#${id}`, sidebar: { group: 'Read', text: 'Timeline' }, search: e => `${e.date}: ${e.title}. ${e.summary}` },
  glossary: { path: '/glossary', link: id => `/glossary#${id}`, sidebar: { group: 'Read', text: 'Glossary' }, search: t => `${t.term}: ${t.definition}` },
  perspectives: { path: '/perspectives', link: id => `/perspectives#${id}`, sidebar: { group: 'Read', text: 'Other perspectives' }, search: p => `${p.title}: ${p.argument}` },
  sources: { path: '/sources', link: id => `/sources#${id}`, sidebar: { group: 'Read', text: 'Sources' }, search: s => `${s.title}. ${s.publisher}` },
  corrections: { path: '/corrections', link: id => `/corrections#${id}`, sidebar: { group: 'Reuse', text: 'Corrections' }, search: c => `${c.title}. ${c.changed}` },
}

/** The markdown file of a page path: `/claims/` → `claims/index.md`, `/glossary` → `glossary.md`. */
export const pageFile = (path: string) => `${path.replace(/^\//, '').replace(/\/$/, '/index')}.md`

export const pageEntries = Object.entries(collectionPages) as Array<[CollectionName, CollectionPage<CollectionName>]>
