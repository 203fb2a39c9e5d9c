import { vueMarkdownText } from '@kit/content'
import { content } from '../loaders/content.ts'

/**
 * The student handout of each lesson plan: the article, the students' tasks,
 * the questions without teacher guidance, and the claim-sort worksheet.
 */
export default {

  paths() {
    const kit = content()
    const { article: source } = kit
    return kit.content.lessons.map((plan) => {
      const sortIds = plan.activities.find(a => a.id === 'claim-sort')?.claims ?? plan.activities.flatMap(a => a.claims).slice(0, 12)
      const questionIds = [...new Set(plan.activities.flatMap(a => a.questions))]
      return {
        params: {
          lesson: plan.id,
          title: plan.title,
          minutes: plan.totalMinutes,
          activities: plan.activities.map(a => ({ id: a.id, title: a.title, minutes: a.minutes, students: a.students })),
          exitTicket: plan.assessment.exitTicket.prompt,
          questions: questionIds.map(id => ({ id, prompt: kit.questions.get(id).prompt, level: kit.questions.get(id).level })),
          cards: sortIds.map(id => ({ id, quote: kit.claims.get(id).quote, kind: kit.claims.get(id).kind })),
          article: {
            paragraphs: source.paragraphs.map(p => source.text.slice(...p.range)),
            outlet: source.outlet.status === 'unknown' ? undefined : source.outlet.value,
            title: source.title.status === 'unknown' ? undefined : source.title.value,
            titleInferred: source.title.status === 'inferred',
            author: source.author.status === 'unknown' ? undefined : `${source.author.value} (${source.author.status === 'confirmed' ? 'confirmed' : 'attributed, not confirmed'})`,
            published: source.published.status === 'unknown' ? undefined : source.published.value,
          },
        },
        content: `# ${vueMarkdownText(plan.title)}: student handout\n\n<LessonHandout v-bind="$params" />\n`,
      }
    })
  },
}
