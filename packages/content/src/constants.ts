/**
 * The enumerations of the content model, kept free of zod so that browser
 * code can import them without bundling the validator.
 */
export const claimKinds = ['factual', 'prediction', 'causal', 'normative', 'characterization', 'speculation'] as const
export const verdictRatings = ['supported', 'partly', 'unverified', 'contradicted', 'disputed'] as const
export const evidenceKinds = ['evidence', 'context', 'hindsight'] as const
export const actorKinds = ['person', 'government', 'organization', 'group'] as const
export const timelineRelations = ['mentioned', 'context', 'hindsight'] as const
export const questionLevels = ['comprehension', 'application', 'analysis', 'evaluation', 'creation'] as const
export const activityGroupings = ['individual', 'pairs', 'small-groups', 'whole-class'] as const
export const sourceTypes = ['official', 'news', 'state-media', 'analysis', 'academic', 'reference', 'opinion', 'book'] as const
export const domainCategories = ['mirror', 'content-farm', 'aggregator', 'pirate-copy', 'document-dump', 'staging', 'newsletter', 'homework-helper', 'state-media-rerun', 'partisan-blog', 'trivia'] as const
export const materialKinds = ['reading', 'cards', 'worksheet', 'organizer', 'packet', 'slip', 'strip', 'map', 'answer-key'] as const
export const materialUnits = ['student', 'pair', 'group', 'class', 'teacher'] as const
