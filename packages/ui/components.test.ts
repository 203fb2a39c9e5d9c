import type { CitedSource, Claim, GlossaryTerm, TimelineEvent } from '@kit/content'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import KitClaimCard from './components/KitClaimCard.vue'
import KitMap from './components/KitMap.vue'
import KitSources from './components/KitSources.vue'
import KitTerm from './components/KitTerm.vue'
import KitTimeline from './components/KitTimeline.vue'
import { firstSentence, formatDateRange, formatPublished, sourceHost } from './format.ts'

const claim: Claim = {
  id: 'demo',
  quote: 'Putin <script>alert(1)</script> will act.',
  range: [0, 10],
  paraphrase: 'A paraphrase.',
  kind: 'prediction',
  verdict: { rating: 'partly', explanation: 'Only in part.', sources: ['example-a'] },
  evidence: [{ kind: 'hindsight', summary: 'Later it did not.', sources: ['example-b'] }],
  actors: [],
  terms: [],
  counterpoints: [],
  argument: { role: 'thesis' },
}

const cited: CitedSource[] = [
  { id: 'example-a', url: 'https://www.example.org/a', title: 'Example', publisher: 'Example Wire', type: 'news', published: '2020-08-17', language: 'en' },
  { id: 'example-b', url: 'https://state.example.org/b', title: 'B', publisher: 'A State Agency', type: 'state-media', published: { approximate: '2020-09' }, language: 'ru', statementOf: 'The Kremlin', via: { publisher: 'Reprints', reason: 'Gone.' } },
]

describe('kitClaimCard', () => {
  it('labels the quote as the article\'s claim, with kind and verdict', () => {
    const card = mount(KitClaimCard, { props: { claim, sources: cited.slice(0, 1) } })
    expect(card.find('h3').text()).toContain('The article claims')
    expect(card.text()).toContain('Prediction')
    expect(card.text()).toContain('Verdict: Partly true')
    expect(card.find('a').attributes('href')).toBe('https://www.example.org/a')
  })

  it('renders user text as text, never as HTML', () => {
    const card = mount(KitClaimCard, { props: { claim } })
    expect(card.find('script').exists()).toBe(false)
    expect(card.find('blockquote').text()).toBe(claim.quote)
  })

  it('marks later events as hindsight only when asked', () => {
    expect(mount(KitClaimCard, { props: { claim } }).text()).not.toContain('Hindsight')
    expect(mount(KitClaimCard, { props: { claim, hindsight: true } }).text()).toContain('Hindsight: Later it did not.')
  })
})

describe('kitTimeline', () => {
  const events: TimelineEvent[] = [
    { id: 'a', date: '2020-08-09', dateCertainty: 'exact', title: 'Election', summary: 'S', relation: 'mentioned', actors: [], claims: [], sources: [] },
    { id: 'b', date: '2020-09-07', endDate: '2020-09-09', dateCertainty: 'exact', title: 'Arrests', summary: 'S', relation: 'hindsight', actors: [], claims: [], sources: [] },
  ]

  it('tells mentioned and hindsight events apart in text, with machine-readable dates', () => {
    const list = mount(KitTimeline, { props: { events } })
    const items = list.findAll('li')
    expect(items[0]!.text()).toContain('In the article')
    expect(items[1]!.text()).toContain('Hindsight')
    expect(items[1]!.text()).toContain('7–9 September 2020')
    expect(items[1]!.find('time').attributes('datetime')).toBe('2020-09-07')
  })
})

describe('kitSources', () => {
  it('gives each source\'s publisher, type and date, so students can weigh it', () => {
    const list = mount(KitSources, { props: { sources: cited } })
    const [wire, state] = list.findAll('li').map(li => li.text().replace(/\s+/g, ' '))
    expect(wire).toBe('Example. Example Wire, 17 August 2020 · News report.')
    expect(state).toBe('B. A State Agency (via Reprints), September 2020, in Russian · State media. Cited for what The Kremlin said.')
  })

  it('writes dates as precisely as they are known', () => {
    expect([formatPublished('2020-08-17'), formatPublished({ approximate: '2020-08' }), formatPublished({ approximate: '2020' }), formatPublished('unknown')]).toEqual(['17 August 2020', 'August 2020', '2020', 'date unknown'])
  })
})

describe('kitTerm', () => {
  it('ties the definition to the word for screen readers', () => {
    const term: GlossaryTerm = { id: 'x', term: 'Suwałki Gap', definition: 'A strip of border.', articlePhrases: [], sources: [] }
    const wrapper = mount(KitTerm, { props: { term } })
    const word = wrapper.find('.KitTerm__word')
    const tip = wrapper.find('[role="tooltip"]')
    expect(word.attributes('aria-describedby')).toBe(tip.attributes('id'))
    expect(word.attributes('tabindex')).toBe('0')
    expect(tip.text()).toBe('Suwałki Gap: A strip of border.')
  })
})

describe('kitMap', () => {
  it('is an image with a name and a text description, drawn from build-time paths', () => {
    const map = mount(KitMap)
    const svg = map.find('svg')
    expect(svg.attributes('role')).toBe('img')
    expect(map.find(`#${svg.attributes('aria-labelledby')}`).text()).toContain('Belarus')
    expect(map.find('desc').text()).toContain('Suwałki Gap')
    expect(map.findAll('[data-country]').map(p => p.attributes('data-country'))).toEqual(expect.arrayContaining(['belarus', 'russia', 'poland', 'lithuania', 'latvia', 'estonia', 'ukraine']))
    expect(map.find('[data-feature="suwalki-gap"]').attributes('d')).toMatch(/^M/)
  })
})

describe('format', () => {
  it('writes dates as people read them', () => {
    expect(formatDateRange('2020-08-16')).toBe('16 August 2020')
    expect(formatDateRange('2019-12-01', undefined, true)).toBe('about 1 December 2019')
    expect(formatDateRange('2020-08-24', '2020-08-26')).toBe('24–26 August 2020')
    expect(formatDateRange('2020-08-27', '2020-09-02')).toBe('27 August 2020 – 2 September 2020')
    expect(sourceHost('https://www.rferl.org/a/1')).toBe('rferl.org')
    expect(firstSentence('One. Two.')).toBe('One.')
  })
})
