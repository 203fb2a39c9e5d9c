/**
 * The one runner of the kit's command-line tools (`kit-content`, `kit-deck`,
 * `pnpm new:deck`), so that all three behave alike:
 *
 * - a usage mistake prints the mistake and the usage, exit 2;
 * - invalid input (a `ContentError`) prints every problem, exit 1;
 * - anything else is a bug: its stack, exit 1.
 */
import type { ParseArgsConfig } from 'node:util'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { ContentError, formatProblems } from '../errors.ts'

type Options = NonNullable<ParseArgsConfig['options']>
export interface ParsedArgs { values: Record<string, string | boolean | undefined>, positionals: string[] }

export interface Command {
  /** Arguments as the usage shows them, e.g. `"QUOTE" [--data DIR]`. */
  args?: string
  description: string
  options?: Options
  /** Returns the exit code (0 when nothing is returned). */
  run: (args: ParsedArgs) => number | void | Promise<number | void>
}

export interface Cli {
  name: string
  /** Subcommands by name, or one command for a tool that has no subcommands. */
  commands: Record<string, Command> | Command
  /** Lines after the usage (examples, where to read more). */
  footer?: string
}

/** A mistake in how a command was called: printed with the usage, exit 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

const isSingle = (commands: Cli['commands']): commands is Command => typeof (commands as Command).run === 'function'

export function usage(cli: Cli): string {
  const { commands } = cli
  const lines = isSingle(commands)
    ? [`Usage: ${cli.name} ${commands.args ?? ''}`.trimEnd(), '', commands.description]
    : [`Usage: ${cli.name} <command> [options]`, '', 'Commands:', ...Object.entries(commands).map(([name, c]) => `  ${`${name} ${c.args ?? ''}`.padEnd(34)} ${c.description}`)]
  return `${[...lines, ...(cli.footer ? ['', cli.footer] : [])].join('\n')}\n`
}

/** Runs the tool with `argv` and sets `process.exitCode`; never throws. */
export async function runCli(cli: Cli, argv = process.argv.slice(2)): Promise<number> {
  let code: number
  try {
    code = await dispatch(cli, argv)
  }
  catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`✖ ${error.message}\n\n${usage(cli)}`)
      code = 2
    }
    else if (error instanceof ContentError) {
      process.stderr.write(`${formatProblems(error.problems)}\n`)
      code = 1
    }
    else {
      process.stderr.write(`✖ ${cli.name} failed unexpectedly (a bug; please report it):\n${(error as Error).stack ?? String(error)}\n`)
      code = 1
    }
  }
  process.exitCode = code
  return code
}

async function dispatch(cli: Cli, argv: string[]): Promise<number> {
  const { commands } = cli
  let command: Command
  let rest = argv
  if (isSingle(commands)) {
    command = commands
  }
  else {
    const [name, ...after] = argv
    if (name === undefined)
      throw new UsageError('no command given')
    if (name === '--help' || name === '-h') {
      process.stdout.write(usage(cli))
      return 0
    }
    const found = Object.hasOwn(commands, name) ? commands[name] : undefined
    if (!found)
      throw new UsageError(`unknown command \`${name}\``)
    command = found
    rest = after
  }
  let parsed: ParsedArgs
  try {
    parsed = parseArgs({ args: rest, allowPositionals: true, strict: true, options: { ...command.options, help: { type: 'boolean', short: 'h' } } })
  }
  catch (error) {
    throw new UsageError((error as Error).message)
  }
  if (parsed.values.help) {
    process.stdout.write(usage(cli))
    return 0
  }
  return (await command.run(parsed)) ?? 0
}
