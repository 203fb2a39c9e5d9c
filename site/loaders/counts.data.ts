import type { DataRow } from './build.ts'
import { defineLoader } from 'vitepress'
import { collectionsData } from './build.ts'

declare const data: DataRow[]
export { data }

export default defineLoader({ load: collectionsData })
