import { defineRoutesSetup } from '@slidev/types'

// For `kit-deck export`: `/handout`, every slide beside its speaker notes, one A4 page each;
// `/slides-print`, every slide at full size, one to a page (the slides PDF and the PPTX).
export default defineRoutesSetup(routes => [
  ...routes,
  { name: 'handout', path: '/handout', component: () => import('../pages/Handout.vue') },
  { name: 'slides-print', path: '/slides-print', component: () => import('../pages/Slides.vue') },
])
