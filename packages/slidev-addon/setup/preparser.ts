/**
 * For decks that follow a lesson plan (headmatter `kitLesson: <lesson id>`):
 * a slide with `activity: <activity id>` in its frontmatter gets the
 * activity's title as its heading and the teacher's steps, timing and
 * question guidance as speaker notes, all from the lesson plan data. The
 * presenter timer's `duration` comes from the plan's total minutes.
 */
import type { Activity, LessonPlan } from '@kit/content'
import { escapeMarkdown as plain, vueMarkdownText } from '@kit/content'
import { loadContent } from '@kit/content/node'
import { definePreparserSetup } from '@slidev/types'

export function activityNote(plan: LessonPlan, activity: Activity, questions: Map<string, { prompt: string, guidance: { strongAnswer: string[], watchFor: string[] } }>): string {
  const index = plan.activities.indexOf(activity)
  const start = plan.activities.slice(0, index).reduce((sum, a) => sum + a.minutes, 0)
  const lines = [
    `**${activity.minutes} minutes** (minute ${start}–${start + activity.minutes} of ${plan.totalMinutes}) · ${activity.grouping.replace('-', ' ')}`,
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

// `kitLesson` and `activity` are checked with every other problem by the deck scan (`kit-deck
// validate`, the addon's Vite plugin), which reports them with file and line: this trusts it and
// leaves a slide whose lesson or activity is unknown as it is.
export default definePreparserSetup(({ headmatter }) => {
  const lessonId = headmatter.kitLesson
  const content = typeof lessonId === 'string' ? loadContent() : undefined
  const plan = content?.lessons.find(l => l.id === lessonId)
  if (!content || !plan)
    return []
  const questions = new Map(content.questions.map(q => [q.id, q]))
  const activityOf = (frontmatter: Record<string, unknown>) => plan.activities.find(a => a.id === frontmatter.activity)

  return [{
    transformRawLines(lines) {
      // Headmatter is the first `---` block; give the presenter timer the plan's length.
      if (lines[0]?.trim() !== '---' || Object.hasOwn(headmatter, 'duration'))
        return
      lines.splice(1, 0, `duration: ${plan.totalMinutes}min`)
    },
    async transformSlide(markdown, frontmatter) {
      const activity = activityOf(frontmatter)
      if (!activity)
        return undefined
      frontmatter.title ??= activity.title
      // The slide is a Vue template: the title is shown as typed, `{{ … }}` included.
      return `# ${vueMarkdownText(activity.title)}\n\n${markdown}`
    },
    async transformNote(note, frontmatter) {
      const activity = activityOf(frontmatter)
      if (!activity)
        return undefined
      return [activityNote(plan, activity, questions), note].filter(Boolean).join('\n\n')
    },
  }]
})
