/**
 * Speaker notes written from the content at build time, for every deck:
 *
 * - a slide that shows `<ClaimCard>` or `<Perspectives>` gets, in its notes,
 *   what the slide leaves out to stay readable: the verdict's explanation,
 *   each perspective in full, and their sources (publisher, date, kind);
 * - in a deck that follows a lesson plan (headmatter `kitLesson`), a slide
 *   with `activity: <id>` gets the activity's title as its heading and the
 *   teacher's steps, timing and question guidance as notes, and the presenter
 *   timer gets the plan's total minutes.
 *
 * The handout prints the notes beside each slide, so they reach it too.
 * `kitLesson` and `activity` are checked by the deck scan (with file and
 * line); an unknown one is left alone here.
 */
import type { Activity, CitedSource, ContentIndex, LessonPlan } from '@kit/content'
import { createContentIndex, formatPublished, lessonSchedule, escapeMarkdown as plain, sourceTypeLabels, verdictLabels, vueMarkdownText } from '@kit/content'
import { loadContent } from '@kit/content/node'
import { definePreparserSetup } from '@slidev/types'
import { componentTags } from '../node/tags.ts'
import { selectPerspectives } from '../selectors.ts'

export function activityNote(plan: LessonPlan, activity: Activity, questions: Map<string, { prompt: string, guidance: { strongAnswer: string[], watchFor: string[] } }>): string {
  const slot = lessonSchedule(plan.activities)[plan.activities.findIndex(a => a.id === activity.id)]!
  const lines = [
    `**${activity.minutes} minutes** (minute ${slot.work}–${slot.end} of ${plan.totalMinutes}${activity.transition ? `, after ${activity.transition} to move` : ''}) · ${activity.grouping.replace('-', ' ')}`,
    ...(activity.ifShort ? [`*Running late:* ${plain(activity.ifShort)}`] : []),
    '',
    ...activity.teacher.map((step, i) => `${i + 1}. ${plain(step)}`),
  ]
  for (const id of activity.questions) {
    const question = questions.get(id)
    if (!question)
      continue
    lines.push('', `**Q: ${plain(question.prompt)}**`, ...question.guidance.strongAnswer.map(point => `- Strong answer: ${plain(point)}`), ...question.guidance.watchFor.map(point => `- Watch for: ${plain(point)}`))
  }
  return lines.join('\n')
}

const sourceLine = (s: CitedSource) => `- ${plain(s.title)}. ${plain(s.publisher)}${s.via ? ` (via ${plain(s.via.publisher)})` : ''}, ${formatPublished(s.published)} · ${sourceTypeLabels[s.type].label}${s.statementOf ? `; cited for what ${plain(s.statementOf)} said` : ''}`

/** Notes for the content components of one slide: what their cards leave out. */
export function componentNotes(index: ContentIndex, markdown: string, defaults: { lesson?: string, activity?: string }): string[] {
  const notes: string[] = []
  for (const { name, attrs } of componentTags(markdown)) {
    if (name === 'ClaimCard' && typeof attrs.id === 'string' && index.claims.has(attrs.id)) {
      const { verdict, kindNote } = index.claims.get(attrs.id)
      if (verdict)
        notes.push([`**Verdict: ${verdictLabels[verdict.rating].label}.** ${plain(verdict.explanation)}`, '', 'Sources:', ...index.cite(verdict.sources).map(sourceLine)].join('\n'))
      else if (kindNote)
        notes.push(plain(kindNote))
    }
    if (name === 'Perspectives') {
      for (const p of selectPerspectives(index, { ...defaults, ...attrs }))
        notes.push([`**${plain(p.title)}** (${plain(p.heldBy.join('; '))}): ${plain(p.argument)}${p.caveat ? ` Weigh this: ${plain(p.caveat)}` : ''}`, '', 'Sources:', ...index.cite(p.sources).map(sourceLine)].join('\n'))
    }
  }
  return notes
}

export default definePreparserSetup(({ headmatter }) => {
  const index = createContentIndex(loadContent())
  const plan = typeof headmatter.kitLesson === 'string' ? index.lessons.find(headmatter.kitLesson) : undefined
  const questions = new Map(index.content.questions.map(q => [q.id, q]))
  const activityOf = (frontmatter: Record<string, unknown>) => plan?.activities.find(a => a.id === frontmatter.activity)
  // transformSlide sees the slide's markup and runs just before transformNote, with the same frontmatter.
  const extra = new WeakMap<object, string[]>()

  return [{
    transformRawLines(lines) {
      // Headmatter is the first `---` block. A lesson deck lasts as long as its plan; and a deck with a
      // length gets a presenter timer that counts down from it, so the presenter sees the time left.
      if (lines[0]?.trim() !== '---')
        return
      const duration = Object.hasOwn(headmatter, 'duration') ? undefined : plan && `duration: ${plan.totalMinutes}min`
      const timer = !Object.hasOwn(headmatter, 'timer') && (duration || Object.hasOwn(headmatter, 'duration')) ? 'timer: countdown' : undefined
      lines.splice(1, 0, ...[duration, timer].filter((line): line is string => Boolean(line)))
    },
    async transformSlide(markdown, frontmatter) {
      extra.set(frontmatter, componentNotes(index, markdown, { lesson: plan?.id, activity: frontmatter.activity as string | undefined }))
      const activity = activityOf(frontmatter)
      if (!activity)
        return undefined
      frontmatter.title ??= activity.title
      // The slide is a Vue template: the title is shown as typed, `{{ … }}` included.
      return `# ${vueMarkdownText(activity.title)}\n\n${markdown}`
    },
    async transformNote(note, frontmatter) {
      const activity = activityOf(frontmatter)
      const parts = [activity && plan ? activityNote(plan, activity, questions) : '', note ?? '', ...(extra.get(frontmatter) ?? [])].filter(Boolean)
      return parts.length ? parts.join('\n\n') : undefined
    },
  }]
})
