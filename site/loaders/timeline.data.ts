import type { TimelineData } from './build.ts'
import { defineLoader } from 'vitepress'
import { timelineData } from './build.ts'

declare const data: TimelineData
export { data }

export default defineLoader({ load: timelineData })
