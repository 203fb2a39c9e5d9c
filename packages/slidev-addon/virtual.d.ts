declare module 'virtual:kit-content' {
  import type { Content } from '@kit/content'

  const content: Content
  export default content
}
