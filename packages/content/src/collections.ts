/**
 * The collection registry: one entry per collection, and the one list of
 * them. The files read, the types, the index accessors, the reference and
 * duplicate checks, the JSON Schemas, the editor mapping, the counts and
 * `content.json` are all derived from it.
 */
import type { z } from 'zod'
import type { Article } from './schema.ts'
import { actorSchema, claimSchema, correctionSchema, glossaryTermSchema, lessonPlanSchema, materialSchema, perspectiveSchema, policyRuleSchema, questionSchema, references, shownText, sourceSchema, timelineEventSchema } from './schema.ts'

export interface CollectionConfig<S extends z.ZodType<{ id: string }> = z.ZodType<{ id: string }>> {
  /** A YAML file under `data/` holding a list of items (`claims.yaml`)… */
  file?: string
  /** …or a folder under `data/` holding one item per YAML file (`lessons`). */
  folder?: string
  /** One item's shape; fields made with `reference('…')` name items of other collections. */
  schema: S
  /** One item, as messages name it: "unknown `claim` id". */
  noun: string
  /** Several items, as counts name them. @default `${noun}s` */
  plural?: string
  /** What an item holds, in a line: for the open-data page. */
  description: string
  /** How a person names an item (a claim by its quote, a term by itself). */
  title: (item: z.output<S>) => string
  /** Order of the items in `content.json`. @default the order of the files */
  sort?: (a: z.output<S>, b: z.output<S>) => number
  /** Fewest items the kit works with. @default 0 */
  min?: number
}

/** Identity helper: infers an entry's item type from its schema. */
export function defineCollection<S extends z.ZodType<{ id: string }>>(config: CollectionConfig<S>): CollectionConfig<S> {
  if (!config.file === !config.folder)
    throw new Error(`a collection reads either a \`file\` or a \`folder\` (${config.noun})`)
  return config
}

export type Registry = Record<string, CollectionConfig<any>>

export const collections = {
  claims: defineCollection({
    file: 'claims.yaml',
    schema: claimSchema,
    noun: 'claim',
    title: c => c.quote,
    description: 'each claim\'s verbatim quote and range, paraphrase, kind, verdict with sources, evidence (including hindsight), actors, terms, counterpoints, and its place in the argument',
  }),
  actors: defineCollection({ file: 'actors.yaml', schema: actorSchema, noun: 'actor', title: a => a.name, description: 'the people, governments and groups involved' }),
  timeline: defineCollection({
    file: 'timeline.yaml',
    schema: timelineEventSchema,
    noun: 'timeline event',
    title: e => e.title,
    sort: (a, b) => a.date.localeCompare(b.date),
    description: 'dated events, each marked mentioned, context or hindsight, with sources',
  }),
  glossary: defineCollection({ file: 'glossary.yaml', schema: glossaryTermSchema, noun: 'glossary term', title: t => t.term, description: 'terms with plain definitions and where they appear' }),
  perspectives: defineCollection({ file: 'perspectives.yaml', schema: perspectiveSchema, noun: 'perspective', title: p => p.title, description: 'other views, who holds them, which claims they answer, sources' }),
  questions: defineCollection({ file: 'questions.yaml', schema: questionSchema, noun: 'question', title: q => q.prompt, description: 'discussion questions with level, the claims they probe, and teacher guidance' }),
  lessons: defineCollection({
    folder: 'lessons',
    schema: lessonPlanSchema,
    noun: 'lesson plan',
    title: l => l.title,
    min: 1,
    description: 'timed lesson plans with objectives, activities, differentiation, assessment and C3 standards',
  }),
  materials: defineCollection({
    file: 'materials.yaml',
    schema: materialSchema,
    noun: 'material',
    title: m => m.title,
    description: 'the printable sheets the lessons use (the article to read, claim cards, worksheets, timeline strips, packets, slips, answer keys), each built from content ids',
  }),
  sources: defineCollection({
    file: 'sources.yaml',
    schema: sourceSchema,
    noun: 'source',
    title: s => s.title,
    description: 'every source the kit cites, once: its address, title, publisher, type, date and language, and for a copy, who republished it and why',
  }),
  policy: defineCollection({
    file: 'source-policy.yaml',
    schema: policyRuleSchema,
    noun: 'source policy rule',
    title: r => r.id,
    description: 'the source policy every source and citation meets, each rule with its reason (sites never cited, what a checkable verdict cites)',
  }),
  corrections: defineCollection({
    file: 'corrections.yaml',
    schema: correctionSchema,
    noun: 'correction',
    title: c => c.title,
    sort: (a, b) => b.date.localeCompare(a.date),
    description: 'corrections of the kit\'s content: when, what changed, why, and the items affected',
  }),
}

export type Collections = typeof collections
export type CollectionName = keyof Collections

/** The items of every collection of a registry, with the article. */
export type ContentOf<R extends Registry> = { article: Article } & { -readonly [K in keyof R]: Array<z.output<R[K]['schema']>> }

/** The whole validated content, as exported to `content.json`. */
export type Content = ContentOf<Collections>

/** Where a collection's items are written, as contributors see it: `data/claims.yaml`, `data/lessons/`. */
export function dataPath(config: CollectionConfig): string {
  return config.file ? `data/${config.file}` : `data/${config.folder}/`
}

export const pluralOf = (config: CollectionConfig) => config.plural ?? `${config.noun}s`

/** A field that names items of another collection: `['activities', '*', 'claims', '*']` → `questions`. */
export interface ReferenceField {
  path: Array<string | '*'>
  collection: string
}

type Marked = z.core.$ZodRegistry<{ collection: string }>
const fieldCache = new WeakMap<Marked, WeakMap<z.ZodType, ReferenceField[]>>()

/** The fields of a schema marked in `registry`, found by walking it (once per schema). */
function markedFields(schema: z.ZodType, registry: Marked): ReferenceField[] {
  const cache = fieldCache.get(registry) ?? fieldCache.set(registry, new WeakMap()).get(registry)!
  let found = cache.get(schema)
  if (!found) {
    found = []
    walk(schema, [], found, registry)
    cache.set(schema, found)
  }
  return found
}

/** Every reference field of a schema: where it is and the collection it names. */
export const referenceFields = (schema: z.ZodType) => markedFields(schema, references)

/** Every field of free text people read. */
export const textFields = (schema: z.ZodType) => markedFields(schema, shownText).map(f => f.path)

function walk(schema: z.ZodType, path: Array<string | '*'>, out: ReferenceField[], registry: Marked): void {
  const meta = registry.get(schema)
  if (meta) {
    if (!out.some(f => f.collection === meta.collection && f.path.join('.') === path.join('.')))
      out.push({ path, collection: meta.collection })
    return
  }
  const def = (schema as unknown as { _zod: { def: Record<string, any> } })._zod.def
  switch (def.type) {
    case 'object':
      for (const [key, value] of Object.entries(def.shape as Record<string, z.ZodType>))
        walk(value, [...path, key], out, registry)
      break
    case 'array':
      walk(def.element, [...path, '*'], out, registry)
      break
    case 'union':
      for (const option of def.options)
        walk(option, path, out, registry)
      break
    case 'pipe':
      walk(def.in, path, out, registry)
      break
    case 'optional': case 'nullable': case 'default': case 'prefault': case 'readonly': case 'nonoptional': case 'catch':
      walk(def.innerType, path, out, registry)
      break
  }
}

/** Checks that every reference names a collection of the registry: a mistake in the registry itself. */
export function checkRegistry(registry: Registry): void {
  for (const [name, config] of Object.entries(registry)) {
    for (const field of referenceFields(config.schema)) {
      if (!(field.collection in registry))
        throw new Error(`collection \`${name}\`: field \`${field.path.join('.')}\` refers to \`${field.collection}\`, which is not a collection (${Object.keys(registry).join(', ')})`)
    }
  }
}
