import { defineConfig } from 'vitest/config'

// One config for editors and `pnpm exec vitest` at the root; `pnpm test` runs
// each workspace's own project through turbo.
export default defineConfig({
  test: {
    projects: ['packages/*', 'tests'],
  },
})
