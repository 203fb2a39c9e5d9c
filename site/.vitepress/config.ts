import type { DefaultTheme } from 'vitepress'
import { relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { claimKindLabels, claimKinds } from '@kit/content'
import { siteBase } from '@kit/content/node'
import { defineConfig } from 'vitepress'
import { content } from '../loaders/content.ts'
import { collectionPages, pageEntries } from './pages.ts'
import { reloadContent } from './reload-content.ts'
import { dynamicSections } from './search.ts'
import { serveBuiltDecks } from './serve-decks.ts'

const kit = content()

/** The collection pages of a sidebar group, as pages.ts lists them. */
const listed = (group: 'Teach' | 'Read' | 'Reuse') => pageEntries.flatMap(([, page]) => page.sidebar?.group === group ? [{ text: page.sidebar.text, link: page.path }] : [])

function sidebar(): DefaultTheme.SidebarItem[] {
  const kinds = kit.claimsByKind()
  return [
    {
      text: 'Teach',
      items: [
        ...kit.content.lessons.map(plan => ({ text: `${plan.totalMinutes}-minute lesson (${plan.audience.level})`, link: collectionPages.lessons!.link(plan.id) })),
        { text: 'All lessons and handouts', link: '/lessons/' },
        ...listed('Teach'),
      ],
    },
    {
      text: 'Read',
      items: [
        { text: 'The article, annotated', link: '/article' },
        {
          text: 'Claims',
          link: '/claims/',
          collapsed: true,
          items: claimKinds.filter(kind => kinds[kind].length).map(kind => ({ text: `${claimKindLabels[kind].label} (${kinds[kind].length})`, link: `/claims/?kind=${kind}` })),
        },
        ...listed('Read'),
      ],
    },
    {
      text: 'Present',
      items: [{ text: 'Slide decks', link: '/decks/' }],
    },
    {
      text: 'Reuse and contribute',
      items: [
        { text: 'Open data', link: '/data' },
        ...listed('Reuse'),
        { text: 'Contributing', link: '/contributing', items: [{ text: 'Error reference', link: '/errors' }] },
      ],
    },
  ]
}

const base = siteBase()

export default defineConfig({
  lang: 'en',
  // The site's path on its host: `/` by default; KIT_BASE=/belarus-kit/ for a GitHub Pages project
  // site or a school server's sub-folder. Decks, PDFs and every link follow it.
  base,
  title: 'Belarus briefing kit',
  description: 'A 2020 op-ed on Belarus, Russia and sanctions, turned into lessons, annotated claims and slide decks.',
  cleanUrls: true,
  lastUpdated: false,
  // Decks and the open data are copied in after the build; everything else must resolve.
  ignoreDeadLinks: [/^\/decks\/[\w-]+\/(?:[\w-]+\.pdf)?$/, /^\/content(?:\.schema)?\.json$/],
  head: [['link', { rel: 'icon', href: `${base}favicon.svg` }]],
  themeConfig: {
    nav: [
      { text: 'Teach', link: '/lessons/' },
      { text: 'Article', link: '/article' },
      { text: 'Claims', link: '/claims/' },
      { text: 'Decks', link: '/decks/' },
      { text: 'Open data', link: '/data' },
    ],
    sidebar: sidebar(),
    outline: { level: [2, 3] },
    search: {
      provider: 'local',
      options: {
        miniSearch: {
          // Pages from dynamic routes (the reference pages, claims, lessons, materials) are indexed
          // from the content directly; for every other page this returns undefined and VitePress 1.6
          // splits the page itself.
          _splitIntoSections: ((file: string) => dynamicSections(relative(fileURLToPath(new URL('..', import.meta.url)), file))) as never,
        },
      },
    },
    footer: {
      message: 'Facts carry their sources. The article\'s claims are labelled as its claims; later events as hindsight.',
    },
  },
  vite: {
    plugins: [serveBuiltDecks(), reloadContent()],
  },
})
