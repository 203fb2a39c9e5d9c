/**
 * In `vitepress dev`, an edit to a content file updates the open page: the
 * data files (wherever `KIT_CONTENT_DATA` puts them) are watched; every data
 * loader is sent as a hot update, so it loads again, and every dynamic
 * route's paths file is reported changed, so VitePress runs it again and
 * hot-updates the pages it writes (the reference pages are static markdown
 * written from the content). The content loader re-reads only the files
 * that changed. Loaders declare no `watch` globs: VitePress globs those from
 * the site folder, which for files outside it crawls the workspace or the
 * whole disk.
 */
import type { UserConfig } from 'vitepress'
import { readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { dataFiles } from '@kit/content/node'

/** A Vite plugin as VitePress's own Vite (5) types it. */
type VitePlugin = Extract<NonNullable<NonNullable<UserConfig['vite']>['plugins']>[number], { name: string }>

/** The site's dynamic-route paths files (`[listing].paths.ts`, `claims/[id].paths.ts`, …). */
function pathsFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter(file => file.endsWith('.paths.ts') && !file.includes('node_modules'))
    .map(file => join(root, file))
}

export function reloadContent(): VitePlugin {
  const files = new Set(dataFiles().map(file => resolve(file)))
  return {
    name: 'kit:reload-content',
    apply: 'serve',
    configureServer(server) {
      server.watcher.add([...files])
    },
    handleHotUpdate(ctx) {
      if (!files.has(resolve(ctx.file)))
        return
      for (const pathsFile of pathsFiles(ctx.server.config.root))
        ctx.server.watcher.emit('change', pathsFile)
      const loaders = [...ctx.server.moduleGraph.idToModuleMap.values()].filter(mod => /\.data\.ts$/.test(mod.id ?? ''))
      return [...ctx.modules, ...loaders]
    },
  }
}
