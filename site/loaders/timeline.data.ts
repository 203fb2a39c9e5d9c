import type { TimelineData } from './build.ts'
import { defineLoader } from 'vitepress'
import { timelineData } from './build.ts'
import { contentFiles } from './content.ts'

declare const data: TimelineData
export { data }

export default defineLoader({ watch: contentFiles, load: timelineData })
