import { content } from '../loaders/content.ts'
import { prepItems, teacherEdition } from '../loaders/lesson-pages.ts'

/**
 * The teacher edition of each lesson plan, static HTML but for the prep
 * list, whose copies follow the class size the teacher types.
 */
export default {
  paths() {
    return content().content.lessons.map(plan => ({
      // Only the prep list's rows ship in the page's JavaScript.
      params: { lesson: plan.id, prep: prepItems(plan), classSize: 28 },
      content: teacherEdition(plan),
    }))
  },
}
