// Slidev merges this into every deck's Vite config that lists the addon.
import { slidevA11yPatch } from './node/a11y.ts'
import { kitContent, kitFavicon } from './node/plugin.ts'

export default {
  plugins: [kitContent(), kitFavicon(), slidevA11yPatch()],
  build: {
    // Rolldown's per-plugin timing report ("Additional callback time came from…") is
    // diagnostics for bundler authors, not for someone building slides; warnings still show.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
}
