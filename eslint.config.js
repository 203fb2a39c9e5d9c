import antfu from '@antfu/eslint-config'

export default antfu(
  {
    typescript: true,
    vue: true,
    markdown: true,
    yaml: true,
    // The benchmark's results are written by `pnpm bench`, not by hand.
    ignores: ['**/dist/**', '**/.turbo/**', 'packages/content/schemas/**', 'tests/bench/RESULTS.md', 'tests/bench/results.json'],
  },
  {
    // These settings change how pnpm installs (a JS shell, a trust policy);
    // the workspace keeps pnpm's defaults on purpose.
    files: ['pnpm-workspace.yaml'],
    rules: { 'pnpm/yaml-enforce-settings': 'off' },
  },
  {
    // Playwright's locator.innerText() is not the DOM property this rule is about.
    files: ['tests/**'],
    rules: { 'unicorn/prefer-dom-node-text-content': 'off' },
  },
  {
    // Benchmarks report to the terminal.
    files: ['**/bench/**'],
    rules: { 'no-console': 'off' },
  },
)
