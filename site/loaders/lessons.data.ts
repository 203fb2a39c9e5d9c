import type { LessonsData } from './build.ts'
import { defineLoader } from 'vitepress'
import { lessonsData } from './build.ts'
import { contentFiles } from './content.ts'

declare const data: LessonsData
export { data }

export default defineLoader({ watch: contentFiles, load: lessonsData })
