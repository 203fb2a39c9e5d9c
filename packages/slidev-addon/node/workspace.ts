import { existsSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'

/** The monorepo root (the folder with pnpm-workspace.yaml) above `from`, or `from` itself. */
export function workspaceRoot(from: string): string {
  let dir = from
  while (dirname(dir) !== dir) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml')))
      return dir
    dir = dirname(dir)
  }
  return from
}

/** A path as contributors see it: relative to the monorepo root, with forward slashes. */
export function displayPath(path: string, root = workspaceRoot(dirname(path))): string {
  return relative(root, path).split('\\').join('/')
}
