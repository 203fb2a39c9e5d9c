/**
 * In `vitepress dev`, an edit to a content file updates the open page: the
 * data files (wherever `KIT_CONTENT_DATA` puts them) are watched, and every
 * data loader is sent as a hot update, so it loads again and the content
 * loader re-reads the files that changed. Loaders declare no `watch` globs:
 * VitePress globs those from the site folder, which for files outside it
 * crawls the workspace or the whole disk.
 */
import type { UserConfig } from 'vitepress'
import { resolve } from 'node:path'
import { dataFiles } from '@kit/content/node'

/** A Vite plugin as VitePress's own Vite (5) types it. */
type VitePlugin = Extract<NonNullable<NonNullable<UserConfig['vite']>['plugins']>[number], { name: string }>

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
      const loaders = [...ctx.server.moduleGraph.idToModuleMap.values()].filter(mod => /\.data\.ts$/.test(mod.id ?? ''))
      return [...ctx.modules, ...loaders]
    },
  }
}
