export { contentKey, useKitContent } from './content.ts'
export { components, mergeSelections, selectClaims, selectEvents, selectPerspectives, selectQuestions, subsetContent } from './selectors.ts'
export type { Attrs, Selection } from './selectors.ts'
