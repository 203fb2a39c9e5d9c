/**
 * `pnpm build` step of the addon: checks that every accessibility patch still
 * applies to the installed @slidev/client, so an upgrade fails here, loudly,
 * rather than in a deck's build. Its turbo output also makes decks rebuild
 * when the addon changes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { patches } from './a11y.ts'

const require = createRequire(import.meta.url)
const client = dirname(require.resolve('@slidev/client'))
const missing = patches.flatMap(patch => patch.replace
  .filter(([from]) => !readFileSync(join(client, patch.file), 'utf8').includes(from))
  .map(() => `${patch.file}: cannot fix ${patch.why}`))

if (missing.length) {
  process.stderr.write(`✖ Slidev's UI changed; update node/a11y.ts:\n${missing.map(m => `  - ${m}`).join('\n')}\n`)
  process.exit(1)
}
mkdirSync(new URL('../dist/', import.meta.url), { recursive: true })
writeFileSync(new URL('../dist/verified.json', import.meta.url), `${JSON.stringify({ slidevClient: JSON.parse(readFileSync(join(client, 'package.json'), 'utf8')).version, patches: patches.map(p => p.file) }, null, 2)}\n`)
process.stdout.write(`✔ ${patches.length} accessibility patches apply to @slidev/client\n`)
