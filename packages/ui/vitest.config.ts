import vue from '@vitejs/plugin-vue'
import { defineProject } from 'vitest/config'

export default defineProject({
  plugins: [vue()],
  test: {
    name: 'ui',
    environment: 'happy-dom',
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'dist/**'],
  },
})
