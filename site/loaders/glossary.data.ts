import type { GlossaryData } from './build.ts'
import { defineLoader } from 'vitepress'
import { glossaryData } from './build.ts'
import { contentFiles } from './content.ts'

declare const data: GlossaryData
export { data }

export default defineLoader({ watch: contentFiles, load: glossaryData })
