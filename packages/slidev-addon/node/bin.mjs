#!/usr/bin/env node
// Runs the TypeScript CLI with tsx, resolving workspace packages to their
// TypeScript source (the `kit-source` export condition), so that it works
// straight after `pnpm install`, before anything is built.
import { spawnSync } from 'node:child_process'
import process from 'node:process'
import { fileURLToPath } from 'node:url'

const cli = fileURLToPath(new URL('./cli.ts', import.meta.url))
const tsx = import.meta.resolve('tsx/esm')
const result = spawnSync(process.execPath, ['--conditions=kit-source', '--import', tsx, cli, ...process.argv.slice(2)], { stdio: 'inherit' })
process.exitCode = result.status ?? 1
