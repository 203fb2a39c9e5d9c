#!/usr/bin/env node
// Runs the TypeScript CLI with tsx, resolving workspace packages to their
// TypeScript source (the `kit-source` export condition), so that it works
// straight after `pnpm install`, before anything is built.
//
// `build` starts Slidev at once instead: the addon's Vite plugin checks the
// content and every id before anything is written, with the same messages as
// `validate`, so checking first in this process would only cost two seconds.
import { spawnSync } from 'node:child_process'
import { basename, join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'

const [command, ...rest] = process.argv.slice(2)
const result = command === 'build'
  // The base is deckBase() of export.ts: every deck is served at /decks/<folder>/.
  ? spawnSync(join(process.cwd(), 'node_modules/.bin/slidev'), ['build', 'slides.md', '--base', `/decks/${basename(process.cwd())}/`, '--out', 'dist', ...rest], { stdio: 'inherit' })
  : spawnSync(process.execPath, ['--conditions=kit-source', '--import', import.meta.resolve('tsx/esm'), fileURLToPath(new URL('./cli.ts', import.meta.url)), ...process.argv.slice(2)], { stdio: 'inherit' })
process.exitCode = result.status ?? 1
