/**
 * Browser-safe entry: types, labels and accessors over validated content.
 * Loading and validating files is in `@kit/content/node`.
 */
export { claimKinds, evidenceKinds, questionLevels, timelineRelations, verdictRatings } from './constants.ts'
export { createContentIndex, UnknownIdError } from './core.ts'
export type { ArticleSegment, ContentIndex } from './core.ts'
export { claimKindLabels, questionLevelLabels, timelineRelationLabels, verdictLabels } from './labels.ts'
export type { Activity, Actor, Claim, ClaimKind, Content, Evidence, GlossaryTerm, LessonPlan, Perspective, Question, QuestionLevel, Rhetoric, Sentence, Source, SourceRef, TimelineEvent, Verdict, VerdictRating } from './schema.ts'
export { didYouMean, nearest } from './suggest.ts'
export { escapeHtml, escapeMarkdown, vueMarkdownText } from './text.ts'
