import { claimKindLabels, vueMarkdownText } from '@kit/content'
import { claimLabel, content } from '../loaders/content.ts'
import { staticPage } from '../loaders/markdown.ts'
import { claimBody, claimIndexBody } from '../loaders/reference-pages.ts'

function indexPage() {
  return staticPage(`---
title: Claims
---

<script setup>
import ClaimFilters from '../.vitepress/theme/components/ClaimFilters.vue'
</script>

# Claims

Every claim the article makes, in order, with its kind and, where it can be checked, the kit's
verdict. Filter by kind, verdict or actor; each claim has its own page with evidence, hindsight
and other perspectives.`, claimIndexBody())
}

/** `/claims/`, and one static page per claim, everything it links to resolved to names. */
export default {
  paths() {
    const kit = content()
    return [
      { params: { id: 'index' }, content: indexPage() },
      ...kit.content.claims.map(claim => ({
        params: { id: claim.id },
        content: staticPage(`---\ntitle: ${JSON.stringify(`${claimLabel(claim.quote, 60)} (${claimKindLabels[claim.kind].label})`)}\noutline: false\n---\n\n# ${vueMarkdownText(claimLabel(claim.quote, 70))}`, claimBody(claim)),
      })),
    ]
  },
}
