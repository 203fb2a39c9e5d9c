/**
 * Every slide of every deck fits a 16:9 screen, measured in Chromium on the
 * built decks; a deck with an overlong list fails `kit-deck check` with the
 * deck file's line and the slide number.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkFit } from '@kit/slidev-addon/node'
import { parse } from '@slidev/parser'
import { afterAll, describe, expect, it } from 'vitest'
import { deckCopy, loadDecks, removeDeckCopies } from './decks.ts'

const decks = await loadDecks()
afterAll(removeDeckCopies)

describe('slides fit', () => {
  it.each(decks)('every slide of $name fits at 16:9', async ({ dir, slides }) => {
    const result = await checkFit(dir)
    expect(result.problems.map(p => `${p.file}:${p.line} ${p.item}: ${p.message}`)).toEqual([])
    expect(result.slides).toBe(slides)
  })

  it('a slide with an overlong list fails `kit-deck check` with its file:line and slide number', () => {
    const heading = '# What the column wants Washington to do'
    const list = Array.from({ length: 24 }, (_, i) => `- Point ${i + 1} of a list far too long for one slide`).join('\n')
    const dir = deckCopy(heading, `${heading}\n\n${list}`)
    const name = dir.split('/').at(-1)!
    const kitDeck = join(dir, 'node_modules/.bin/kit-deck')
    const build = spawnSync(kitDeck, ['build'], { cwd: dir, encoding: 'utf8' })
    expect(build.status).toBe(0)
    // A quiet build: none of the bundler's internal timing chatter.
    expect(build.stdout + build.stderr).not.toContain('Additional callback time')
    const result = spawnSync(kitDeck, ['check', '--no-build'], { cwd: dir, encoding: 'utf8' })
    expect(result.status).toBe(1)
    return parse(readFileSync(join(dir, 'slides.md'), 'utf8'), join(dir, 'slides.md')).then(({ slides }) => {
      const slide = slides.findIndex(s => s.content.includes('Point 24'))
      expect(result.stderr).toContain(`✖ decks/${name}/slides.md:${slides[slide]!.start + 1}  deck → \`slide ${slide + 1}\``)
      expect(result.stderr).toContain('[SlideOverflow]')
      expect(result.stderr).toMatch(/past the bottom edge|bottom/)
    })
  }, 120_000)
})
