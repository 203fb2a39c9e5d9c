export type { CollectionName, Content } from './collections.ts'
/**
 * Browser-safe entry: types, labels and accessors over validated content.
 * Loading and validating files is in `@kit/content/node`.
 */
export { claimKinds, evidenceKinds, questionLevels, sourceTypes, timelineRelations, verdictRatings } from './constants.ts'
export { copiesFor, perLabel } from './copies.ts'
export type { CopyRule } from './copies.ts'
export { createContentIndex, UnknownIdError } from './core.ts'
export type { ArticleSegment, CitedSource, ContentIndex, IdIndex } from './core.ts'
export { firstSentence, formatDate, formatDateRange, formatPublished, languageName } from './format.ts'
export { claimKindLabels, questionLevelLabels, sourceTypeLabels, timelineRelationLabels, verdictLabels } from './labels.ts'
export { lessonSchedule } from './schedule.ts'
export type { Slot } from './schedule.ts'
export type { Activity, Actor, Article, Citation, Claim, ClaimKind, Correction, Evidence, GlossaryTerm, LessonPlan, Material, Perspective, Question, QuestionLevel, Rhetoric, Sentence, Source, TimelineEvent, Verdict, VerdictRating } from './schema.ts'
export { acceptedColumns, sortColumns } from './sort.ts'
export type { SortColumn } from './sort.ts'
export { didYouMean, nearest } from './suggest.ts'
export { escapeHtml, escapeMarkdown, vueMarkdownText } from './text.ts'
