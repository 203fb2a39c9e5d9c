import type { DataRow } from './build.ts'
import { defineLoader } from 'vitepress'
import { collectionsData } from './build.ts'
import { contentFiles } from './content.ts'

declare const data: DataRow[]
export { data }

export default defineLoader({ watch: contentFiles, load: collectionsData })
