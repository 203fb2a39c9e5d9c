/**
 * Finds the content components a deck uses, checks their attributes and ids,
 * and works out which content items the deck needs.
 */
import type { ContentIndex } from '@kit/content'
import type { Problem } from '@kit/content/node'
import type { Selection } from '../selectors.ts'
import { readFileSync } from 'node:fs'
import { didYouMean } from '@kit/content'
import { parse } from '@slidev/parser'
import { components, mergeSelections } from '../selectors.ts'

export interface ComponentUse {
  name: string
  attrs: Record<string, string | true>
  /** 1-based line of the tag in the file. */
  line: number
  /** 1-based slide number. */
  slide: number
}

export interface DeckScan {
  uses: ComponentUse[]
  selection: Selection
  problems: Problem[]
}

const tagPattern = new RegExp(`<(${Object.keys(components).join('|')})(?=[\\s/>])([^>]*?)\\/?>`, 'g')
const attrPattern = /([:@]?[\w.-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'))?/g

/** Static attributes of a tag; bound ones (`:id`, `v-bind`) are returned with their raw name. */
export function parseAttrs(source: string): Record<string, string | true> {
  const attrs: Record<string, string | true> = {}
  for (const [, name, double, single] of source.matchAll(attrPattern))
    attrs[name!] = double ?? single ?? true
  return attrs
}

/** Scans deck markdown that has already been read; `file` is the path shown in messages. */
export async function scanDeckSource(markdown: string, file: string, index: ContentIndex): Promise<DeckScan> {
  const { slides } = await parse(markdown, file)
  const slideAt = (line0: number) => (slides.find(s => line0 >= s.start && line0 < s.end) ?? slides.at(-1))!.index + 1
  const lineStarts = [0]
  for (let i = 0; i < markdown.length; i++) {
    if (markdown[i] === '\n')
      lineStarts.push(i + 1)
  }
  const lineOf = (offset: number) => {
    let line = 0
    while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= offset)
      line++
    return line
  }

  const uses: ComponentUse[] = []
  const problems: Problem[] = []
  const selections: Selection[] = []
  for (const match of markdown.matchAll(tagPattern)) {
    const name = match[1]!
    const line0 = lineOf(match.index)
    const use: ComponentUse = { name, attrs: parseAttrs(match[2] ?? ''), line: line0 + 1, slide: slideAt(line0) }
    uses.push(use)
    const spec = components[name]!
    const report = (kind: Problem['kind'], attr: string, message: string, hint?: string) =>
      problems.push({ kind, file, line: use.line, collection: 'deck', item: `slide ${use.slide}`, field: `<${name} ${attr}>`, message, ...(hint ? { hint } : {}) })

    for (const attr of Object.keys(use.attrs)) {
      if (/^(?::|@|v-)/.test(attr))
        report('DeckComponent', attr, `\`${attr}\` is bound at run time, so its ids cannot be checked.`, `Write a static attribute instead, e.g. ${attr.replace(/^(?::|v-bind:)/, '')}="…".`)
      else if (!spec.attrs.includes(attr))
        report('DeckComponent', attr, `<${name}> has no attribute \`${attr}\`.`, spec.attrs.length ? `It takes ${spec.attrs.map(a => `\`${a}\``).join(', ')}.` : `It takes no attributes.`)
    }
    selections.push(spec.select(index, use.attrs, ({ attr, message, hint }) =>
      report(message.startsWith('unknown') ? 'UnknownReference' : 'DeckComponent', attr, message, hint)))
  }
  problems.push(...lessonProblems(slides, markdown.split('\n'), file, index))
  return { uses, selection: mergeSelections(selections), problems }
}

/** Reads and scans one deck file. */
export function scanDeckFile(path: string, file: string, index: ContentIndex): Promise<DeckScan> {
  return scanDeckSource(readFileSync(path, 'utf8'), file, index)
}

/**
 * A lesson deck's headmatter `kitLesson:` must name a lesson plan, and each
 * slide's `activity:` one of that plan's activities (the preparser reads them
 * at build time; this reports them with every other problem, before it).
 */
function lessonProblems(slides: Array<{ index: number, start: number, end: number, frontmatter: Record<string, unknown> }>, lines: string[], file: string, index: ContentIndex): Problem[] {
  const problems: Problem[] = []
  const at = (slide: { index: number, start: number, end: number }, field: string, message: string, hint?: string) => {
    // The line of `field:` in the slide's frontmatter, else the slide's first line.
    const found = lines.slice(slide.start, slide.end).findIndex(line => line.startsWith(`${field}:`))
    problems.push({ kind: 'UnknownReference', file, line: slide.start + 1 + Math.max(found, 0), collection: 'deck', item: `slide ${slide.index + 1}`, field, message, ...(hint ? { hint } : {}) })
  }
  const lessonId = slides[0]?.frontmatter.kitLesson
  const plan = typeof lessonId === 'string' && index.lessons.has(lessonId) ? index.getLessonPlan(lessonId) : undefined
  if (lessonId !== undefined && !plan)
    at(slides[0]!, 'kitLesson', `unknown lesson plan id \`${String(lessonId)}\`.`, didYouMean(String(lessonId), index.lessons.ids()) || `Lesson plans: ${index.lessons.ids().map(id => `\`${id}\``).join(', ')}.`)
  for (const slide of slides) {
    const activity = slide.frontmatter.activity
    if (activity === undefined)
      continue
    if (lessonId === undefined)
      at(slide, 'activity', `\`activity: ${String(activity)}\` needs the deck's headmatter to name its lesson plan (\`kitLesson: <id>\`).`)
    else if (plan && !plan.activities.some(a => a.id === activity))
      at(slide, 'activity', `\`${String(activity)}\` is not an activity of lesson \`${plan.id}\`.`, didYouMean(String(activity), plan.activities.map(a => a.id)) || `Its activities: ${plan.activities.map(a => `\`${a.id}\``).join(', ')}.`)
  }
  return problems
}
