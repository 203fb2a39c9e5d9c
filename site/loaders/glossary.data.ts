import type { GlossaryData } from './build.ts'
import { defineLoader } from 'vitepress'
import { glossaryData } from './build.ts'

declare const data: GlossaryData
export { data }

export default defineLoader({ load: glossaryData })
