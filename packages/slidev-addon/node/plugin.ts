/**
 * Vite plugin for decks: validates the content and the deck's component ids
 * before anything is built, and serves the deck's share of the content as the
 * plain-data module `virtual:kit-content`.
 */
import type { Plugin, ViteDevServer } from 'vite'
import { readFileSync } from 'node:fs'
import process from 'node:process'
import { defaultDataDir } from '@kit/content/node'
import { checkDeck, DeckError } from './deck.ts'

const virtualId = 'virtual:kit-content'
const resolvedId = `\0${virtualId}`

export function kitContent(): Plugin {
  let root = process.cwd()
  let server: ViteDevServer | undefined
  // One check per build (buildStart and load share it); in dev, redone after a file changes.
  let checked: ReturnType<typeof checkDeck> | undefined
  const check = () => checked ??= checkDeck(root)

  async function module() {
    const result = await check()
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
        const result = await check()
        if (!result.subset)
          this.error(new DeckError(result.problems).message)
      }
    },
    configureServer(dev) {
      server = dev
      const reload = (file: string) => {
        if (!/\.(?:md|ya?ml|txt)$/.test(file))
          return
        checked = undefined
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

/** Serves and emits the kit's favicon, so a deck's `favicon: ./favicon.svg` never leaves its origin. */
export function kitFavicon(): Plugin {
  const source = () => readFileSync(new URL('../assets/favicon.svg', import.meta.url))
  return {
    name: 'kit:favicon',
    configureServer(dev) {
      dev.middlewares.use((request, response, next) => {
        if (!request.url?.split('?')[0]!.endsWith('/favicon.svg'))
          return next()
        response.setHeader('content-type', 'image/svg+xml')
        response.end(source())
      })
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'favicon.svg', source: source() })
    },
  }
}
