import { defineRoutesSetup } from '@slidev/types'

// `/handout`: every slide beside its speaker notes, one A4 page each, for `kit-deck export`.
export default defineRoutesSetup(routes => [
  ...routes,
  { name: 'handout', path: '/handout', component: () => import('../pages/Handout.vue') },
])
