/**
 * Builds what plain Node must run (Vite configs, VitePress data loaders,
 * Slidev preparsers): the browser-safe entry and the Node entry as ESM
 * JavaScript in dist/. Bundlers and tsx keep using the TypeScript source.
 */
import { build } from 'esbuild'

await build({
  entryPoints: { index: 'src/index.ts', node: 'src/node.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
})
console.log('✔ wrote dist/index.js, dist/node.js')
