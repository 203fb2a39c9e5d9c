import type { Rule } from '../context.ts'

/** No source is on a site the policy lists as never cited (a mirror, a content farm, a pirate copy, …). */
export const blockedDomains: Rule = (context, report) => {
  const blocked = context.items.policy.flatMap(p => p.value.rule === 'blocked-domain' ? [p.value] : [])
  for (const source of context.items.sources) {
    const host = new URL(source.value.url).hostname.replace(/\.$/, '')
    const rule = blocked.find(b => host === b.domain || host.endsWith(`.${b.domain}`))
    if (rule)
      report('BlockedDomain', { host, category: rule.category, reason: rule.reason }, source, 'url')
  }
}
