import { claimKindLabels, vueMarkdownText } from '@kit/content'
import { citeClaim } from '../loaders/build.ts'
import { claimLabel, content } from '../loaders/content.ts'

/** One page per claim, with everything it links to resolved to names. */
export default {

  paths() {
    const kit = content()
    return kit.content.claims.map((claim) => {
      const parent = claim.argument.role === 'thesis' ? undefined : kit.claims.get(claim.argument.of)
      return {
        params: {
          id: claim.id,
          claim: citeClaim(claim),
          kindLabel: claimKindLabels[claim.kind].label,
          actors: claim.actors.map(id => ({ id, name: kit.actors.get(id).name })),
          terms: claim.terms.map(id => ({ id, term: kit.glossary.get(id).term, definition: kit.glossary.get(id).definition })),
          counterpoints: kit.counterpointsFor(claim.id).map(p => ({ id: p.id, title: p.title })),
          parent: parent && { id: parent.id, label: claimLabel(parent.quote) },
          children: kit.argumentChildren(claim.id).map(c => ({ id: c.id, label: claimLabel(c.quote), role: c.argument.role })),
          questions: kit.questionsForClaim(claim.id).map(q => ({ id: q.id, prompt: q.prompt })),
        },
        // The quote is in the page's markdown, so local search finds the claim by any of its words.
        content: [
          `# ${vueMarkdownText(claimLabel(claim.quote, 70))}`,
          `<p class="kit-kicker">The article claims · ${claimKindLabels[claim.kind].label}</p>`,
          `> ${vueMarkdownText(claim.quote)}`,
          '<ClaimDetails v-bind="$params" />',
        ].join('\n\n'),
      }
    })
  },
}
