// Slidev merges this into every deck's Vite config that lists the addon.
import { slidevA11yPatch } from './node/a11y.ts'
import { kitContent, kitFavicon } from './node/plugin.ts'

export default {
  plugins: [kitContent(), kitFavicon(), slidevA11yPatch()],
}
