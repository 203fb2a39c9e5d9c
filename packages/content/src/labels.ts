import type { ClaimKind, QuestionLevel, Source, TimelineEvent, VerdictRating } from './schema.ts'

/** Display names and one-line explanations, shared by decks and pages. */
export const claimKindLabels: Record<ClaimKind, { label: string, description: string }> = {
  factual: { label: 'Fact', description: 'States something that can be checked against the record.' },
  prediction: { label: 'Prediction', description: 'Says what will or will not happen.' },
  causal: { label: 'Cause and effect', description: 'Says that one thing leads to another.' },
  normative: { label: 'Recommendation or value judgment', description: 'Says what should be done or what matters.' },
  characterization: { label: 'Characterization', description: 'Describes someone or something with a label or interpretation.' },
  speculation: { label: 'Speculation', description: 'Presents something as likely without public evidence.' },
}

export const verdictLabels: Record<VerdictRating, { label: string, description: string }> = {
  supported: { label: 'Supported', description: 'The record clearly backs it.' },
  partly: { label: 'Partly true', description: 'True in part, overstated, or needs a caveat.' },
  unverified: { label: 'Unverified', description: 'The kit found no official record or reputable report to check it against.' },
  contradicted: { label: 'Contradicted', description: 'The record goes against it.' },
  disputed: { label: 'Disputed', description: 'Sources disagree.' },
}

export const questionLevelLabels: Record<QuestionLevel, string> = {
  comprehension: 'Comprehension',
  application: 'Application',
  analysis: 'Analysis',
  evaluation: 'Evaluation',
  creation: 'Creation',
}

export const timelineRelationLabels: Record<TimelineEvent['relation'], { label: string, description: string }> = {
  mentioned: { label: 'In the article', description: 'The article refers to this event.' },
  context: { label: 'Background', description: 'Before the article; it assumes the reader knows.' },
  hindsight: { label: 'Hindsight', description: 'After the article: its author could not have known.' },
}

/** What kind of source a citation is, in words students can weigh. */
export const sourceTypeLabels: Record<Source['type'], { label: string, description: string }> = {
  'official': { label: 'Official record', description: 'A government, parliament, court or international body\'s own publication.' },
  'news': { label: 'News report', description: 'A news organisation\'s reporting, wire services included.' },
  'state-media': { label: 'State media', description: 'An outlet run by the Russian or Belarusian state, cited only for what its government said.' },
  'analysis': { label: 'Analysis', description: 'A think tank or research institute\'s analysis.' },
  'academic': { label: 'Scholarship', description: 'A peer-reviewed article or a university press publication.' },
  'reference': { label: 'Reference work', description: 'An encyclopedia: a summary of other sources, never the only one.' },
  'opinion': { label: 'Opinion', description: 'A column, editorial or op-ed: someone\'s argument, not reporting.' },
  'book': { label: 'Book', description: 'A book.' },
}
