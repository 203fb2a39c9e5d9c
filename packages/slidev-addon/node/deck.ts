/**
 * One deck as the build and `kit-deck validate` see it: its markdown files,
 * the content components they use, and the problems found.
 */
import type { Content } from '@kit/content'
import type { Problem } from '@kit/content/node'
import type { Selection } from '../selectors.ts'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { createContentIndex } from '@kit/content'
import { checkContent, ContentError, displayPath, problem } from '@kit/content/node'
import { mergeSelections, subsetContent } from '../selectors.ts'
import { scanDeckFile } from './scan.ts'

export interface DeckCheck {
  files: string[]
  problems: Problem[]
  selection: Selection
  /** The content the deck ships, when there are no problems. */
  subset?: Content
}

/** The deck's markdown: `slides.md` and anything under `pages/`. */
export function deckFiles(root: string): string[] {
  const files = [join(root, 'slides.md')].filter(existsSync)
  const pages = join(root, 'pages')
  if (existsSync(pages)) {
    for (const entry of readdirSync(pages, { recursive: true, encoding: 'utf8' })) {
      if (entry.endsWith('.md'))
        files.push(join(pages, entry))
    }
  }
  return files
}

/** Validates the content, then every component use in the deck at `root`. */
export async function checkDeck(root: string): Promise<DeckCheck> {
  const files = deckFiles(root)
  const content = checkContent()
  if (!content.ok)
    return { files, problems: content.problems, selection: {} }
  const index = createContentIndex(content.content)
  const scans = await Promise.all(files.map(file => scanDeckFile(file, displayPath(file), index)))
  const problems = scans.flatMap(scan => scan.problems)
  if (files.length === 0)
    problems.push(problem('FileMissing', { name: 'slides.md', what: 'the deck has no slides.md.' }, { file: displayPath(join(root, 'slides.md')) }))
  const selection = mergeSelections(scans.map(scan => scan.selection))
  return { files, problems, selection, ...(problems.length ? {} : { subset: subsetContent(content.content, selection) }) }
}

/** Thrown by the build when a deck or the content is invalid. */
export class DeckError extends ContentError {
  constructor(problems: readonly Problem[]) {
    super(problems, 'The deck cannot be built')
    this.name = 'DeckError'
  }
}
