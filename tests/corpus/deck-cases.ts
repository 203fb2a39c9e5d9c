/**
 * Deck cases: one mutation of a real deck's slides.md each, with the problem
 * its author must see.
 */
import type { DeckCase } from './types.ts'

export const deckCases: DeckCase[] = [
  {
    name: 'a lesson deck whose headmatter names an unknown lesson plan',
    category: 'unknown reference',
    deck: 'classroom',
    edits: [{ file: 'slides.md', find: 'kitLesson: single-period\n', replace: 'kitLesson: single-perod\n' }],
    expect: { code: 'UnknownReference', field: 'kitLesson', id: 'single-perod', says: [/unknown lesson plan id `single-perod`/, /Did you mean `single-period`\?/] },
  },
  {
    name: 'a slide whose activity is not in the deck\'s lesson plan',
    category: 'unknown reference',
    deck: 'classroom',
    edits: [{ file: 'slides.md', find: 'activity: warm-up\n', replace: 'activity: warmup\n' }],
    expect: { code: 'UnknownActivity', field: 'activity', id: 'warmup', says: [/lesson `single-period` has no activity `warmup`/, /Did you mean `warm-up`\?/] },
  },
  {
    name: 'a ClaimCard with an id that does not exist',
    category: 'unknown reference',
    deck: 'briefing',
    edits: [{ file: 'slides.md', find: '<ClaimCard id="intelligence-teams" hindsight />', replace: '<ClaimCard id="nope" hindsight />' }],
    expect: { code: 'UnknownReference', field: '<ClaimCard id>', id: 'nope', says: [/unknown claim id `nope`/] },
    cli: true,
  },
  {
    name: 'a ClaimCard with a misspelt id',
    category: 'unknown reference',
    deck: 'briefing',
    edits: [{ file: 'slides.md', find: '<ClaimCard id="lukashenko-requested-help" />', replace: '<ClaimCard id="lukashenko-requested-hepl" />' }],
    expect: { code: 'UnknownReference', field: '<ClaimCard id>', id: 'lukashenko-requested-hepl', says: [/Did you mean `lukashenko-requested-help`\?/] },
  },
  {
    name: 'a Term with an id that does not exist',
    category: 'unknown reference',
    deck: 'briefing',
    edits: [{ file: 'slides.md', find: '<Term id="suwalki-gap" />', replace: '<Term id="suwalki" />' }],
    expect: { code: 'UnknownReference', field: '<Term id>', id: 'suwalki', says: [/unknown glossary term id `suwalki`/] },
  },
  {
    name: 'Perspectives with one unknown id in the list',
    category: 'unknown reference',
    deck: 'briefing',
    edits: [{ file: 'slides.md', find: '<Perspectives ids="why-russia-held-back" />', replace: '<Perspectives ids="why-russia-held-back,nope" />' }],
    expect: { code: 'UnknownReference', field: '<Perspectives ids>', id: 'nope', says: [/unknown perspective id `nope`/] },
  },
  {
    name: 'a TimelineStrip with an unknown event id',
    category: 'unknown reference',
    deck: 'briefing',
    edits: [{ file: 'slides.md', find: '<TimelineStrip ids="putin-police-reserve,', replace: '<TimelineStrip ids="putin-police-reserves,' }],
    expect: { code: 'UnknownReference', field: '<TimelineStrip ids>', id: 'putin-police-reserves', says: [/unknown timeline event id `putin-police-reserves`/] },
  },
  {
    name: 'Questions with an unknown question id',
    category: 'unknown reference',
    deck: 'briefing',
    edits: [{ file: 'slides.md', find: /<Questions ids="deterrence-chain,/, replace: '<Questions ids="deterrence-chains,' }],
    expect: { code: 'UnknownReference', field: '<Questions ids>', id: 'deterrence-chains', says: [/unknown question id `deterrence-chains`/] },
  },
  {
    name: 'a ClaimList filtered by an unknown claim kind',
    category: 'enum',
    deck: 'briefing',
    edits: [{ file: 'slides.md', find: '<ClaimList kind="factual" show="verdict" part="1/3" />', replace: '<ClaimList kind="opinion" show="verdict" part="1/3" />' }],
    expect: { code: 'InvalidAttribute', field: '<ClaimList kind>', id: 'opinion', says: [/`opinion` is not a valid kind/] },
  },
  {
    name: 'a ClaimList filtered by an unknown verdict',
    category: 'enum',
    deck: 'briefing',
    edits: [{ file: 'slides.md', find: /<ClaimList verdict="partly,unverified,disputed,contradicted"/, replace: '<ClaimList verdict="partly,false"' }],
    expect: { code: 'InvalidAttribute', field: '<ClaimList verdict>', id: 'false', says: [/`false` is not a valid verdict/] },
  },
  {
    name: 'a LessonOverview of a lesson that does not exist',
    category: 'unknown reference',
    deck: 'classroom',
    edits: [{ file: 'slides.md', find: '<LessonOverview />', replace: '<LessonOverview lesson="single-periods" />' }],
    expect: { code: 'UnknownReference', field: '<LessonOverview lesson>', id: 'single-periods', says: [/Did you mean `single-period`\?/] },
  },
  {
    name: 'a ClaimList of an activity that does not exist',
    category: 'unknown reference',
    deck: 'classroom',
    edits: [{ file: 'slides.md', find: '<ClaimList activity="claim-sort" show="none" part="1/2" />', replace: '<ClaimList activity="nope" show="none" part="1/2" />' }],
    expect: { code: 'UnknownActivity', field: '<ClaimList activity>', id: 'nope', says: [/lesson `single-period` has no activity `nope`/] },
    cli: true,
  },
  {
    name: 'a TimelineStrip from a date written in words',
    category: 'date',
    deck: 'briefing',
    edits: [{ file: 'slides.md', find: /<TimelineStrip from="2020-08-09"/, replace: '<TimelineStrip from="9 August 2020"' }],
    expect: { code: 'InvalidAttribute', field: '<TimelineStrip from>', id: 'from', says: [/must be a date written YYYY-MM-DD/] },
  },
]
