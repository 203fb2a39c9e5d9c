import { defineProject } from 'vitest/config'

export default defineProject({
  test: {
    name: 'create-deck',
    include: ['src/**/*.test.ts'],
  },
})
