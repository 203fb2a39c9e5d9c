/**
 * The content model: the single source of truth for TypeScript types, runtime
 * validation and the JSON Schema that editors use for completion.
 *
 * Only shape rules live here, plus the references between collections
 * (`reference('actors')`), declared on the fields that hold them. Rules that
 * need more than one item (quotes that must occur in the article, minutes
 * that must add up) live in `rules/`.
 */
import { z } from 'zod'
import { activityGroupings, actorKinds, claimKinds, domainCategories, evidenceKinds, materialKinds, materialUnits, questionLevels, sourceTypes, timelineRelations, verdictRatings } from './constants.ts'

// ---------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------

/** Stable kebab-case id, cited by decks, pages and URLs. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lowercase letters, digits and single hyphens, e.g. `sanctions-pledge`')
  .max(60, 'must be at most 60 characters')

/** Fields that name an item of another collection, by the collection they name. */
export const references = z.registry<{ collection: string }>()

/**
 * The id of an item of `collection`: validated as an id here, and checked to
 * exist by the reference rule, which finds these fields through `references`.
 */
export function reference(collection: string) {
  return idSchema.clone().register(references, { collection })
}

/** A list of items with ids unique within the list (activities of a lesson, rhetoric passages). */
function uniqueById<T extends z.ZodType<{ id: string }>>(item: T) {
  return z.array(item).superRefine((items, ctx) => {
    const seen = new Set<string>()
    items.forEach((value, i) => {
      if (seen.has(value.id))
        ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `id \`${value.id}\` is used more than once.`, params: { code: 'DuplicateId', args: { id: value.id } } })
      seen.add(value.id)
    })
  })
}

/** Fields of free text that people read: checked for raw content ids by a rule. */
export const shownText = z.registry<{ collection: string }>()

/** Notes an author leaves for later, which readers must never see. */
const authoringMarker = /\b(?:TODO|FIXME|XXX|TBD)\b|\bcheck the\b|\bplaceholder\b|\bnot captured\b|\bto be checked\b|\bstored cop(?:y|ies)\b|\bURL slug\b|\bin the store\b|\bstored (?:source|page)s?\b|\bbatch-\d|\bresearch\//i

/**
 * Free text shown to people. Never rendered as HTML: markup is refused here so
 * that nobody is tempted to. Notes an author leaves for later are refused too.
 */
export function text(max = 1200) {
  return plainText(max).superRefine((value, ctx) => {
    const marker = authoringMarker.exec(value)?.[0]
    if (marker)
      ctx.addIssue({ code: 'custom', message: `holds an authoring note (${marker})`, params: { code: 'AuthoringMarker', args: { marker } } })
  }).register(shownText, { collection: '' })
}

/** Free text that may quote the kit's earlier wording, notes included (a correction's "what changed"). */
export function quotingText(max: number) {
  return plainText(max).register(shownText, { collection: '' })
}

function plainText(max: number) {
  return z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine(value => !/<\/?[a-z!][^>]*>/i.test(value), 'must be plain text: HTML tags are not allowed')
}

/** A short label (a title, a term, a name). */
export const labelSchema = text(160)

export const httpsUrlSchema = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value)
      return url.protocol === 'https:' && url.hostname.includes('.')
    }
    catch {
      return false
    }
  }, 'must be an https:// URL, e.g. `https://www.rferl.org/a/...`')

/** A calendar date written `YYYY-MM-DD` that really exists (no 31 June). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((value) => {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number]
    const date = new Date(Date.UTC(y, m - 1, d))
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
  }, 'must be a real calendar date')

/**
 * Where a fact comes from: a source of the `sources` collection, by id, or
 * with where in it and whose statement it reports.
 */
export const citationSchema = z.union([
  reference('sources'),
  z.strictObject({
    source: reference('sources'),
    /** Where in the source: a paragraph, a page, a chapter, a timestamp. */
    locator: text(120).optional(),
    /**
     * The actor whose words the source reports, when it is cited only for
     * what a government or its state media said (required for state media).
     */
    statementOf: reference('actors').optional(),
  }),
])

/** A publication date as the source gives it: a day, a month or year when that is all it shows, or unknown. */
export const publishedSchema = z.union([
  isoDateSchema,
  z.strictObject({ approximate: z.string().regex(/^\d{4}(?:-\d{2}){0,2}$/, 'must be a year, a month (YYYY-MM) or a day (YYYY-MM-DD)') }),
  z.literal('unknown'),
])

/** One source: a page the kit cites, described so that students can weigh it. */
export const sourceSchema = z.strictObject({
  id: idSchema,
  /** The page, exactly as found (https). */
  url: httpsUrlSchema,
  /** The page's own headline or document name (official titles run long). */
  title: text(300),
  /** Whose text it is: the outlet, government, body or author. */
  publisher: labelSchema,
  type: z.enum(sourceTypes),
  published: publishedSchema,
  /** ISO 639-1 code of the page's language. */
  language: z.string().regex(/^[a-z]{2}$/, 'must be a two-letter language code such as `en`'),
  /** For a copy of someone else's text: who republished it (whose page `url` is) and why the original is not cited. */
  via: z.strictObject({ publisher: labelSchema, reason: text(400) }).optional(),
})

const sourcesField = () => z.array(citationSchema).min(1, 'must cite at least one source')

// ---------------------------------------------------------------------------
// The article
// ---------------------------------------------------------------------------

/**
 * A fact about the article that may not be certain. The kit never states an
 * inferred or attributed value as confirmed, and never fills in an unknown.
 */
function certainty<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('status', [
    z.strictObject({
      /**
       * `confirmed`: seen in the publication itself. `attributed`: credited
       * from indirect evidence, unconfirmed. `inferred`: worked out from clues
       * (a URL slug, internal dates).
       */
      status: z.enum(['confirmed', 'attributed', 'inferred']),
      value,
      /** The evidence, in a sentence or two. */
      basis: text(600),
    }),
    z.strictObject({ status: z.literal('unknown'), basis: text(600) }),
  ])
}

/** A part of the article that is not a claim: a transition or a rhetorical question. */
export const rhetoricSchema = z.strictObject({
  id: idSchema,
  quote: text(400),
  /** Character range [start, end) of `quote` in the article text. */
  range: z.tuple([z.int().nonnegative(), z.int().nonnegative()]),
  /** What the words do in the argument. */
  role: text(300),
})

/** What `data/article.yaml` holds: the article's metadata and its rhetoric passages. */
export const articleMetaSchema = z.strictObject({
  title: certainty(labelSchema),
  outlet: certainty(labelSchema),
  author: certainty(labelSchema),
  /** Publication date, or the window it falls in. */
  published: certainty(z.strictObject({ from: isoDateSchema, to: isoDateSchema })),
  section: labelSchema.optional(),
  /** Where a copy of the article can be read. */
  url: httpsUrlSchema,
  sources: sourcesField(),
  /** Passages that are transitions or rhetoric rather than claims. */
  rhetoric: uniqueById(rhetoricSchema),
}).superRefine((meta, ctx) => {
  const { published } = meta
  if (published.status !== 'unknown' && published.value.to < published.value.from)
    ctx.addIssue({ code: 'custom', path: ['published', 'value', 'to'], message: 'ends before it starts', params: { code: 'DateOrder', args: { what: 'the publication window', start: published.value.from, end: published.value.to } } })
})

export const paragraphSchema = z.strictObject({
  index: z.int().nonnegative(),
  range: z.tuple([z.int(), z.int()]),
})

export const sentenceSchema = z.strictObject({
  index: z.int().nonnegative(),
  paragraph: z.int().nonnegative(),
  range: z.tuple([z.int(), z.int()]),
  text: z.string(),
})

/** The article as published to consumers: metadata plus text, paragraphs and sentences. */
export const articleSchema = articleMetaSchema.safeExtend({
  /** The article byte for byte (curly quotes stay curly). */
  text: z.string().min(1),
  paragraphs: z.array(paragraphSchema),
  sentences: z.array(sentenceSchema),
})

// ---------------------------------------------------------------------------
// Claims
// ---------------------------------------------------------------------------

export const verdictSchema = z.strictObject({
  rating: z.enum(verdictRatings),
  /** Why the rating: what the record shows, in two or three plain sentences. */
  explanation: text(1200),
  sources: sourcesField(),
})

export const evidenceSchema = z.strictObject({
  /**
   * `evidence` bears on the claim as of August 2020; `context` helps read it;
   * `hindsight` is what happened later and was not known to the author.
   */
  kind: z.enum(evidenceKinds),
  summary: text(800),
  sources: sourcesField(),
})

export const argumentSchema = z.discriminatedUnion('role', [
  /** The article's main recommendation. Exactly one claim has this role. */
  z.strictObject({ role: z.literal('thesis') }),
  /** A reason for another claim. */
  z.strictObject({ role: z.literal('supports'), of: reference('claims') }),
  /** A limit or concession on another claim. */
  z.strictObject({ role: z.literal('qualifies'), of: reference('claims') }),
  /** Scene-setting that another claim relies on. */
  z.strictObject({ role: z.literal('background'), of: reference('claims') }),
])

export const claimSchema = z.strictObject({
  id: idSchema,
  /** The article's words, verbatim (curly quotes included). */
  quote: text(600),
  /** Character range [start, end) of `quote` in the article text. */
  range: z.tuple([z.int().nonnegative(), z.int().nonnegative()]),
  /** What the claim says, in plain words a 15-year-old can follow. */
  paraphrase: text(500),
  kind: z.enum(claimKinds),
  /** Where a claim mixes kinds: what else it does (e.g. a loaded label inside a fact). */
  kindNote: text(400).optional(),
  /** Required for factual claims; optional for others that can be checked against the record. */
  verdict: verdictSchema.optional(),
  evidence: z.array(evidenceSchema).default([]),
  actors: z.array(reference('actors')).default([]),
  terms: z.array(reference('glossary')).default([]),
  /** Perspectives that push back on this claim. */
  counterpoints: z.array(reference('perspectives')).default([]),
  argument: argumentSchema,
})

// ---------------------------------------------------------------------------
// Actors, timeline, glossary, perspectives
// ---------------------------------------------------------------------------

export const actorSchema = z.strictObject({
  id: idSchema,
  name: labelSchema,
  kind: z.enum(actorKinds),
  /** Who they are, in August 2020 terms. */
  description: text(600),
  /** Their part in the article's story. */
  roleInArticle: text(600),
})

export const timelineEventSchema = z.strictObject({
  id: idSchema,
  date: isoDateSchema,
  /** Last day, for events that ran over several days. */
  endDate: isoDateSchema.optional(),
  /** `approximate` where sources do not pin the day down. */
  dateCertainty: z.enum(['exact', 'approximate']).default('exact'),
  title: labelSchema,
  summary: text(900),
  /**
   * `mentioned`: the article refers to it. `context`: background the article
   * assumes. `hindsight`: after the article, unknown to its author.
   */
  relation: z.enum(timelineRelations),
  actors: z.array(reference('actors')).default([]),
  claims: z.array(reference('claims')).default([]),
  sources: sourcesField(),
})

export const glossaryTermSchema = z.strictObject({
  id: idSchema,
  term: labelSchema,
  definition: text(500),
  /** Words of the article where the term appears, verbatim; omit when it does not. */
  articlePhrases: z.array(text(120)).default([]),
  sources: sourcesField(),
})

export const perspectiveSchema = z.strictObject({
  id: idSchema,
  title: labelSchema,
  /** The argument in its strongest fair form. */
  argument: text(1500),
  /** Who makes it: people, outlets or governments, as the sources name them. */
  heldBy: z.array(labelSchema).min(1, 'must name who makes the argument'),
  /** Claims of the article it answers. */
  respondsTo: z.array(reference('claims')).min(1, 'must name at least one claim it answers'),
  /** Anything a reader should weigh (state media, later change of view). */
  caveat: text(600).optional(),
  sources: sourcesField(),
})

// ---------------------------------------------------------------------------
// Teaching material
// ---------------------------------------------------------------------------

export const questionSchema = z.strictObject({
  id: idSchema,
  level: z.enum(questionLevels),
  prompt: text(500),
  claims: z.array(reference('claims')).min(1, 'must name at least one claim it probes'),
  terms: z.array(reference('glossary')).default([]),
  perspectives: z.array(reference('perspectives')).default([]),
  /** For the teacher: what a strong answer includes. Never shown on student handouts. */
  guidance: z.strictObject({
    strongAnswer: z.array(text(400)).min(1, 'must list what a strong answer includes'),
    watchFor: z.array(text(400)).default([]),
  }),
})

export const standardSchema = z.strictObject({
  framework: z.literal('C3'),
  /** Indicator code as the C3 Framework prints it, e.g. `D4.1.9-12`. */
  code: z.string().regex(/^D[1-4]\.(?:[A-Za-z]+\.)?\d+\.(?:K-2|3-5|6-8|9-12)$/, 'must be a C3 indicator code such as `D4.1.9-12`'),
  text: text(400),
})

/**
 * A printable sheet a lesson uses. Its text comes from the content it is
 * built from (`from`), never retyped; the site prints it at
 * `/materials/<id>` and `pnpm export` makes its PDFs.
 */
export const materialSchema = z.strictObject({
  id: idSchema,
  title: labelSchema,
  /**
   * `reading`: the article as a clean student print; `cards`: one card per
   * claim, to cut out; `worksheet`: the claim-sort grid; `organizer`: prompts
   * with room to write; `packet`: evidence for an expert group; `slip`: exit
   * tickets, several to a page; `strip`: dated events in order; `map`; and
   * `answer-key`, for the teacher.
   */
  kind: z.enum(materialKinds),
  audience: z.enum(['student', 'teacher']),
  /** Who gets a copy: each student, each pair, each group, the class (one to show), or the teacher. */
  per: z.enum(materialUnits),
  /** Copies for each of `per`. @default 1 */
  copies: z.int().positive().default(1),
  /** For `per: group`: students in a group. @default 4 */
  groupSize: z.int().min(2).max(8).default(4),
  /** For a sheet that only one of several groups gets (an expert packet): how many groups share the class. @default 1 */
  split: z.int().positive().default(1),
  /** For the teacher: what it is for and when it is handed out. */
  purpose: text(400),
  /** Printed at the top of the sheet, for students. */
  instructions: text(900).optional(),
  /** An organizer's prompts, each with room to write. */
  prompts: z.array(text(300)).default([]),
  /** The content it is built from: its text comes from these items. */
  from: z.strictObject({
    claims: z.array(reference('claims')).default([]),
    timeline: z.array(reference('timeline')).default([]),
    glossary: z.array(reference('glossary')).default([]),
    questions: z.array(reference('questions')).default([]),
    perspectives: z.array(reference('perspectives')).default([]),
    /** For exit-ticket slips: the lessons whose exit tickets they print. */
    lessons: z.array(reference('lessons')).default([]),
  }).prefault({}),
})

export const activitySchema = z.strictObject({
  id: idSchema,
  title: labelSchema,
  /** Minutes for the activity itself. */
  minutes: z.int().positive('must be a positive whole number of minutes'),
  /** Minutes to move into it (regroup, hand out sheets), counted in the lesson's total. @default 0 */
  transition: z.int().nonnegative().default(0),
  /** What to cut or shorten when the class runs late. */
  ifShort: text(400).optional(),
  grouping: z.enum(activityGroupings),
  /** What the teacher does, step by step. */
  teacher: z.array(text(500)).min(1, 'must say what the teacher does'),
  /** What students do, as printed on the handout. */
  students: text(600),
  claims: z.array(reference('claims')).default([]),
  questions: z.array(reference('questions')).default([]),
  terms: z.array(reference('glossary')).default([]),
  timeline: z.array(reference('timeline')).default([]),
  perspectives: z.array(reference('perspectives')).default([]),
  /** The kit's materials this activity hands out or shows. */
  materials: z.array(reference('materials')).default([]),
})

export const rubricRowSchema = z.strictObject({
  criterion: labelSchema,
  exemplary: text(400),
  proficient: text(400),
  developing: text(400),
  beginning: text(400),
})

export const lessonPlanSchema = z.strictObject({
  id: idSchema,
  title: labelSchema,
  summary: text(600),
  audience: z.strictObject({
    level: labelSchema,
    course: labelSchema,
    prerequisites: z.array(text(300)).default([]),
  }),
  totalMinutes: z.int().positive(),
  /** What students will be able to do, each with how the lesson checks it. */
  objectives: z.array(z.strictObject({ text: text(300), assessedBy: text(300) })).min(1, 'must list at least one objective'),
  /** The kit's printable materials the lesson uses. */
  materials: z.array(reference('materials')).min(1, 'must list the materials'),
  /** What the kit cannot supply: a wall map, scissors, a projector. */
  bring: z.array(text(300)).default([]),
  /** Which questions on the student handout each student answers. */
  handout: z.strictObject({
    everyone: z.array(reference('questions')).min(1, 'must name the questions every student answers'),
    chooseOne: z.array(reference('questions')).default([]),
    extension: z.array(reference('questions')).default([]),
  }),
  activities: uniqueById(activitySchema).min(2, 'must have at least two activities'),
  differentiation: z.strictObject({
    support: z.array(text(400)).min(1),
    extension: z.array(text(400)).min(1),
  }),
  assessment: z.strictObject({
    exitTicket: z.strictObject({
      prompt: text(500),
      questions: z.array(reference('questions')).default([]),
      lookFor: z.array(text(400)).min(1),
    }),
    rubric: z.array(rubricRowSchema).min(1),
  }),
  standards: z.array(standardSchema).min(1, 'must align to at least one C3 indicator'),
})

// ---------------------------------------------------------------------------
// Sources: the policy they must meet, and corrections
// ---------------------------------------------------------------------------

/** One rule of the source policy (`data/source-policy.yaml`), each with the reason it exists. */
export const policyRuleSchema = z.discriminatedUnion('rule', [
  /** A site whose pages are never cited: mirrors, content farms, pirate copies, … */
  z.strictObject({ id: idSchema, rule: z.literal('blocked-domain'), domain: z.string().regex(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/, 'must be a domain such as `example.com`'), category: z.enum(domainCategories), reason: text(400) }),
  /** Verdicts a reader can check against the record: each cites at least one source of these types. */
  z.strictObject({ id: idSchema, rule: z.literal('checkable-verdicts'), ratings: z.array(z.enum(verdictRatings)).min(1), types: z.array(z.enum(sourceTypes)).min(1), reason: text(400) }),
  /** An encyclopedia is never the only source of a fact. */
  z.strictObject({ id: idSchema, rule: z.literal('reference-not-alone'), reason: text(400) }),
  /** State media are cited only for what a government or state outlet said, marked with `statementOf`. */
  z.strictObject({ id: idSchema, rule: z.literal('state-media-statements'), reason: text(400) }),
  /** A copy of someone else's text names the original (its `publisher`) beside who republished it. */
  z.strictObject({ id: idSchema, rule: z.literal('via-copies'), reason: text(400) }),
])

/** A correction of the kit's content, published on the site: what changed, why, and where. */
export const correctionSchema = z.strictObject({
  id: idSchema,
  date: isoDateSchema,
  title: labelSchema,
  /** What the kit said, and what it says now (quoting the old wording, notes and all). */
  changed: quotingText(900),
  /** Why: the evidence, with sources. */
  reason: text(900),
  /** The items changed, by collection. */
  affects: z.strictObject({
    claims: z.array(reference('claims')).optional(),
    timeline: z.array(reference('timeline')).optional(),
    glossary: z.array(reference('glossary')).optional(),
    perspectives: z.array(reference('perspectives')).optional(),
    actors: z.array(reference('actors')).optional(),
    questions: z.array(reference('questions')).optional(),
    lessons: z.array(reference('lessons')).optional(),
    sources: z.array(reference('sources')).optional(),
  }),
  sources: z.array(citationSchema).default([]),
})

export type Citation = z.infer<typeof citationSchema>
export type Source = z.infer<typeof sourceSchema>
export type PolicyRule = z.infer<typeof policyRuleSchema>
export type Correction = z.infer<typeof correctionSchema>
export type ArticleMeta = z.infer<typeof articleMetaSchema>
export type Article = z.infer<typeof articleSchema>
export type Sentence = z.infer<typeof sentenceSchema>
export type Rhetoric = z.infer<typeof rhetoricSchema>
export type Claim = z.infer<typeof claimSchema>
export type ClaimKind = Claim['kind']
export type Verdict = z.infer<typeof verdictSchema>
export type VerdictRating = Verdict['rating']
export type Evidence = z.infer<typeof evidenceSchema>
export type Actor = z.infer<typeof actorSchema>
export type TimelineEvent = z.infer<typeof timelineEventSchema>
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>
export type Perspective = z.infer<typeof perspectiveSchema>
export type Question = z.infer<typeof questionSchema>
export type QuestionLevel = Question['level']
export type LessonPlan = z.infer<typeof lessonPlanSchema>
export type Activity = z.infer<typeof activitySchema>
export type Material = z.infer<typeof materialSchema>
