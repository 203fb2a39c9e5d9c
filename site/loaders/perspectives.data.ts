import type { PerspectivesData } from './build.ts'
import { defineLoader } from 'vitepress'
import { perspectivesData } from './build.ts'
import { contentFiles } from './content.ts'

declare const data: PerspectivesData
export { data }

export default defineLoader({ watch: contentFiles, load: perspectivesData })
