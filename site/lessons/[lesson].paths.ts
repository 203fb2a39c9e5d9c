import { vueMarkdownText } from '@kit/content'
import { content } from '../loaders/content.ts'

/** The teacher edition of each lesson plan, with everything it cites resolved. */
export default {

  paths() {
    const kit = content()
    return kit.content.lessonPlans.map((plan) => {
      const ids = (key: 'claims' | 'questions' | 'terms' | 'timeline' | 'perspectives') => [...new Set([...plan.activities.flatMap(a => a[key]), ...(key === 'questions' ? plan.assessment.exitTicket.questions : [])])]
      return {
        params: {
          lesson: plan.id,
          plan,
          // Only the fields the page shows: these params ship in the page's JavaScript.
          claims: Object.fromEntries(ids('claims').map(id => [id, { quote: kit.getClaim(id).quote, kind: kit.getClaim(id).kind }])),
          questions: Object.fromEntries(ids('questions').map((id) => {
            const { level, prompt, guidance } = kit.getQuestion(id)
            return [id, { level, prompt, guidance }]
          })),
          terms: Object.fromEntries(ids('terms').map(id => [id, { term: kit.getTerm(id).term, definition: kit.getTerm(id).definition }])),
          events: Object.fromEntries(ids('timeline').map(id => [id, { date: kit.getEvent(id).date, title: kit.getEvent(id).title, relation: kit.getEvent(id).relation }])),
          perspectives: Object.fromEntries(ids('perspectives').map(id => [id, { title: kit.getPerspective(id).title }])),
        },
        content: `# ${vueMarkdownText(plan.title)}\n\n<LessonPlan v-bind="$params" />\n`,
      }
    })
  },
}
