/** The deck's content, provided once by `setup/main.ts`, read by every component. */
import type { ContentIndex } from '@kit/content'
import type { InjectionKey } from 'vue'
import { inject } from 'vue'

export const contentKey: InjectionKey<ContentIndex> = Symbol('kit-content')

export function useKitContent(): ContentIndex {
  const index = inject(contentKey)
  if (!index)
    throw new Error('Kit content is not provided: is @kit/slidev-addon listed under `addons:` in the deck\'s headmatter?')
  return index
}
