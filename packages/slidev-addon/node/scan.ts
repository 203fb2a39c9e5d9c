/**
 * Finds the content components a deck uses, checks their attributes and ids
 * and the deck's lesson (`kitLesson:`, `activity:`), and works out which
 * content items the deck needs. Every problem is worded by the catalogue.
 */
import type { ContentIndex } from '@kit/content'
import type { ErrorArgs, ErrorCode, Problem } from '@kit/content/node'
import type { AttrProblem, Attrs, Selection } from '../selectors.ts'
import { readFileSync } from 'node:fs'
import { collections, dataPath, problem } from '@kit/content/node'
import { parse } from '@slidev/parser'
import { checkComponent, components, mergeSelections } from '../selectors.ts'
import { componentTags } from './tags.ts'

export interface ComponentUse {
  name: string
  /** The attributes written on the tag. */
  attrs: Record<string, string | true>
  /** What the component works with: `attrs`, plus the deck's `kitLesson` and the slide's `activity` where it takes them. */
  effective: Attrs
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

interface Slide { index: number, start: number, end: number, frontmatter: Record<string, unknown> }

/** An attribute problem as the catalogue words it. */
function toProblem(p: AttrProblem, index: ContentIndex, where: Omit<Problem, 'code' | 'message'>): Problem {
  switch (p.code) {
    case 'UnknownReference': {
      const config = collections[p.collection]
      return problem('UnknownReference', { noun: config.noun, id: p.id, candidates: index[p.collection].ids(), listedIn: dataPath(config) }, where)
    }
    case 'EmptySelection':
      return problem('EmptySelection', { noun: collections[p.collection].noun, fix: p.fix }, where)
    default: {
      const { code, ...args } = p
      return problem(code, args as ErrorArgs<typeof code>, where)
    }
  }
}

/** Scans deck markdown that has already been read; `file` is the path shown in messages. */
export async function scanDeckSource(markdown: string, file: string, index: ContentIndex): Promise<DeckScan> {
  const { slides } = await parse(markdown, file)
  const slideAt = (line0: number) => slides.find(s => line0 >= s.start && line0 < s.end) ?? slides.at(-1)!
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

  const { problems, lesson } = lessonProblems(slides, markdown.split('\n'), file, index)
  const uses: ComponentUse[] = []
  const selections: Selection[] = []
  for (const { name, attrs, offset } of componentTags(markdown)) {
    const line0 = lineOf(offset)
    const slide = slideAt(line0)
    const spec = components[name]!
    // A lesson component on an activity slide shows that activity, unless told otherwise.
    const defaults: Attrs = 'lesson' in spec.attrs ? { lesson, activity: 'activity' in spec.attrs ? slide.frontmatter.activity as string | undefined : undefined } : {}
    const use: ComponentUse = { name, attrs, effective: { ...defaults, ...attrs }, line: line0 + 1, slide: slide.index + 1 }
    uses.push(use)
    const where = (attr: string) => ({ file, line: use.line, collection: 'deck', item: `slide ${use.slide}`, field: `<${name} ${attr}>` })
    const report = <C extends ErrorCode>(code: C, attr: string, args: ErrorArgs<C>) => problems.push(problem(code, args, where(attr)))

    const given: Record<string, string | true> = {}
    for (const [attr, value] of Object.entries(use.attrs)) {
      if (/^(?::|@|v-)/.test(attr))
        report('DynamicAttribute', attr, { attr })
      else if (!(attr in spec.attrs))
        report('UnknownAttribute', attr, { component: name, attr, known: Object.keys(spec.attrs) })
      else
        given[attr] = value
    }
    const checked = checkComponent(spec, index, given, defaults)
    problems.push(...checked.problems.map(p => toProblem(p, index, where(p.attr))))
    selections.push(checked.selection)
  }
  return { uses, selection: mergeSelections(selections), problems }
}

/** Reads and scans one deck file. */
export function scanDeckFile(path: string, file: string, index: ContentIndex): Promise<DeckScan> {
  return scanDeckSource(readFileSync(path, 'utf8'), file, index)
}

/**
 * A lesson deck's headmatter `kitLesson:` must name a lesson plan, and each
 * slide's `activity:` one of its activities. Checked here once, for the whole
 * deck; the preparser and the components trust it. Returns the valid lesson.
 */
function lessonProblems(slides: Slide[], lines: string[], file: string, index: ContentIndex): { problems: Problem[], lesson?: string } {
  const problems: Problem[] = []
  const at = (slide: Slide, field: string) => {
    // The line of `field:` in the slide's frontmatter, else the slide's first line.
    const found = lines.slice(slide.start, slide.end).findIndex(line => line.startsWith(`${field}:`))
    return { file, line: slide.start + 1 + Math.max(found, 0), collection: 'deck', item: `slide ${slide.index + 1}`, field }
  }
  const lessonId = slides[0]?.frontmatter.kitLesson
  const plan = typeof lessonId === 'string' ? index.lessons.find(lessonId) : undefined
  if (lessonId !== undefined && !plan)
    problems.push(problem('UnknownReference', { noun: collections.lessons.noun, id: String(lessonId), candidates: index.lessons.ids(), listedIn: dataPath(collections.lessons) }, at(slides[0]!, 'kitLesson')))
  for (const slide of slides) {
    const activity = slide.frontmatter.activity
    if (activity === undefined)
      continue
    if (lessonId === undefined)
      problems.push(problem('ActivityWithoutLesson', { activity: String(activity) }, at(slide, 'activity')))
    else if (plan && !plan.activities.some(a => a.id === activity))
      problems.push(problem('UnknownActivity', { lesson: plan.id, id: String(activity), candidates: plan.activities.map(a => a.id) }, at(slide, 'activity')))
  }
  return { problems, lesson: plan?.id }
}
