import { defineProject } from 'vitest/config'

export default defineProject({
  test: {
    name: 'slidev-addon',
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'dist/**'],
  },
})
