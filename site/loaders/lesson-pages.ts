/**
 * A lesson's teacher edition and student handout, written as static HTML at
 * build time: the plan's text is in the page, not repeated in its
 * JavaScript. Only what a person works with is a component: the prep list
 * (the teacher types the class size) and the on-screen claim sort.
 */
import type { Activity, LessonPlan, Material } from '@kit/content'
import type { Block } from './markdown.ts'
import { claimKindLabels, formatDateRange, escapeHtml as h, questionLevelLabels, timelineRelationLabels, vueMarkdownText } from '@kit/content'
import { collectionPages } from '../.vitepress/pages.ts'
import { content } from './content.ts'
import { md, sitePath, staticPage } from './markdown.ts'
import { copiesLabel, lines } from './materials.ts'
import { pagePdfs } from './pdfs.ts'

const groupings = { 'individual': 'individual', 'pairs': 'pairs', 'small-groups': 'small groups', 'whole-class': 'whole class' } as const

const ul = (items: string[], className = '') => items.length ? `<ul${className ? ` class="${className}"` : ''}>${items.map(i => `<li>${i}</li>`).join('')}</ul>` : ''
const a = (path: string, text: string) => `<a href="${sitePath(path)}">${text}</a>`

/** Each activity with the minute it starts and ends, transitions included. */
export function schedule(plan: LessonPlan): Array<Activity & { start: number, end: number }> {
  let start = 0
  return plan.activities.map((activity) => {
    const row = { ...activity, start, end: start + activity.transition + activity.minutes }
    start = row.end
    return row
  })
}

/** One row of the prep list: what to print, for whom, how many for the default class. */
export interface PrepItem {
  title: string
  href: string
  audience: Material['audience']
  per: string
  rule: Pick<Material, 'per' | 'copies' | 'groupSize' | 'split'>
  pdfs: Array<{ href: string, label: string }>
}

export function prepItems(plan: LessonPlan): PrepItem[] {
  const kit = content()
  return plan.materials.map(id => kit.materials.get(id)).map(m => ({
    title: m.title,
    href: sitePath(`/materials/${m.id}`),
    audience: m.audience,
    per: copiesLabel(m),
    rule: { per: m.per, copies: m.copies, groupSize: m.groupSize, split: m.split },
    pdfs: pagePdfs(`/materials/${m.id}`).map(pdf => ({ href: sitePath(pdf.path), label: pdf.label })),
  }))
}

function refs(activity: Activity): string {
  const kit = content()
  const block = (title: string, items: string[]) => items.length ? `<div class="LessonPlan__refs"><strong>${title}</strong>${ul(items)}</div>` : ''
  return [
    block('Hand out or show', activity.materials.map(id => a(`/materials/${id}`, h(kit.materials.get(id).title)))),
    block('Claims', activity.claims.map(id => kit.claims.get(id)).map(c => `${a(collectionPages.claims!.link(c.id), h(c.quote))} <em>(${h(claimKindLabels[c.kind].label)})</em>`)),
    block('Timeline', activity.timeline.map(id => kit.timeline.get(id)).map(e => `${h(formatDateRange(e.date, e.endDate, e.dateCertainty === 'approximate'))}: ${h(e.title)} <em>(${h(timelineRelationLabels[e.relation].label)})</em>`)),
    block('Terms', activity.terms.map(id => kit.glossary.get(id)).map(t => `${a(collectionPages.glossary!.link(t.id), h(t.term))}: ${h(t.definition)}`)),
    block('Perspectives', activity.perspectives.map(id => kit.perspectives.get(id)).map(p => a(collectionPages.perspectives!.link(p.id), h(p.title)))),
  ].join('')
}

function question(id: string, open: boolean): string {
  const q = content().questions.get(id)
  const watch = q.guidance.watchFor.length ? `<p><strong>Watch for</strong></p>${ul(q.guidance.watchFor.map(h))}` : ''
  return `<div class="LessonPlan__question"><p><strong>Question (${h(questionLevelLabels[q.level])}):</strong> ${h(q.prompt)}</p><details class="QuestionGuidance"${open ? ' open' : ''}><summary>Teacher guidance</summary><p><strong>A strong answer includes</strong></p>${ul(q.guidance.strongAnswer.map(h))}${watch}</details></div>`
}

function activitySection(row: ReturnType<typeof schedule>[number]): string {
  const transition = row.transition ? `, after ${row.transition} min to ${row.grouping === 'whole-class' ? 'settle' : 'regroup'}` : ''
  const late = row.ifShort ? `<p class="LessonPlan__late"><strong>Running late?</strong> ${h(row.ifShort)}</p>` : ''
  return [
    `### ${md(row.title)} <span class="LessonPlan__time">(${row.minutes} min${transition}; minute ${row.start}–${row.end}, ${groupings[row.grouping]})</span> {#activity-${row.id}}`,
    `<ol>${row.teacher.map(step => `<li>${h(step)}</li>`).join('')}</ol>`,
    `<p class="LessonPlan__students"><strong>Students:</strong> ${h(row.students)}</p>`,
    `${late}${refs(row)}${row.questions.map(id => question(id, true)).join('')}`,
  ].join('\n\n')
}

/** The lesson's note on the article's author and on hindsight, from what the kit knows of the article. */
function articleNote(): string {
  const { article } = content()
  const author = article.author.status === 'unknown'
    ? 'The article\'s author is not known; present it as unsigned.'
    : article.author.status === 'confirmed'
      ? `The article is by ${h(article.author.value)}.`
      : `The article's author is attributed (${h(article.author.value)}), not confirmed: present it that way.`
  return `<p class="LessonPlan__note">${author} Everything after the article's publication is hindsight: label it when you use it.</p>`
}

/** Which handout questions each student answers, as the plan says. */
function handoutAssignment(plan: LessonPlan, numbering: Map<string, number>): string {
  const list = (ids: string[]) => ids.map(id => `question ${numbering.get(id)}`).join(', ')
  return ul([
    `Every student answers ${list(plan.handout.everyone)}.`,
    ...(plan.handout.chooseOne.length ? [`Each student chooses one of ${list(plan.handout.chooseOne)}.`] : []),
    ...(plan.handout.extension.length ? [`Extension, for students who finish early: ${list(plan.handout.extension)}.`] : []),
  ])
}

/** The questions of the student handout, in order: everyone's, then the choice, then the extension. */
export function handoutQuestions(plan: LessonPlan): Map<string, number> {
  const ids = [...new Set([...plan.handout.everyone, ...plan.handout.chooseOne, ...plan.handout.extension])]
  return new Map(ids.map((id, i) => [id, i + 1]))
}

export function teacherEdition(plan: LessonPlan): string {
  const rows = schedule(plan)
  const numbering = handoutQuestions(plan)
  const pdfs = [...pagePdfs(`/lessons/${plan.id}`), ...pagePdfs(`/lessons/${plan.id}-handout`).map(pdf => ({ ...pdf, label: `Student handout, ${pdf.label}` }))]
  const body: Block[] = [
    `<p class="LessonPlan__meta">Teacher edition · ${plan.totalMinutes} minutes · ${h(plan.audience.level)} · ${h(plan.audience.course)}</p>`,
    `<p class="LessonPlan__actions no-print">${a(`/lessons/${plan.id}-handout`, 'Student handout')}${pdfs.map(pdf => ` · <a href="${sitePath(pdf.path)}" download>${h(pdf.label)}</a>`).join('')}</p>`,
    `<p>${h(plan.summary)}</p>`,
    articleNote(),
    '## Objectives {#objectives}',
    `<ul class="LessonPlan__objectives">${plan.objectives.map(o => `<li>${h(o.text)}<br><span class="LessonPlan__check">Checked by: ${h(o.assessedBy)}</span></li>`).join('')}</ul>`,
    '## Before class {#before-class}',
    ...(plan.audience.prerequisites.length ? ['### Students should {#prerequisites}', ul(plan.audience.prerequisites.map(h))] : []),
    '### Print and prepare {#prep}',
    { live: '<PrepList :items="$params.prep" :class-size="$params.classSize" />' },
    ...(plan.bring.length ? ['### Bring {#bring}', '<p>The kit cannot supply these:</p>', ul(plan.bring.map(h))] : []),
    '## Sequence at a glance {#sequence}',
    `<table class="LessonPlan__schedule" tabindex="0" aria-label="Sequence at a glance"><thead><tr><th scope="col">Minutes</th><th scope="col">Activity</th><th scope="col">Grouping</th><th scope="col">Length</th></tr></thead><tbody>${rows.map(r => `<tr><td>${r.start}–${r.end}</td><td><a href="#activity-${r.id}">${h(r.title)}</a></td><td>${groupings[r.grouping]}</td><td>${r.minutes} min${r.transition ? ` + ${r.transition} to move` : ''}</td></tr>`).join('')}</tbody><tfoot><tr><td colspan="3">Total</td><td>${plan.totalMinutes} min</td></tr></tfoot></table>`,
    ...rows.map(activitySection),
    '## The handout\'s questions {#handout-questions}',
    handoutAssignment(plan, numbering),
    '## Differentiation {#differentiation}',
    '### Support {#support}',
    ul(plan.differentiation.support.map(h)),
    '### Extension {#extension}',
    ul(plan.differentiation.extension.map(h)),
    '## Assessment {#assessment}',
    '### Exit ticket {#exit-ticket}',
    `<p>${h(plan.assessment.exitTicket.prompt)}</p>`,
    plan.assessment.exitTicket.questions.map(id => question(id, false)).join(''),
    '<p><strong>Look for</strong></p>',
    ul(plan.assessment.exitTicket.lookFor.map(h)),
    '### Rubric {#rubric}',
    `<table class="LessonPlan__rubric" tabindex="0" aria-label="Rubric"><thead><tr><th scope="col">Criterion</th><th scope="col">Exemplary</th><th scope="col">Proficient</th><th scope="col">Developing</th><th scope="col">Beginning</th></tr></thead><tbody>${plan.assessment.rubric.map(r => `<tr><th scope="row">${h(r.criterion)}</th><td>${h(r.exemplary)}</td><td>${h(r.proficient)}</td><td>${h(r.developing)}</td><td>${h(r.beginning)}</td></tr>`).join('')}</tbody></table>`,
    '## Standards (C3 Framework) {#standards}',
    ul(plan.standards.map(s => `<strong>${h(s.code)}</strong>: ${h(s.text)}`)),
  ]
  return staticPage(`# ${vueMarkdownText(plan.title)}`, body.filter(Boolean), 'LessonPlan')
}

export function studentHandout(plan: LessonPlan): string {
  const kit = content()
  const { article } = kit
  const numbering = handoutQuestions(plan)
  const source = [
    article.title.status !== 'unknown' && `“${h(article.title.value)}”${article.title.status === 'inferred' ? ' (title taken from the web address)' : ''}.`,
    article.outlet.status !== 'unknown' && `${h(article.outlet.value)}${article.section ? `, ${h(article.section)}` : ''}${article.published.status === 'unknown' ? '' : `, ${h(formatDateRange(article.published.value.from, article.published.value.to))}`}.`,
    article.author.status !== 'unknown' && `Author: ${h(article.author.value)} (${article.author.status === 'confirmed' ? 'confirmed' : 'attributed, not confirmed'}).`,
  ].filter(Boolean).join(' ')
  const part = (title: string, ids: string[]) => ids.length ? `<p class="LessonHandout__part"><strong>${title}</strong></p><ol class="LessonHandout__questions" start="${numbering.get(ids[0]!)}">${ids.map(id => kit.questions.get(id)).map(q => `<li>${h(q.prompt)} <span class="LessonHandout__level">(${h(questionLevelLabels[q.level])})</span><div class="print-only">${lines(3)}</div></li>`).join('')}</ol>` : ''
  const hasSort = plan.activities.some(act => act.materials.some(id => kit.materials.get(id).kind === 'worksheet'))
  const body: Block[] = [
    '<p class="LessonHandout__name">Name: ______________________ Class: ________ Date: __________</p>',
    `<p class="no-print">${a(`/lessons/${plan.id}`, 'Teacher edition')}${pagePdfs(`/lessons/${plan.id}-handout`).map(pdf => ` · <a href="${sitePath(pdf.path)}" download>${h(pdf.label)}</a>`).join('')}</p>`,
    '## Your tasks {#your-tasks}',
    `<ol>${plan.activities.map(act => `<li><strong>${h(act.title)}</strong> (${act.minutes} min). ${h(act.students)}</li>`).join('')}</ol>`,
    '## The article {#the-article}',
    `<p class="LessonHandout__source">${source}</p>`,
    `<blockquote class="LessonHandout__article">${article.paragraphs.map(p => `<p>${h(article.text.slice(...p.range))}</p>`).join('')}</blockquote>`,
    ...(hasSort ? ['## Claim sort {#claim-sort}', { live: '<ClaimSort :cards="$params.cards" />' }] : []),
    '## Questions {#questions}',
    part('Everyone answers', plan.handout.everyone),
    part('Choose one', plan.handout.chooseOne),
    part('Extension: if you finish early', plan.handout.extension),
    '## Exit ticket {#exit-ticket}',
    `<p>${h(plan.assessment.exitTicket.prompt)}</p>`,
    plan.assessment.exitTicket.questions.length ? `<ol>${plan.assessment.exitTicket.questions.map(id => `<li>${h(kit.questions.get(id).prompt)}</li>`).join('')}</ol>` : '',
    `<div class="print-only">${lines(6)}</div>`,
  ]
  return staticPage(`# ${vueMarkdownText(plan.title)}: student handout`, body.filter(Boolean), 'LessonHandout')
}

/** The claim cards of the lesson's sort: the claims of its worksheet. */
export function sortCards(plan: LessonPlan): Array<{ id: string, quote: string, kind: string, kindNote?: string }> {
  const kit = content()
  const worksheet = plan.materials.map(id => kit.materials.get(id)).find(m => m.kind === 'worksheet')
  return (worksheet?.from.claims ?? []).map(id => kit.claims.get(id)).map(c => ({ id: c.id, quote: c.quote, kind: c.kind, ...(c.kindNote ? { kindNote: c.kindNote } : {}) }))
}
