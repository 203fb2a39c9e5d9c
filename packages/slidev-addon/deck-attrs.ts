/** Defaults that components take from the deck (Slidev client only; not exported by the addon's entry). */
import type { ComputedRef } from 'vue'
import type { ActivityProps } from './selectors.ts'
import { useSlideContext } from '@slidev/client/context.ts'
import { computed } from 'vue'

/**
 * A component's props with `lesson` and `activity` defaulting to the deck's
 * `kitLesson` headmatter and the slide's `activity` frontmatter, as the
 * build's scan assumes.
 */
export function useDeckAttrs<P extends ActivityProps>(props: P): ComputedRef<P> {
  const { $slidev, $frontmatter } = useSlideContext()
  return computed(() => {
    const given = Object.fromEntries(Object.entries(props).filter(([, value]) => value !== undefined))
    return { lesson: $slidev.configs.kitLesson, activity: $frontmatter.activity, ...given } as P
  })
}
