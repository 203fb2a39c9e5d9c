import { createContentIndex } from '@kit/content'
import { defineAppSetup } from '@slidev/types'
import data from 'virtual:kit-content'
import { contentKey } from '../content.ts'

export default defineAppSetup(({ app }) => {
  app.provide(contentKey, createContentIndex(data))
})
