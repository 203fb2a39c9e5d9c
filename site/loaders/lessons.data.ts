import type { LessonsData } from './build.ts'
import { defineLoader } from 'vitepress'
import { lessonsData } from './build.ts'

declare const data: LessonsData
export { data }

export default defineLoader({ load: lessonsData })
