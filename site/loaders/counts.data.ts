import { defineLoader } from 'vitepress'
import { countsData } from './build.ts'
import { contentFiles } from './content.ts'

declare const data: Record<string, number>
export { data }

export default defineLoader({ watch: contentFiles, load: countsData })
