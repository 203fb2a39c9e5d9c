import type { QuestionsData } from './build.ts'
import { defineLoader } from 'vitepress'
import { questionsData } from './build.ts'

declare const data: QuestionsData
export { data }

export default defineLoader({ load: questionsData })
