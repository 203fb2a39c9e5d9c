/**
 * The printable materials the lessons use, written as static HTML at build
 * time from the content they are built from (a card's text is its claim's
 * quote, a strip's lines are its events). Each kind has its own layout; print
 * CSS (theme/custom.css) sets cut lines, page breaks and writing space.
 */
import type { Material } from '@kit/content'
import { acceptedColumns, claimKindLabels, copiesFor, formatDate, formatDateRange, escapeHtml as h, perLabel, sortColumns, verdictLabels, vueMarkdownText } from '@kit/content'
import { content } from './content.ts'
import { sitePath, staticPage } from './markdown.ts'
import { pagePdfs } from './pdfs.ts'

const kit = () => content()

/** Who gets a copy, in words; a slip sheet says it holds four slips. */
export const copiesLabel = (m: Material) => `${perLabel(m)}${m.kind === 'slip' ? ' (a sheet of four slips)' : ''}`

const nameLine = '<p class="kit-sheet__name">Name: <span class="kit-blank"></span> Date: <span class="kit-blank kit-blank--short"></span></p>'
/** Ruled lines to write on: real borders, which print at any resolution (gradients can drop out). */
export const lines = (n: number) => `<div class="kit-lines" aria-hidden="true">${'<span></span>'.repeat(n)}</div>`

function articleSheet(): string {
  const { article } = kit()
  const meta = [
    article.outlet.status !== 'unknown' && `${h(article.outlet.value)}${article.section ? `, ${h(article.section)}` : ''}`,
    article.published.status !== 'unknown' && formatDateRange(article.published.value.from, article.published.value.to),
    article.author.status !== 'unknown' && `attributed to ${h(article.author.value)} (not confirmed)`,
  ].filter(Boolean).join(' · ')
  const paragraphs = article.paragraphs.map(p => `<li>${h(article.text.slice(...p.range))}</li>`).join('\n')
  const title = article.title.status === 'unknown' ? 'The article' : `“${h(article.title.value)}”`
  return `<p class="kit-sheet__meta"><strong>${title}</strong><br>${meta}</p>\n<ol class="kit-reading">\n${paragraphs}\n</ol>`
}

function cards(m: Material): string {
  const list = m.from.claims.map((id, i) => `<li class="kit-card"><span class="kit-card__n">${i + 1}</span><p>${h(kit().claims.get(id).quote)}</p></li>`).join('\n')
  return `<ol class="kit-cards" aria-label="Cards to cut out">\n${list}\n</ol>`
}

function worksheet(m: Material): string {
  const head = `<tr><th scope="col">Card</th>${sortColumns.map(c => `<th scope="col">${h(c.label)}</th>`).join('')}<th scope="col">Why? (which words tell you)</th></tr>`
  const rows = m.from.claims.map((id, i) => `<tr><th scope="row">${i + 1}</th>${sortColumns.map(c => `<td><span class="kit-box" role="img" aria-label="${h(c.label)}: box to tick"></span></td>`).join('')}<td class="kit-why"></td></tr>`).join('\n')
  const key = sortColumns.map(c => `<dt>${h(c.label)}</dt><dd>${h(c.description)}</dd>`).join('')
  return `<dl class="kit-columns">${key}</dl>\n<table class="kit-grid">\n<thead>${head}</thead>\n<tbody>\n${rows}\n</tbody>\n</table>`
}

function answerKey(m: Material): string {
  const rows = m.from.claims.map((id, i) => {
    const claim = kit().claims.get(id)
    const accepted = acceptedColumns(claim).map(c => sortColumns.find(s => s.id === c)!.label)
    const why = claim.kindNote ?? claimKindLabels[claim.kind].description
    const verdict = claim.verdict ? verdictLabels[claim.verdict.rating].label : 'no verdict (not checkable)'
    return `<tr><th scope="row">${i + 1}</th><td>${h(claim.quote)}</td><td><strong>${h(accepted[0]!)}</strong>${accepted.length > 1 ? `<br>also accepted: ${h(accepted.slice(1).join(', '))}` : ''}</td><td>${h(claimKindLabels[claim.kind].label)}. ${h(why)}</td><td>${h(verdict)}</td></tr>`
  }).join('\n')
  return `<table class="kit-key">\n<thead><tr><th scope="col">Card</th><th scope="col">Quote</th><th scope="col">Column</th><th scope="col">Why (the kit's kind)</th><th scope="col">Verdict</th></tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>`
}

function strip(m: Material): string {
  const events = m.from.timeline.map(id => kit().timeline.get(id)).sort((a, b) => a.date.localeCompare(b.date))
  const hindsight = events.some(e => e.relation === 'hindsight')
  const items = events.map(e => `<li class="kit-strip__event"><span class="kit-strip__date">${formatDateRange(e.date, e.endDate, e.dateCertainty === 'approximate')}</span><span class="kit-strip__title">${h(e.title)}</span>${lines(1)}</li>`).join('\n')
  return `${hindsight ? '<p class="kit-sheet__flag">Hindsight: these events came after the article. Its author could not know them.</p>\n' : ''}<ol class="kit-strip${hindsight ? ' kit-strip--hindsight' : ''}">\n${items}\n</ol>`
}

function packet(m: Material): string {
  const index = kit()
  const cite = (list: Parameters<typeof index.cite>[0]) => index.cite(list).map(s => `${h(s.title)} (${h(s.publisher)})`).join('; ')
  const claims = m.from.claims.map((id) => {
    const claim = index.claims.get(id)
    const evidence = claim.evidence.map(e => `<li><strong>${e.kind === 'hindsight' ? 'Hindsight' : e.kind === 'context' ? 'Context' : 'Evidence'}:</strong> ${h(e.summary)} <span class="kit-src">Sources: ${cite(e.sources)}</span></li>`).join('\n')
    const verdict = claim.verdict ? `<details class="kit-fold"><summary>The kit's verdict (fold under before handing out)</summary><p><strong>${verdictLabels[claim.verdict.rating].label}.</strong> ${h(claim.verdict.explanation)} <span class="kit-src">Sources: ${cite(claim.verdict.sources)}</span></p></details>` : ''
    return `<section class="kit-packet__claim"><h2>${h(claimKindLabels[claim.kind].label)}: “${h(claim.quote)}”</h2><ul>${evidence}</ul>${verdict}</section>`
  }).join('\n')
  const events = m.from.timeline.length ? `<h2>Dates</h2><ul>${m.from.timeline.map(id => index.timeline.get(id)).map(e => `<li><strong>${formatDate(e.date)}</strong>: ${h(e.title)}. ${h(e.summary)}</li>`).join('')}</ul>` : ''
  const perspectives = m.from.perspectives.map(id => index.perspectives.get(id)).map(p => `<section class="kit-packet__view"><h2>${h(p.title)}</h2><p class="kit-src">Argued by: ${h(p.heldBy.join('; '))}</p><p>${h(p.argument)}</p>${p.caveat ? `<p><strong>Weigh this:</strong> ${h(p.caveat)}</p>` : ''}<p class="kit-src">Sources: ${cite(p.sources)}</p></section>`).join('\n')
  return `${claims}\n${events}\n${perspectives}`
}

function organizer(m: Material): string {
  const prompts = [...m.prompts, ...m.from.questions.map(id => kit().questions.get(id).prompt)]
  return `<ol class="kit-prompts">\n${prompts.map(p => `<li><p>${h(p)}</p>${lines(4)}</li>`).join('\n')}\n</ol>`
}

function slips(m: Material): string {
  const index = kit()
  const one = m.from.lessons.map(id => index.lessons.get(id).assessment.exitTicket).map(t => `<p>${h(t.prompt)}</p>${t.questions.length ? `<ol>${t.questions.map(q => `<li>${h(index.questions.get(q).prompt)}</li>`).join('')}</ol>` : ''}`).join('')
  const slip = `<li class="kit-slip"><p class="kit-sheet__name">Name: <span class="kit-blank"></span></p>${one}${lines(3)}</li>`
  return `<ol class="kit-slips" aria-label="Four slips to cut apart">\n${[slip, slip, slip, slip].join('\n')}\n</ol>`
}

function map(m: Material): string {
  const terms = m.from.glossary.map(id => kit().glossary.get(id)).map(t => `<dt>${h(t.term)}</dt><dd>${h(t.definition)}</dd>`).join('')
  return `<dl class="kit-columns">${terms}</dl>`
}

const renderers: Record<Material['kind'], (m: Material) => string> = {
  'reading': articleSheet,
  'cards': cards,
  'worksheet': worksheet,
  'answer-key': answerKey,
  'strip': strip,
  'packet': packet,
  'organizer': organizer,
  'slip': slips,
  'map': map,
}

/** The page of one material: heading, a note for the teacher (not printed), instructions, then the sheet. */
export function materialPage(m: Material): string {
  const index = kit()
  const used = index.content.lessons.filter(l => l.materials.includes(m.id)).map(l => `<a href="${sitePath(`/lessons/${l.id}`)}">${h(l.title)}</a>`)
  const pdfs = pagePdfs(`/materials/${m.id}`).map(pdf => `<a href="${sitePath(pdf.path)}" download>${h(pdf.label)}</a>`)
  const print = pdfs.length ? `Print it from ${pdfs.join(' or ')}, or with your browser's print command.` : 'Print it with your browser\'s print command: the note you are reading is left out.'
  const forTeacher = `<div class="kit-prep no-print"><p><strong>For the teacher.</strong> ${h(m.purpose)}</p><p>Copies: ${h(copiesLabel(m))} (${copiesFor(m, 28)} for a class of 28). Used in: ${used.join('; ') || 'no lesson yet'}. ${print}</p></div>`
  const instructions = m.instructions ? `<p class="kit-sheet__instructions">${h(m.instructions)}</p>` : ''
  const name = m.audience === 'student' && !['reading', 'cards', 'slip', 'map'].includes(m.kind) ? nameLine : ''
  // The map is a component, drawn at build time; the rest is HTML that Vue leaves alone.
  const figure = m.kind === 'map' ? [{ live: '<KitMap title="Map: Belarus, its neighbours and the Suwałki Gap" />' }] : []
  return staticPage(`# ${vueMarkdownText(m.title)}`, [forTeacher, name, instructions, ...figure, renderers[m.kind](m)].filter(Boolean), `kit-sheet kit-sheet--${m.kind}`)
}
