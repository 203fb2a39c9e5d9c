/**
 * HTML fragments for pages written at build time: the badges, source lists
 * and perspectives that the shared Vue components draw on slides, as plain
 * escaped HTML with the same class names (styled by theme/static.css). Every
 * content string goes through `escapeHtml`; every site link through
 * `sitePath`, so the pages work under any base path.
 */
import type { CitedSource, ClaimKind, Perspective, VerdictRating } from '@kit/content'
import { claimKindLabels, escapeHtml, formatPublished, languageName, sourceTypeLabels, verdictLabels } from '@kit/content'
import { sitePath } from './markdown.ts'

/**
 * Content text as HTML: escaped, and on one line, so that a blank line in a
 * YAML block can never end the HTML block and let markdown read the rest.
 */
export const h = (text: string) => escapeHtml(text.replace(/\s*\n\s*/g, ' '))

/** A link inside the site: `/glossary#nato` under the site's base. */
export const siteLink = (path: string, text: string, attrs = '') => `<a href="${h(sitePath(path))}"${attrs}>${text}</a>`

/** Items joined by a middle dot, as the pages list links. */
export const dotted = (items: string[]) => items.join(' · ')

export function kindBadge(kind: ClaimKind): string {
  return `<span class="KitKindBadge KitKindBadge--${kind}" title="${h(claimKindLabels[kind].description)}">${h(claimKindLabels[kind].label)}</span>`
}

export function verdictBadge(rating: VerdictRating): string {
  return `<span class="KitVerdictBadge KitVerdictBadge--${rating}" title="${h(verdictLabels[rating].description)}"><span class="KitVerdictBadge__prefix">Verdict:</span> ${h(verdictLabels[rating].label)}</span>`
}

/** A source list: title (linked), where in it, publisher, date, language, kind, whose statement. */
export function sources(list: CitedSource[], options: { label?: string, max?: number } = {}): string {
  if (!list.length)
    return ''
  const items = list.slice(0, options.max ?? Infinity).map((s) => {
    const via = s.via ? ` (via ${h(s.via.publisher)})` : ''
    const language = s.language === 'en' ? '' : `, in ${h(languageName(s.language))}`
    const statement = s.statementOf ? ` Cited for what ${h(s.statementOf)} said.` : ''
    return `<li data-source-type="${s.type}"><a href="${h(s.url)}" rel="noopener noreferrer">${h(s.title)}</a>${s.locator ? `, ${h(s.locator)}` : ''}. <span class="KitSources__meta">${h(s.publisher)}${via}, ${h(formatPublished(s.published))}${language} · <span class="KitSources__type KitSources__type--${s.type}">${h(sourceTypeLabels[s.type].label)}</span>.${statement}</span></li>`
  }).join('')
  return `<div class="KitSources"><span class="KitSources__label">${h(options.label ?? 'Sources')}:</span><ul class="KitSources__list">${items}</ul></div>`
}

/** A perspective under its heading: who argues it, the argument, what to weigh, its sources. */
export function perspective(p: Omit<Perspective, 'sources'>, cited: CitedSource[]): string {
  const caveat = p.caveat ? `<p class="KitPerspective__caveat"><strong>Weigh this:</strong> ${h(p.caveat)}</p>` : ''
  return `<div class="KitPerspective" data-perspective="${p.id}"><p class="KitPerspective__who">Argued by: ${h(p.heldBy.join('; '))}</p><p class="KitPerspective__argument">${h(p.argument)}</p>${caveat}${sources(cited, { max: 3 })}</div>`
}
