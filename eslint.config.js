import antfu from '@antfu/eslint-config'

export default antfu({
  typescript: true,
  vue: true,
  markdown: true,
  yaml: true,
  ignores: ['**/dist/**', '**/.turbo/**', 'packages/content/schemas/**'],
})
