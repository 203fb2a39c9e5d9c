import type { Cli } from './run.ts'
import process from 'node:process'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ContentError, problem } from '../errors.ts'
import { runCli, usage, UsageError } from './run.ts'

const out: string[] = []
const err: string[] = []
vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
  out.push(String(chunk))
  return true
})
vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
  err.push(String(chunk))
  return true
})
afterEach(() => {
  out.length = 0
  err.length = 0
  process.exitCode = 0
})

const cli: Cli = {
  name: 'demo',
  commands: {
    ok: { description: 'succeeds', run: () => undefined },
    echo: { args: '--word W', description: 'prints a word', options: { word: { type: 'string' } }, run: ({ values }) => {
      if (typeof values.word !== 'string')
        throw new UsageError('echo needs --word')
      process.stdout.write(values.word)
    } },
    invalid: { description: 'finds a problem', run: () => {
      throw new ContentError([problem('DuplicateId', { id: 'x' }, { file: 'data/a.yaml', line: 3, collection: 'a', item: 'x', field: 'id' })])
    } },
    broken: { description: 'has a bug', run: () => {
      throw new TypeError('cannot read x of undefined')
    } },
  },
}

describe('runCli', () => {
  it('runs a command and exits 0', async () => {
    expect(await runCli(cli, ['echo', '--word', 'hi'])).toBe(0)
    expect(out.join('')).toBe('hi')
  })

  it('prints usage and exits 0 for --help', async () => {
    expect(await runCli(cli, ['--help'])).toBe(0)
    expect(out.join('')).toBe(usage(cli))
    expect(await runCli(cli, ['echo', '-h'])).toBe(0)
  })

  it('exits 2 with the mistake and the usage for a usage error', async () => {
    for (const args of [[], ['nope'], ['echo'], ['echo', '--colour', 'red']]) {
      expect(await runCli(cli, args), args.join(' ')).toBe(2)
      expect(err.join('')).toMatch(/^✖ .+\n\nUsage: demo <command> \[options\]\n/)
      err.length = 0
    }
    expect(process.exitCode).toBe(2)
  })

  it('exits 1 with every problem for invalid input', async () => {
    expect(await runCli(cli, ['invalid'])).toBe(1)
    expect(err.join('')).toBe('✖ data/a.yaml:3  a → `x` → id  [DuplicateId]\n  id `x` is used more than once.\n  Ids must be unique within their collection: rename one of them.\n\n1 problem in 1 file.\n')
  })

  it('exits 1 with the stack for a bug', async () => {
    expect(await runCli(cli, ['broken'])).toBe(1)
    expect(err.join('')).toMatch(/failed unexpectedly[\s\S]*TypeError: cannot read x of undefined\n\s+at /)
  })
})
