/**
 * Presentational components: they render plain content data passed as props
 * and never fetch or validate. Decks wrap them to look items up by id; the
 * site passes data from its loaders.
 */
export { default as KitClaimCard } from './components/KitClaimCard.vue'
export { default as KitKindBadge } from './components/KitKindBadge.vue'
export { default as KitMap } from './components/KitMap.vue'
export { default as KitPerspective } from './components/KitPerspective.vue'
export { default as KitSources } from './components/KitSources.vue'
export { default as KitTerm } from './components/KitTerm.vue'
export { default as KitTimeline } from './components/KitTimeline.vue'
export { default as KitVerdictBadge } from './components/KitVerdictBadge.vue'
export { firstSentence, formatDate, formatDateRange, formatPublished, languageName, sourceHost } from './format.ts'
