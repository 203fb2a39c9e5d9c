import { vueMarkdownText } from '@kit/content'
import { content } from '../loaders/content.ts'

/** The teacher edition of each lesson plan, with everything it cites resolved. */
export default {

  paths() {
    const kit = content()
    return kit.content.lessons.map((plan) => {
      const ids = (key: 'claims' | 'questions' | 'terms' | 'timeline' | 'perspectives') => [...new Set([...plan.activities.flatMap(a => a[key]), ...(key === 'questions' ? plan.assessment.exitTicket.questions : [])])]
      return {
        params: {
          lesson: plan.id,
          plan,
          // Only the fields the page shows: these params ship in the page's JavaScript.
          claims: Object.fromEntries(ids('claims').map(id => [id, { quote: kit.claims.get(id).quote, kind: kit.claims.get(id).kind }])),
          questions: Object.fromEntries(ids('questions').map((id) => {
            const { level, prompt, guidance } = kit.questions.get(id)
            return [id, { level, prompt, guidance }]
          })),
          terms: Object.fromEntries(ids('terms').map(id => [id, { term: kit.glossary.get(id).term, definition: kit.glossary.get(id).definition }])),
          events: Object.fromEntries(ids('timeline').map(id => [id, { date: kit.timeline.get(id).date, title: kit.timeline.get(id).title, relation: kit.timeline.get(id).relation }])),
          perspectives: Object.fromEntries(ids('perspectives').map(id => [id, { title: kit.perspectives.get(id).title }])),
        },
        content: `# ${vueMarkdownText(plan.title)}\n\n<LessonPlan v-bind="$params" />\n`,
      }
    })
  },
}
