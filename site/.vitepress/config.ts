import type { DefaultTheme } from 'vitepress'
import { relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { claimKindLabels, claimKinds } from '@kit/content'
import { defineConfig } from 'vitepress'
import { content } from '../loaders/content.ts'
import { collectionPages, pageEntries } from './pages.ts'
import { reloadContent } from './reload-content.ts'
import { dynamicSections, searchText } from './search.ts'
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

export default defineConfig({
  lang: 'en',
  title: 'Belarus briefing kit',
  description: 'A 2020 op-ed on Belarus, Russia and sanctions, turned into lessons, annotated claims and slide decks.',
  cleanUrls: true,
  lastUpdated: false,
  // Decks and the open data are copied in after the build; everything else must resolve.
  ignoreDeadLinks: [/^\/decks\/[\w-]+\/(?:[\w-]+\.pdf)?$/, /^\/content(?:\.schema)?\.json$/],
  head: [['link', { rel: 'icon', href: '/favicon.svg' }]],
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
        // Pages drawn by components get their text into the search index too.
        _render(src, env, md) {
          return md.render(src, env) + md.render(searchText(env.relativePath))
        },
        miniSearch: {
          // Pages from dynamic routes (claims, lessons) are indexed from the content directly;
          // for every other page this returns undefined and VitePress 1.6 splits the page itself.
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
