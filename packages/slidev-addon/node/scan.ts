/**
 * Finds the content components a deck uses, checks their attributes and ids,
 * and works out which content items the deck needs.
 */
import type { ContentIndex } from '@kit/content'
import type { Problem } from '@kit/content/node'
import type { Selection } from '../selectors.ts'
import { readFileSync } from 'node:fs'
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
  return { uses, selection: mergeSelections(selections), problems }
}

/** Reads and scans one deck file. */
export function scanDeckFile(path: string, file: string, index: ContentIndex): Promise<DeckScan> {
  return scanDeckSource(readFileSync(path, 'utf8'), file, index)
}
