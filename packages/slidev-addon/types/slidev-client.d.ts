// The Slidev client internals that pages/Handout.vue and content.ts use, typed at the
// boundary. Slidev ships them as TypeScript source written for its own
// compiler settings (globals such as __DEV__, looser null checks), so the
// addon type-checks against this surface instead of compiling theirs.
import type { SlideRoute } from '@slidev/types'
import type { ComputedRef, DefineComponent, InjectionKey, Ref } from 'vue'

export function useNav(): { slides: Ref<SlideRoute[]>, total: ComputedRef<number> }
export const injectionSlideScale: InjectionKey<ComputedRef<number>>
export const configs: { title: string }
export function useSlideContext(): { $slidev: { configs: Record<string, unknown> }, $frontmatter: Record<string, unknown> }
export const slideWidth: Ref<number>
export const slideHeight: Ref<number>

declare const component: DefineComponent<any>
export default component
