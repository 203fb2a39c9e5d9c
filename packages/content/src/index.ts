export type { CollectionName, Content } from './collections.ts'
/**
 * Browser-safe entry: types, labels and accessors over validated content.
 * Loading and validating files is in `@kit/content/node`.
 */
export { claimKinds, evidenceKinds, questionLevels, sourceTypes, timelineRelations, verdictRatings } from './constants.ts'
export { createContentIndex, UnknownIdError } from './core.ts'
export type { ArticleSegment, CitedSource, ContentIndex, IdIndex } from './core.ts'
export { claimKindLabels, questionLevelLabels, sourceTypeLabels, timelineRelationLabels, verdictLabels } from './labels.ts'
export type { Activity, Actor, Article, Claim, ClaimKind, Evidence, GlossaryTerm, LessonPlan, Perspective, Question, QuestionLevel, Rhetoric, Sentence, Source, Citation, Correction, TimelineEvent, Verdict, VerdictRating } from './schema.ts'
export { formatDate, formatDateRange, formatPublished, languageName } from './format.ts'
export { didYouMean, nearest } from './suggest.ts'
export { escapeHtml, escapeMarkdown, vueMarkdownText } from './text.ts'
