/**
 * Builds what plain Node must run (Vite configs, VitePress data loaders,
 * Slidev preparsers): the browser-safe entry and the Node entry as ESM
 * JavaScript in dist/, beside the validated `content.json` and its schema.
 * The content is checked first, so invalid content builds nothing. Bundlers
 * and tsx keep using the TypeScript source. One process, for speed: this
 * package's build is on the path of every other build.
 */
import { relative } from 'node:path'
import process from 'node:process'
import { build } from 'esbuild'
import { ContentError, formatProblems } from '../src/errors.ts'
import { exportContent } from '../src/load.ts'
import { paths } from '../src/paths.ts'

try {
  // Always the package's own data, even with KIT_CONTENT_DATA set: dist/ is what builds trust.
  const { files } = exportContent(paths.contentDist, { dataDir: paths.contentData })
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
  process.stdout.write(`✔ wrote ${files.map(f => relative(process.cwd(), f)).join(', ')}, dist/index.js, dist/node.js\n`)
}
catch (error) {
  if (!(error instanceof ContentError))
    throw error
  process.stderr.write(`${formatProblems(error.problems)}\n`)
  process.exitCode = 1
}
