/**
 * Vite plugin for decks: validates the content and the deck's component ids
 * before anything is built, and serves the deck's share of the content as the
 * plain-data module `virtual:kit-content`.
 */
import type { Plugin, ViteDevServer } from 'vite'
import { defaultDataDir } from '@kit/content/node'
import { checkDeck, DeckError } from './deck.ts'

const virtualId = 'virtual:kit-content'
const resolvedId = `\0${virtualId}`

export function kitContent(): Plugin {
  let root = process.cwd()
  let server: ViteDevServer | undefined

  async function module() {
    const result = await checkDeck(root)
    if (!result.subset)
      throw new DeckError(result.problems)
    return `export default ${JSON.stringify(result.subset)}\n`
  }

  return {
    name: 'kit:content',
    enforce: 'pre',
    configResolved(config) {
      root = config.root
    },
    async buildStart() {
      // Fail before Vite builds anything: a broken deck produces no output.
      if (!server) {
        const result = await checkDeck(root)
        if (!result.subset)
          this.error(new DeckError(result.problems).message)
      }
    },
    configureServer(dev) {
      server = dev
      const reload = (file: string) => {
        if (!/\.(?:md|ya?ml|txt)$/.test(file))
          return
        const mod = dev.moduleGraph.getModuleById(resolvedId)
        if (mod)
          dev.moduleGraph.invalidateModule(mod)
      }
      dev.watcher.add(defaultDataDir)
      dev.watcher.on('change', reload)
    },
    resolveId(id) {
      return id === virtualId ? resolvedId : undefined
    },
    async load(id) {
      return id === resolvedId ? module() : undefined
    },
  }
}
