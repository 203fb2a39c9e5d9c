import { content } from '../loaders/content.ts'
import { sortCards, studentHandout } from '../loaders/lesson-pages.ts'

/**
 * The student handout of each lesson plan: the tasks, the article, the
 * claim sort (on screen or on paper), the questions each student answers
 * and the exit ticket. Static HTML but for the sort.
 */
export default {
  paths() {
    return content().content.lessons.map(plan => ({
      // Only the sort's cards ship in the page's JavaScript.
      params: { lesson: plan.id, cards: sortCards(plan) },
      content: studentHandout(plan),
    }))
  },
}
