import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createContentIndex } from '@kit/content'
import { ContentError, loadContent } from '@kit/content/node'
import { afterAll, describe, expect, it } from 'vitest'
import { checkOptions, deckFiles, writeDeck } from './scaffold.ts'

const index = createContentIndex(loadContent())
const decksDir = mkdtempSync(join(tmpdir(), 'kit-decks-'))
mkdirSync(join(decksDir, 'briefing'))
writeFileSync(join(decksDir, 'briefing/slides.md'), '# x\n')
mkdirSync(join(decksDir, 'notes'))
afterAll(() => rmSync(decksDir, { recursive: true, force: true }))

const good = { name: 'demo', title: 'Demo', audience: 'students', duration: 20, claims: ['sanctions-pledge', 'deterrence-caution'] }
const refuse = (options: Partial<typeof good>) => () => checkOptions({ ...good, ...options }, decksDir, index)

describe('checkOptions', () => {
  it('accepts a new kebab-case name with real claim ids', () => {
    expect(refuse({})).not.toThrow()
  })

  it.each([
    [{ name: 'Demo Deck' }, 'InvalidOption', 'name', 'the deck name `Demo Deck` is not kebab-case'],
    [{ name: 'briefing' }, 'DeckExists', 'name', 'the name `briefing` is taken: decks/briefing is already a deck.'],
    [{ name: 'notes' }, 'DeckExists', 'name', 'decks/notes already exists; it is not overwritten.'],
    [{ claims: ['sanctions-pledge', 'putin-risk-realst'] }, 'UnknownReference', '--claims', 'unknown claim id `putin-risk-realst`.'],
    [{ claims: [] }, 'InvalidOption', '--claims', 'feature at least one claim'],
    [{ duration: 0 }, 'InvalidOption', '--duration', '--duration must be a whole number of minutes from 1 to 240'],
    [{ title: ' ' }, 'InvalidOption', '--title', 'the deck needs a title'],
  ])('refuses %o', (options, code, field, message) => {
    expect(refuse(options)).toThrow(ContentError)
    try {
      refuse(options)()
    }
    catch (error) {
      expect((error as ContentError).problems).toEqual([expect.objectContaining({ code, field, message: expect.stringContaining(message) })])
    }
  })

  it('reports every mistake at once, with the nearest claim id', () => {
    expect(refuse({ name: 'Demo', claims: ['putin-risk-realst'] })).toThrow(/\[InvalidOption\][\s\S]*\[UnknownReference\][\s\S]*Did you mean `putin-risk-realist`\?/)
  })
})

describe('deckFiles and writeDeck', () => {
  const files = deckFiles(good, index, { dependencies: { '@kit/slidev-addon': 'workspace:*' } })

  it('writes a package named after the deck, with the kit-deck scripts', () => {
    const pkg = JSON.parse(files['package.json']!)
    expect(pkg.name).toBe('@kit/deck-demo')
    expect(pkg.scripts).toMatchObject({ build: 'kit-deck build', export: 'kit-deck export', validate: 'kit-deck validate' })
    expect(pkg.description).toBe('Demo: a 20-minute deck for students.')
  })

  it('cites every chosen claim by id and types no quote', () => {
    const slides = files['slides.md']!
    expect(slides).toContain('duration: 20min')
    expect(slides).toContain('<ClaimCard id="sanctions-pledge" paraphrase />')
    expect(slides).toContain('<ClaimCard id="deterrence-caution" paraphrase />')
    for (const id of good.claims)
      expect(slides).not.toContain(index.claims.get(id).quote)
  })

  it('never overwrites', () => {
    const dir = writeDeck(decksDir, 'fresh', files)
    expect(readFileSync(join(dir, 'slides.md'), 'utf8')).toBe(files['slides.md'])
    expect(() => writeDeck(decksDir, 'fresh', files)).toThrow(/EEXIST/)
  })
})
