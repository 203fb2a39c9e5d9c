/**
 * Validation of the whole content: every item against its schema, then the
 * rules of `rules/`, in the order listed there. Pure: it takes parsed data
 * and returns problems, so it runs the same in the CLI, in builds and tests.
 */
import type { Collections, ContentOf, Registry } from './collections.ts'
import type { ContentFiles, RuleContext } from './context.ts'
import type { Problem } from './errors.ts'
import { collections } from './collections.ts'
import { createReport } from './context.ts'
import { parseContent } from './parse.ts'
import { steps } from './rules/index.ts'
import { splitParagraphs, splitSentences } from './text.ts'

export type ValidationResult<R extends Registry = Collections>
  = | { ok: true, content: ContentOf<R>, problems: [] }
    | { ok: false, problems: Problem[] }

/** Validates all content and returns it, fully typed, or every problem found. */
export function validateContent<R extends Registry = Collections>(files: ContentFiles, registry: R = collections as never): ValidationResult<R> {
  const problems: Problem[] = []
  const report = createReport(problems)
  const context = parseContent(files, registry, report)
  for (const step of steps) {
    if (!step.when || step.when(context as unknown as RuleContext))
      step.rule(context as unknown as RuleContext, report)
  }
  const meta = context.article.meta
  if (problems.length > 0 || !meta)
    return { ok: false, problems }

  const { text } = files.article
  const content: Record<string, unknown> = {
    article: { ...meta.value, text, paragraphs: splitParagraphs(text), sentences: splitSentences(text) },
  }
  for (const [name, config] of Object.entries(registry)) {
    const items = context.items[name as keyof R].map(item => item.value)
    content[name] = config.sort ? items.sort(config.sort) : items
  }
  return { ok: true, problems: [], content: content as ContentOf<R> }
}
