import type { Theme } from 'vitepress'
import DefaultTheme from 'vitepress/theme'
import '@kit/ui/styles/vars.css'
import '@kit/ui/styles/badges.css'
import './custom.css'
import './lessons.css'
import './materials.css'
import './static.css'

export default {
  extends: DefaultTheme,
} satisfies Theme
