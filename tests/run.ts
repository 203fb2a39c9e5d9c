/** Runs a command to completion for tests and benchmarks; a failure throws with everything it printed. */
import { spawnSync } from 'node:child_process'
import process from 'node:process'

export function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): string {
  // Turbo's and Vite's output can pass Node's 1 MB default, which would read as a failure.
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 })
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd} (${result.error?.message ?? `exit ${result.status}`}):\n${result.stdout}\n${result.stderr}`)
  return result.stdout
}
