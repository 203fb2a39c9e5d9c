import type { PerspectivesData } from './build.ts'
import { defineLoader } from 'vitepress'
import { perspectivesData } from './build.ts'

declare const data: PerspectivesData
export { data }

export default defineLoader({ load: perspectivesData })
