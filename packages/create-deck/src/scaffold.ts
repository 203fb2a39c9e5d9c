/**
 * What `pnpm new:deck` writes: checked options in, files out. Pure apart from
 * reading the decks folder, so tests can run it on any workspace.
 */
import type { ContentIndex } from '@kit/content'
import type { Problem } from '@kit/content/node'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { claimKindLabels } from '@kit/content'
import { collections, ContentError, dataPath, problem } from '@kit/content/node'

export interface DeckOptions {
  name: string
  title: string
  /** Who the deck is for, shown in its description. */
  audience: string
  /** Minutes, for the presenter timer. */
  duration: number
  /** Claim ids to feature, one slide each. */
  claims: string[]
}

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * Checks every option against the workspace and the content; throws a
 * `ContentError` with every mistake, worded by the error catalogue.
 */
/** ` part="k/n"` for slide k of a list of `count` items shown two to a slide; nothing when one slide holds them. */
const part = (k: number, count: number) => count > 2 ? ` part="${k}/${Math.ceil(count / 2)}"` : ''

export function checkOptions(options: DeckOptions, decksDir: string, index: ContentIndex): void {
  const { name, title, duration, claims } = options
  const problems: Problem[] = []
  const where = (field: string) => ({ file: `decks/${name}/`, collection: 'new deck', field })
  const invalid = (field: string, detail: string) => problems.push(problem('InvalidOption', { option: field, detail }, where(field)))
  if (!kebab.test(name))
    invalid('name', `the deck name \`${name}\` is not kebab-case: use lowercase letters, digits and single hyphens, e.g. \`sanctions-debate\`.`)
  const dir = join(decksDir, name)
  if (existsSync(dir))
    problems.push(problem('DeckExists', { name, isDeck: existsSync(join(dir, 'slides.md')) || existsSync(join(dir, 'package.json')) }, where('name')))
  if (!title.trim())
    invalid('--title', 'the deck needs a title: --title "…".')
  if (!Number.isInteger(duration) || duration < 1 || duration > 240)
    invalid('--duration', `--duration must be a whole number of minutes from 1 to 240, not \`${duration}\`.`)
  if (claims.length === 0)
    invalid('--claims', 'feature at least one claim: --claims id1,id2 (ids are listed at /claims/ on the site, or in packages/content/data/claims.yaml).')
  for (const id of claims.filter(id => !index.claims.has(id)))
    problems.push(problem('UnknownReference', { noun: collections.claims.noun, id, candidates: index.claims.ids(), listedIn: dataPath(collections.claims) }, where('--claims')))
  if (problems.length)
    throw new ContentError(problems, 'The deck was not created')
}

const yamlString = (text: string) => `'${text.replace(/'/g, '\'\'')}'`

/** The deck's files, keyed by path inside decks/<name>/. */
export function deckFiles(options: DeckOptions, index: ContentIndex, template: { dependencies: Record<string, string> }): Record<string, string> {
  const { name, title, audience, duration, claims } = options
  const counterpoints = [...new Set(claims.flatMap(id => index.claims.get(id).counterpoints))].slice(0, 3)
  const questions = [...new Set(claims.flatMap(id => index.questionsForClaim(id).map(q => q.id)))].slice(0, 4)
  const description = `${title}: a ${duration}-minute deck for ${audience}.`

  const slides: string[] = [
    `---
theme: default
addons:
  - '@kit/slidev-addon'
title: ${yamlString(title)}
info: ${yamlString(description)}
duration: ${duration}min
routerMode: hash
colorSchema: light
favicon: ./favicon.svg
fonts:
  sans: Inter
  serif: Noto Serif
  provider: none
download: false
drawings:
  enabled: false
record: false
transition: none
---

<p class="kit-kicker">${audience.replace(/</g, '&lt;')} · ${duration} minutes</p>

# ${title.replace(/</g, '&lt;')}

<div class="abs-bl m-8 mr-16">
<SourceFooter />
</div>

<!--
Introduce the article and what this deck will do. The author is attributed, not confirmed.
-->
`,
    ...claims.map((id, i) => `---

<p class="kit-kicker">Claim ${i + 1} of ${claims.length}</p>

# ${claimKindLabels[index.claims.get(id).kind].label}

<ClaimCard id="${id}" paraphrase />

<!--
Speaker notes: why this claim matters, and what the verdict means for the argument.
-->
`),
  ]
  // Two views or two questions to a slide, so that every slide fits at the theme's size (`kit-deck check`).
  for (let k = 1; k <= Math.ceil(counterpoints.length / 2); k++) {
    slides.push(`---

<p class="kit-kicker">The other side${k > 1 ? ' (continued)' : ''}</p>

# Other perspectives

<Perspectives ids="${counterpoints.join(',')}"${part(k, counterpoints.length)} />

<!--
${k === 1 ? 'Give each view its strongest form.' : 'Continued from the previous slide.'}
-->
`)
  }
  for (let k = 1; k <= Math.ceil(questions.length / 2); k++) {
    slides.push(`---

<p class="kit-kicker">Discussion${k > 1 ? ' (continued)' : ''}</p>

# Questions for the room

<Questions ids="${questions.join(',')}"${part(k, questions.length)} />

<!--
${k === 1 ? 'Pick one or two, depending on time.' : 'Continued from the previous slide.'}
-->
`)
  }

  const pkg = {
    name: `@kit/deck-${name}`,
    type: 'module',
    version: '0.1.0',
    private: true,
    description,
    scripts: {
      dev: 'slidev slides.md --open false',
      build: 'kit-deck build',
      export: 'kit-deck export',
      validate: 'kit-deck validate',
    },
    dependencies: template.dependencies,
  }

  return {
    'package.json': `${JSON.stringify(pkg, null, 2)}\n`,
    'slides.md': slides.join('\n'),
    'README.md': `# decks/${name}

${description}

| command (from the repo root) | does |
| --- | --- |
| \`pnpm --filter @kit/deck-${name} dev\` | rehearse at http://localhost:3030, presenter mode at \`/presenter\` |
| \`pnpm --filter @kit/deck-${name} validate\` | check every content id the slides cite |
| \`pnpm --filter @kit/deck-${name} build\` | build into \`dist/\` for \`/decks/${name}/\` |
| \`pnpm --filter @kit/deck-${name} export\` | \`dist/slides.pdf\` and \`dist/handout.pdf\` (needs Chromium) |

Cite content through the addon's components (\`packages/slidev-addon/README.md\`); never retype a
quote, date or definition.
`,
  }
}

/** Writes the files into a new folder; never overwrites (the folder must not exist). */
export function writeDeck(decksDir: string, name: string, files: Record<string, string>): string {
  const dir = join(decksDir, name)
  mkdirSync(dir, { recursive: false })
  for (const [file, text] of Object.entries(files))
    writeFileSync(join(dir, file), text, { flag: 'wx' })
  return dir
}

/**
 * Adds the deck to the site's devDependencies, so that Turbo builds the deck
 * before the site copies it in (`site#build` depends on `^build`).
 */
export function registerWithSite(siteDir: string, name: string): void {
  const file = join(siteDir, 'package.json')
  const pkg = JSON.parse(readFileSync(file, 'utf8')) as { devDependencies?: Record<string, string> }
  const deps = { ...pkg.devDependencies, [`@kit/deck-${name}`]: 'workspace:*' }
  pkg.devDependencies = Object.fromEntries(Object.entries(deps).sort(([a], [b]) => a.localeCompare(b)))
  writeFileSync(file, `${JSON.stringify(pkg, null, 2)}\n`)
}
