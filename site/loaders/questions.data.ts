import type { QuestionsData } from './build.ts'
import { defineLoader } from 'vitepress'
import { questionsData } from './build.ts'
import { contentFiles } from './content.ts'

declare const data: QuestionsData
export { data }

export default defineLoader({ watch: contentFiles, load: questionsData })
