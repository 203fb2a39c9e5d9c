/**
 * Pages written as markdown at build time: content strings escaped for
 * markdown, links to items by collection, and citations as students read
 * them (publisher, date, kind of source). A page built from these is static
 * HTML: nothing of it is repeated in the page's JavaScript.
 */
import type { CitedSource, CollectionName } from '@kit/content'
import { escapeMarkdown, formatPublished, languageName, sourceTypeLabels } from '@kit/content'
import { collections, siteBase } from '@kit/content/node'
import { collectionPages } from '../.vitepress/pages.ts'
import { claimLabel } from './content.ts'

/** A site path as the browser needs it in raw HTML, under the site's base (KIT_BASE). */
export const sitePath = (path: string) => `${siteBase()}${path.replace(/^\//, '')}`

/** Content text for markdown inside a `v-pre` block (see `staticPage`). */
export const md = (text: string) => escapeMarkdown(text)

/** A link whose address is safe in markdown: https or a site path, with parentheses encoded. */
export function link(text: string, href: string): string {
  return `[${md(text)}](${href.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20')})`
}

/** One citation: title (linked), where in it, publisher, date, language, kind of source, whose statement. */
export function citation(source: CitedSource): string {
  const where = source.locator ? `, ${md(source.locator)}` : ''
  const via = source.via ? ` (via ${md(source.via.publisher)})` : ''
  const language = source.language === 'en' ? '' : `, in ${languageName(source.language)}`
  const statement = source.statementOf ? ` Cited for what ${md(source.statementOf)} said.` : ''
  return `${link(source.title, source.url)}${where}. ${md(source.publisher)}${via}, ${formatPublished(source.published)}${language} · *${sourceTypeLabels[source.type].label}*.${statement}`
}

/** An item as a link to where the site shows it, named as people name it: `the claim “…”`. */
export function itemLink(collection: string, id: string, title: string): string {
  const page = collectionPages[collection as CollectionName]
  const noun = collection === 'article' ? 'the article\'s identification' : `the ${collections[collection as CollectionName]?.noun ?? collection}`
  const label = `“${claimLabel(title, 70)}”`
  return page ? `${noun} ${link(label, page.link(id))}` : `${noun} ${md(label)}`
}

/** A part of a static page: markdown, or a component a person works with (`{ live }`), which Vue compiles. */
export type Block = string | { live: string }

/**
 * A page's markdown: the heading and intro as given, then `body` inside
 * `v-pre` blocks, so that Vue never evaluates content text (`{{ … }}` stays
 * text) while markdown still renders it. A `{ live }` block sits between
 * them, compiled as usual. Each `v-pre` block has the class `kit-static`
 * (see theme/static.css) and `className`.
 */
export function staticPage(head: string, body: Block[], className?: string): string {
  const open = `<div v-pre class="kit-static${className ? ` ${className}` : ''}">`
  const parts = body.map(block => typeof block === 'string' ? block : `</div>\n\n${block.live}\n\n${open}`)
  return `${head}\n\n${open}\n\n${parts.join('\n\n')}\n\n</div>\n`.replaceAll(`${open}\n\n</div>\n\n`, '')
}
