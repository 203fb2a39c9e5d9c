/**
 * The reference pages (the annotated article, timeline, glossary, other
 * perspectives, discussion questions, claims) as static HTML written at
 * build time. The page's JavaScript carries none of it: only the claim
 * filters and the article's focus handling are components, and they read
 * the page itself.
 */
import type { Claim } from '@kit/content'
import type { Block } from './markdown.ts'
import { claimKindLabels, claimKinds, evidenceKinds, formatDateRange, questionLevelLabels, questionLevels, timelineRelationLabels, timelineRelations, verdictLabels, verdictRatings } from '@kit/content'
import { collectionPages } from '../.vitepress/pages.ts'
import { claimLabel, content } from './content.ts'
import { dotted, h, kindBadge, perspective, siteLink, sources, verdictBadge } from './html.ts'
import { md } from './markdown.ts'

const link = {
  claim: (id: string) => collectionPages.claims!.link(id),
  term: (id: string) => collectionPages.glossary!.link(id),
  perspective: (id: string) => collectionPages.perspectives!.link(id),
  question: (id: string) => collectionPages.questions!.link(id),
}

const claimLinks = (ids: string[], max = 90) => dotted(ids.map(id => siteLink(link.claim(id), h(claimLabel(content().claims.get(id).quote, max)))))

/*
 * Each item of a listing page is a heading with the item's id, then its HTML:
 * the heading gives the item its anchor, a place in the outline, and the
 * excerpt that the search box shows under a result.
 */

export function timelineBody(): Block[] {
  const kit = content()
  const events = kit.content.timeline
  const legend = timelineRelations.map(r => `<li class="TimelineList__event--${r}"><strong>${h(timelineRelationLabels[r].label)}</strong> (${events.filter(e => e.relation === r).length}): ${h(timelineRelationLabels[r].description)}</li>`).join('')
  return [
    `<ul class="TimelineList__legend">${legend}</ul>`,
    ...events.flatMap(e => [
      `### ${md(e.title)} {#${e.id} .TimelineList__title .TimelineList__event--${e.relation}}`,
      `<div class="TimelineList__event TimelineList__event--${e.relation}" data-relation="${e.relation}"><p class="TimelineList__head"><time datetime="${e.date}">${h(formatDateRange(e.date, e.endDate, e.dateCertainty === 'approximate'))}</time><span class="TimelineList__relation">${h(timelineRelationLabels[e.relation].label)}</span></p><p>${h(e.summary)}</p>${sources(kit.cite(e.sources), { max: 3 })}</div>`,
    ]),
  ]
}

export function glossaryBody(): Block[] {
  const kit = content()
  const terms = [...kit.content.glossary].sort((a, b) => a.term.localeCompare(b.term))
  return terms.flatMap((t) => {
    const where = t.articlePhrases.length
      ? `<p class="GlossaryList__where">In the article: ${h(t.articlePhrases.map(p => `“${p}”`).join(', '))} (${siteLink('/article', 'annotated article')})</p>`
      : '<p class="GlossaryList__where">Not used in the article itself; needed to follow the context.</p>'
    const claims = kit.content.claims.filter(c => c.terms.includes(t.id)).map(c => c.id)
    const used = claims.length ? `<p class="GlossaryList__where">Claims: ${claimLinks(claims, 70)}</p>` : ''
    return [`### ${md(t.term)} {#${t.id} .GlossaryList__term}`, `<div class="GlossaryList__body"><p>${h(t.definition)}</p>${where}${used}${sources(kit.cite(t.sources), { max: 2 })}</div>`]
  })
}

export function perspectivesBody(): Block[] {
  const kit = content()
  return kit.content.perspectives.flatMap(p => [
    `## ${md(p.title)} {#${p.id} .PerspectivesList__title}`,
    `<div class="PerspectivesList__item">${perspective(p, kit.cite(p.sources))}<p class="PerspectivesList__answers">Answers: ${claimLinks(p.respondsTo)}</p></div>`,
  ])
}

/** Teacher guidance, folded: a projected page does not give the answers away. */
export function guidance(g: { strongAnswer: string[], watchFor: string[] }, open = false): string {
  const watch = g.watchFor.length ? `<p><strong>Watch for</strong></p><ul>${g.watchFor.map(w => `<li>${h(w)}</li>`).join('')}</ul>` : ''
  return `<details class="QuestionGuidance"${open ? ' open' : ''}><summary>Teacher guidance</summary><p><strong>A strong answer includes</strong></p><ul>${g.strongAnswer.map(s => `<li>${h(s)}</li>`).join('')}</ul>${watch}</details>`
}

export function questionsBody(): Block[] {
  const kit = content()
  return questionLevels.filter(level => kit.content.questions.some(q => q.level === level)).flatMap(level => [
    `## ${md(questionLevelLabels[level])} {#${level}}`,
    ...kit.content.questions.filter(q => q.level === level).flatMap(q => [
      `### ${md(q.prompt)} {#${q.id} .QuestionsByLevel__prompt}`,
      `<div class="QuestionsByLevel__question"><p class="QuestionsByLevel__claims">About: ${claimLinks(q.claims)}</p>${guidance(q.guidance)}</div>`,
    ]),
  ])
}

function note(claim: Claim): string {
  const kit = content()
  const verdict = claim.verdict
    ? `<p><strong>${h(verdictLabels[claim.verdict.rating].label)}.</strong> ${h(claim.verdict.explanation)}</p>${sources(kit.cite(claim.verdict.sources), { max: 3 })}`
    : claim.kindNote ? `<p class="AnnotatedArticle__muted">${h(claim.kindNote)}</p>` : ''
  const terms = claim.terms.length ? `<p class="AnnotatedArticle__links">Terms: ${dotted(claim.terms.map(id => siteLink(link.term(id), h(kit.glossary.get(id).term))))}</p>` : ''
  const others = claim.counterpoints.length ? `<p class="AnnotatedArticle__links">Other perspectives: ${dotted(claim.counterpoints.map(id => siteLink(link.perspective(id), h(kit.perspectives.get(id).title))))}</p>` : ''
  return `<li id="note-${claim.id}" tabindex="-1" class="AnnotatedArticle__note kind-${claim.kind}"><p class="AnnotatedArticle__note-quote">“${h(claim.quote)}”</p><p class="AnnotatedArticle__note-badges">${kindBadge(claim.kind)}${claim.verdict ? verdictBadge(claim.verdict.rating) : ''}</p><p>${h(claim.paraphrase)}</p>${verdict}${terms}${others}<p class="AnnotatedArticle__links">${siteLink(link.claim(claim.id), 'Full claim page')} · <a href="#claim-${claim.id}">Back to the text</a></p></li>`
}

export function articleBody(): Block[] {
  const kit = content()
  const { article } = kit
  const used = claimKinds.filter(kind => kit.content.claims.some(c => c.kind === kind))
  const legend = `<ul class="AnnotatedArticle__legend" aria-label="Claim kinds">${used.map(kind => `<li><span class="AnnotatedArticle__swatch kind-${kind}"></span> ${h(claimKindLabels[kind].label)}: ${h(claimKindLabels[kind].description)}</li>`).join('')}</ul>`
  const how = '<p class="AnnotatedArticle__how">Each highlighted passage is one of the article\'s claims. Choose it (click, or Tab to it and press Enter) to jump to its note: kind, verdict, sources, terms and other perspectives. Unhighlighted words are transitions or rhetoric.</p>'
  const paragraphs = kit.segments().map((paragraph, p) => {
    const text = paragraph.map((segment) => {
      const id = segment.claims[0]
      if (!id)
        return h(segment.text)
      const claim = kit.claims.get(id)
      return `<a id="claim-${id}" class="AnnotatedArticle__mark kind-${claim.kind}" href="#note-${id}" data-claim="${id}"><span class="visually-hidden">Claim (${h(claimKindLabels[claim.kind].label)}): </span>${h(segment.text)}</a>`
    }).join('')
    const notes = [...new Set(paragraph.flatMap(s => s.claims))].map(id => note(kit.claims.get(id)))
    const words = article.text.slice(...article.paragraphs[p]!.range)
    const terms = kit.content.glossary.filter(t => t.articlePhrases.some(phrase => words.includes(phrase)))
    const termLine = terms.length ? `<p class="AnnotatedArticle__terms">Terms in this paragraph: ${dotted(terms.map(t => siteLink(link.term(t.id), h(t.term))))}</p>` : ''
    return `<p id="paragraph-${p + 1}" class="AnnotatedArticle__text">${text}</p><ol class="AnnotatedArticle__notes" aria-label="Notes on paragraph ${p + 1}">${notes.join('')}</ol>${termLine}`
  })
  return [`<div class="AnnotatedArticle">${legend}${how}${paragraphs.join('')}</div>`, { live: '<FocusTarget scope=".AnnotatedArticle" />' }]
}

/** The claim index: every claim in article order, each item carrying what the filters read. */
export function claimIndexBody(): Block[] {
  const kit = content()
  const items = kit.content.claims.map(c => `<li data-claim="${c.id}" data-kind="${c.kind}" data-verdict="${c.verdict?.rating ?? 'none'}" data-actors="${c.actors.join(' ')}">${siteLink(link.claim(c.id), h(c.quote))} <span class="ClaimIndex__badges">${kindBadge(c.kind)}${c.verdict ? verdictBadge(c.verdict.rating) : ''}</span></li>`)
  const options = {
    kind: claimKinds.filter(k => kit.content.claims.some(c => c.kind === k)).map(k => ({ value: k, label: claimKindLabels[k].label })),
    verdict: [...verdictRatings.map(v => ({ value: v, label: verdictLabels[v].label })), { value: 'none', label: 'No verdict (not checkable)' }],
    actor: kit.content.actors.filter(a => kit.content.claims.some(c => c.actors.includes(a.id))).map(a => ({ value: a.id, label: a.name })),
  }
  return [
    { live: `<ClaimFilters :options='${JSON.stringify(options).replace(/'/g, '&#39;')}' :total="${kit.content.claims.length}" />` },
    `<ol class="ClaimIndex__list">${items.join('')}</ol>`,
  ]
}

const evidenceHeadings = { evidence: 'Evidence at the time', context: 'Context', hindsight: 'Hindsight: what happened later' } as const
const roles = { supports: 'Supports', qualifies: 'Qualifies', background: 'Sets the scene for' } as const

export function claimBody(claim: Claim): Block[] {
  const kit = content()
  const parent = claim.argument.role === 'thesis' ? undefined : kit.claims.get(claim.argument.of)
  const children = kit.argumentChildren(claim.id)
  const counterpoints = kit.counterpointsFor(claim.id)
  const questions = kit.questionsForClaim(claim.id)
  const section = (title: string, id: string, body: string, className = '') => body ? [`## ${h(title)} {#${id}${className ? ` .${className}` : ''}}`, body] : []
  return [
    `<p class="kit-kicker">The article claims · ${h(claimKindLabels[claim.kind].label)}</p>`,
    `<blockquote><p>${h(claim.quote)}</p></blockquote>`,
    `<p class="ClaimDetails__badges">${kindBadge(claim.kind)}${claim.verdict ? verdictBadge(claim.verdict.rating) : ''}</p>`,
    ...section('In plain words', 'in-plain-words', `<p>${h(claim.paraphrase)}</p>${claim.kindNote ? `<p class="ClaimDetails__note">${h(claim.kindNote)}</p>` : ''}`),
    ...(claim.verdict ? section(`Verdict: ${verdictLabels[claim.verdict.rating].label}`, 'verdict', `<p>${h(claim.verdict.explanation)}</p>${sources(kit.cite(claim.verdict.sources))}`) : []),
    ...evidenceKinds.flatMap(kind => section(evidenceHeadings[kind], kind, claim.evidence.filter(e => e.kind === kind).map(e => `<div class="ClaimDetails__evidence ClaimDetails__evidence--${kind}"><p>${h(e.summary)}</p>${sources(kit.cite(e.sources))}</div>`).join(''), kind === 'hindsight' ? 'ClaimDetails__hindsight-heading' : '')),
    ...section('In the argument', 'in-the-argument', `${parent ? `<p>${roles[claim.argument.role as keyof typeof roles]}: ${siteLink(link.claim(parent.id), h(claimLabel(parent.quote)))}</p>` : '<p>This is the article\'s thesis: every other claim supports, qualifies or sets the scene for it.</p>'}${children.length ? `<ul>${children.map(c => `<li>${roles[c.argument.role as keyof typeof roles]} it: ${siteLink(link.claim(c.id), h(claimLabel(c.quote)))}</li>`).join('')}</ul>` : ''}`),
    ...section('Other perspectives', 'counterpoints', counterpoints.length ? `<ul>${counterpoints.map(p => `<li>${siteLink(link.perspective(p.id), h(p.title))}</li>`).join('')}</ul>` : ''),
    ...section('Terms', 'terms', claim.terms.length ? `<dl class="ClaimDetails__terms">${claim.terms.map(id => kit.glossary.get(id)).map(t => `<dt>${siteLink(link.term(t.id), h(t.term))}</dt><dd>${h(t.definition)}</dd>`).join('')}</dl>` : ''),
    ...section('Who it concerns', 'actors', claim.actors.length ? `<p>${h(claim.actors.map(id => kit.actors.get(id).name).join(', '))}</p>` : ''),
    ...section('Discussion questions about it', 'questions', questions.length ? `<ul>${questions.map(q => `<li>${siteLink(link.question(q.id), h(q.prompt))}</li>`).join('')}</ul>` : ''),
    `<p class="ClaimDetails__back">${siteLink(`/article#claim-${claim.id}`, 'See it in the annotated article')} · ${siteLink('/claims/', 'All claims')}</p>`,
  ]
}
