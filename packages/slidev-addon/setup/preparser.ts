/**
 * For decks that follow a lesson plan (headmatter `kitLesson: <lesson id>`):
 * a slide with `activity: <activity id>` in its frontmatter gets the
 * activity's title as its heading and the teacher's steps, timing and
 * question guidance as speaker notes, all from the lesson plan data. The
 * presenter timer's `duration` comes from the plan's total minutes.
 */
import type { Activity, LessonPlan } from '@kit/content'
import { escapeMarkdown as plain, vueMarkdownText } from '@kit/content'
import { loadBuiltContent } from '@kit/content/node'
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

export default definePreparserSetup(({ headmatter, filepath }) => {
  const lessonId = headmatter.kitLesson
  if (typeof lessonId !== 'string')
    return []
  const content = loadBuiltContent()
  const plan = content.lessonPlans.find(l => l.id === lessonId)
  if (!plan)
    throw new Error(`${filepath}: headmatter \`kitLesson: ${lessonId}\` names no lesson plan. Lesson plans: ${content.lessonPlans.map(l => `\`${l.id}\``).join(', ')}.`)
  const questions = new Map(content.questions.map(q => [q.id, q]))
  const activityOf = (frontmatter: Record<string, unknown>) => {
    const id = frontmatter.activity
    if (typeof id !== 'string')
      return undefined
    const activity = plan.activities.find(a => a.id === id)
    if (!activity)
      throw new Error(`${filepath}: slide frontmatter \`activity: ${id}\` is not an activity of lesson \`${plan.id}\`. Its activities: ${plan.activities.map(a => `\`${a.id}\``).join(', ')}.`)
    return activity
  }

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
