// The one launcher of the kit's TypeScript command-line tools: runs a `.ts`
// entry with tsx, resolving workspace packages to their TypeScript source
// (the `kit-source` export condition), so that every tool works straight
// after `pnpm install`, before anything is built.
import { spawnSync } from 'node:child_process'
import process from 'node:process'
import { fileURLToPath } from 'node:url'

/** Runs `entry` (a file URL) with the current arguments and exits with its code. */
export function launch(entry, args = process.argv.slice(2)) {
  const tsx = import.meta.resolve('tsx/esm')
  const result = spawnSync(process.execPath, ['--conditions=kit-source', '--import', tsx, fileURLToPath(entry), ...args], { stdio: 'inherit' })
  process.exitCode = result.status ?? 1
}
