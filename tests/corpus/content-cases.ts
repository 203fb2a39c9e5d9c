/**
 * Hand-written content cases: one mutation of the real data each, with the
 * problem a contributor must see. Types and helpers are in ./types.ts.
 */
import type { ContentCase } from './types.ts'
import { whole, within } from './types.ts'

export const contentCases: ContentCase[] = [
  // Missing required fields ---------------------------------------------------
  {
    name: 'a claim without its paraphrase',
    category: 'missing field',
    edits: [{ file: 'claims.yaml', find: within('ruled-26-years', '  paraphrase: >-\n    The article says Lukashenko, who has been in charge of Belarus for 26\n    years, has had another bad week.\n'), replace: '' }],
    expect: { code: 'SchemaMismatch', file: 'data/claims.yaml', line: 'item', item: 'ruled-26-years', field: 'paraphrase', says: [/is required \(string\)/] },
  },
  {
    name: 'a timeline event without its relation',
    category: 'missing field',
    edits: [{ file: 'timeline.yaml', find: within('union-state-treaty', '  relation: context\n'), replace: '' }],
    expect: { code: 'SchemaMismatch', file: 'data/timeline.yaml', line: 'item', item: 'union-state-treaty', field: 'relation', says: [/must be one of `mentioned`, `context`, `hindsight`; got nothing/] },
  },
  {
    name: 'a question without its level',
    category: 'missing field',
    edits: [{ file: 'questions.yaml', find: '- id: loaded-words\n  level: analysis\n', replace: '- id: loaded-words\n' }],
    expect: { code: 'SchemaMismatch', file: 'data/questions.yaml', line: 'item', item: 'loaded-words', field: 'level', says: [/must be one of .*; got nothing/] },
  },
  {
    name: 'a lesson plan without totalMinutes',
    category: 'missing field',
    edits: [{ file: 'lessons/block-seminar.yaml', find: 'totalMinutes: 90\n', replace: '' }],
    expect: { code: 'SchemaMismatch', file: 'data/lessons/block-seminar.yaml', line: 'item', item: 'block-seminar', field: 'totalMinutes', says: [/is required \(number\)/] },
  },
  {
    name: 'the source without its url',
    category: 'missing field',
    edits: [{ file: 'article.yaml', find: /^url: .*\n/m, replace: '' }],
    expect: { code: 'SchemaMismatch', file: 'data/article.yaml', line: 'any', item: null, field: 'url', says: [/is required/] },
  },
  {
    name: 'a factual claim without a verdict',
    category: 'missing field',
    edits: [{ file: 'claims.yaml', find: new RegExp(`${within('intimidation-failed', '  verdict:\n').source}(?: {4}[^\\n]*\\n)+`, 'm'), replace: '' }],
    expect: { code: 'VerdictMissing', file: 'data/claims.yaml', line: 'item', item: 'intimidation-failed', field: 'verdict', fieldIn: 'message', says: [/a factual claim needs a `verdict`/] },
  },

  // Wrong types -----------------------------------------------------------------
  {
    name: 'activity minutes written as a word (string for number)',
    category: 'wrong type',
    edits: [{ file: 'lessons/single-period.yaml', find: within('warm-up', '    minutes: 4\n'), replace: '    minutes: five\n' }],
    expect: { code: 'SchemaMismatch', file: 'data/lessons/single-period.yaml', line: 'edit', item: 'single-period', field: 'activities[0].minutes', says: [/must be a number, not "five"/] },
  },
  {
    name: 'totalMinutes quoted (string for number)',
    category: 'wrong type',
    edits: [{ file: 'lessons/single-period.yaml', find: 'totalMinutes: 50\n', replace: 'totalMinutes: "50"\n' }],
    expect: { code: 'SchemaMismatch', file: 'data/lessons/single-period.yaml', line: 'edit', item: 'single-period', field: 'totalMinutes', says: [/must be a number, not "50"/] },
  },
  {
    name: 'a range end quoted (string for number)',
    category: 'wrong type',
    edits: [{ file: 'claims.yaml', find: '  range: [383, 400]\n', replace: '  range: [383, "400"]\n' }],
    expect: { code: 'SchemaMismatch', file: 'data/claims.yaml', line: 'edit', item: 'intimidation-failed', field: 'range[1]', says: [/must be a number, not "400"/] },
  },
  {
    name: 'an actor name that is a number (number for string)',
    category: 'wrong type',
    edits: [{ file: 'actors.yaml', find: '  name: Alexander Lukashenko\n', replace: '  name: 1994\n' }],
    expect: { code: 'SchemaMismatch', file: 'data/actors.yaml', line: 'edit', item: 'lukashenko', field: 'name', says: [/must be a string, not number 1994/] },
  },
  {
    name: 'the source section set to true (boolean for string)',
    category: 'wrong type',
    edits: [{ file: 'article.yaml', find: 'section: Opinion\n', replace: 'section: true\n' }],
    expect: { code: 'SchemaMismatch', file: 'data/article.yaml', line: 'edit', item: null, field: 'section', says: [/must be a string, not boolean true/] },
  },
  {
    name: 'claim actors written as a mapping (object for list)',
    category: 'wrong type',
    edits: [{ file: 'claims.yaml', find: within('lukashenko-requested-help', '  actors: [lukashenko, putin, russia]\n'), replace: '  actors: { first: lukashenko, second: putin }\n' }],
    expect: { code: 'SchemaMismatch', file: 'data/claims.yaml', line: 'edit', item: 'lukashenko-requested-help', field: 'actors', says: [/must be an array, not a mapping/] },
  },
  {
    name: 'question claims written as one id (string for list)',
    category: 'wrong type',
    edits: [{ file: 'questions.yaml', find: within('who-wrote-it-and-when', '  claims: [sanctions-pledge]\n'), replace: '  claims: sanctions-pledge\n' }],
    expect: { code: 'SchemaMismatch', file: 'data/questions.yaml', line: 'edit', item: 'who-wrote-it-and-when', field: 'claims', says: [/must be an array, not "sanctions-pledge"/] },
  },
  {
    name: 'a glossary term written as a list (list for string)',
    category: 'wrong type',
    edits: [{ file: 'glossary.yaml', find: '  term: NATO\n', replace: '  term: [NATO]\n' }],
    expect: { code: 'SchemaMismatch', file: 'data/glossary.yaml', line: 'edit', item: 'nato', field: 'term', says: [/must be a string, not a list/] },
  },

  // Duplicate ids ---------------------------------------------------------------
  {
    name: 'two claims share an id',
    category: 'duplicate id',
    edits: [{ file: 'claims.yaml', find: '- id: sunday-marches\n', replace: '- id: resistance-galvanized\n' }],
    expect: { code: 'DuplicateId', file: 'data/claims.yaml', line: 'edit', item: 'resistance-galvanized', field: 'id', says: [/`resistance-galvanized` is used more than once/] },
    cli: true,
  },
  {
    name: 'two glossary terms share an id',
    category: 'duplicate id',
    edits: [{ file: 'glossary.yaml', find: '- id: article-5\n', replace: '- id: nato\n' }],
    expect: { code: 'DuplicateId', file: 'data/glossary.yaml', line: 'edit', item: 'nato', field: 'id', says: [/`nato` is used more than once/] },
  },
  {
    name: 'two questions share an id',
    category: 'duplicate id',
    edits: [{ file: 'questions.yaml', find: '- id: two-reasons-us-leadership\n', replace: '- id: what-does-the-article-ask\n' }],
    expect: { code: 'DuplicateId', file: 'data/questions.yaml', line: 'edit', item: 'what-does-the-article-ask', field: 'id', says: [/is used more than once/] },
  },
  {
    name: 'two timeline events share an id',
    category: 'duplicate id',
    edits: [{ file: 'timeline.yaml', find: '- id: union-state-treaty\n', replace: '- id: lukashenko-first-elected\n' }],
    expect: { code: 'DuplicateId', file: 'data/timeline.yaml', line: 'edit', item: 'lukashenko-first-elected', field: 'id', says: [/is used more than once/] },
  },
  {
    name: 'two perspectives share an id',
    category: 'duplicate id',
    edits: [{ file: 'perspectives.yaml', find: '- id: isolation-pushes-minsk-to-moscow\n', replace: '- id: sanctions-rarely-change-behaviour\n' }],
    expect: { code: 'DuplicateId', file: 'data/perspectives.yaml', line: 'edit', item: 'sanctions-rarely-change-behaviour', field: 'id', says: [/is used more than once/] },
  },
  {
    name: 'two activities of a lesson share an id',
    category: 'duplicate id',
    edits: [{ file: 'lessons/single-period.yaml', find: '  - id: context-timeline\n', replace: '  - id: warm-up\n' }],
    expect: { code: 'DuplicateId', file: 'data/lessons/single-period.yaml', line: 'edit', item: 'single-period', field: 'activities[1].id', says: [/`warm-up` is used more than once/] },
  },
  {
    name: 'two lesson plans share an id',
    category: 'duplicate id',
    edits: [{ file: 'lessons/block-seminar.yaml', find: /^id: block-seminar$/m, replace: 'id: single-period' }],
    // The second file read (sorted by name) is the one reported; a lesson plan's id is its whole file.
    expect: { code: 'DuplicateId', file: 'data/lessons/single-period.yaml', line: 'item', item: 'single-period', field: 'id', says: [/id `single-period` is used more than once/] },
  },

  {
    name: 'two rhetoric passages share an id',
    category: 'duplicate id',
    edits: [{ file: 'article.yaml', find: '  - id: what-now\n', replace: '  - id: brings-us-to-putin\n' }],
    expect: { code: 'DuplicateId', file: 'data/article.yaml', line: 'edit', item: null, field: 'rhetoric[1].id', says: [/`brings-us-to-putin` is used more than once/] },
  },
  {
    name: 'a perspective lists the same claim twice',
    category: 'duplicate id',
    edits: [{ file: 'perspectives.yaml', find: within('sanctions-rarely-change-behaviour', '    - us-must-lead\n'), replace: '    - sanctions-pledge\n' }],
    expect: { code: 'DuplicateReference', file: 'data/perspectives.yaml', line: 'edit', item: 'sanctions-rarely-change-behaviour', field: 'respondsTo[2]', says: [/lists `sanctions-pledge` twice/] },
  },

  // Unknown references ----------------------------------------------------------
  {
    name: 'a claim names an unknown actor',
    category: 'unknown reference',
    edits: [{ file: 'claims.yaml', find: within('lukashenko-requested-help', '  actors: [lukashenko, putin, russia]\n'), replace: '  actors: [lukashenko, putin, russsia]\n' }],
    expect: { code: 'UnknownReference', file: 'data/claims.yaml', line: 'edit', item: 'lukashenko-requested-help', field: 'actors[2]', says: [/unknown actor id `russsia`/, /Did you mean `russia`\?/] },
  },
  {
    name: 'a claim names an unknown counterpoint',
    category: 'unknown reference',
    edits: [{ file: 'claims.yaml', find: within('election-theft-violence', '  counterpoints: [official-russian-belarusian-narrative]\n'), replace: '  counterpoints: [official-narrative]\n' }],
    expect: { code: 'UnknownReference', file: 'data/claims.yaml', line: 'edit', item: 'election-theft-violence', field: 'counterpoints[0]', says: [/unknown perspective id `official-narrative`/] },
  },
  {
    name: 'a claim names an unknown glossary term',
    category: 'unknown reference',
    edits: [{ file: 'claims.yaml', find: within('lukashenko-requested-help', '  terms: [union-state, csto]\n'), replace: '  terms: [union-state, cstoo]\n' }],
    expect: { code: 'UnknownReference', file: 'data/claims.yaml', line: 'edit', item: 'lukashenko-requested-help', field: 'terms[1]', says: [/unknown glossary term id `cstoo`/, /Did you mean `csto`\?/] },
  },
  {
    name: 'a claim argues for an unknown claim',
    category: 'unknown reference',
    edits: [{ file: 'claims.yaml', find: within('intimidation-failed', '    of: lukashenko-requested-help\n'), replace: '    of: lukashenko-requested-hepl\n' }],
    expect: { code: 'UnknownReference', file: 'data/claims.yaml', line: 'edit', item: 'intimidation-failed', field: 'argument.of', says: [/unknown claim id `lukashenko-requested-hepl`/] },
  },
  {
    name: 'a timeline event names an unknown claim',
    category: 'unknown reference',
    edits: [{ file: 'timeline.yaml', find: within('union-state-treaty', '  claims: [absorption-ambition]\n'), replace: '  claims: [absorbtion-ambition]\n' }],
    expect: { code: 'UnknownReference', file: 'data/timeline.yaml', line: 'edit', item: 'union-state-treaty', field: 'claims[0]', says: [/unknown claim id `absorbtion-ambition`/, /Did you mean `absorption-ambition`\?/] },
  },
  {
    name: 'a timeline event names an unknown actor',
    category: 'unknown reference',
    edits: [{ file: 'timeline.yaml', find: within('lukashenko-first-elected', '  actors: [lukashenko]\n'), replace: '  actors: [lukashenka]\n' }],
    expect: { code: 'UnknownReference', file: 'data/timeline.yaml', line: 'edit', item: 'lukashenko-first-elected', field: 'actors[0]', says: [/unknown actor id `lukashenka`/] },
  },
  {
    name: 'a question cites an unknown claim',
    category: 'unknown reference',
    edits: [{ file: 'questions.yaml', find: within('fact-or-judgment-election-theft', '  claims: [election-theft-violence, resistance-galvanized]\n'), replace: '  claims: [election-theft-violence, resistance-galvanised]\n' }],
    expect: { code: 'UnknownReference', file: 'data/questions.yaml', line: 'edit', item: 'fact-or-judgment-election-theft', field: 'claims[1]', says: [/unknown claim id `resistance-galvanised`/] },
  },
  {
    name: 'a question cites an unknown glossary term',
    category: 'unknown reference',
    edits: [{ file: 'questions.yaml', find: within('loaded-words', '  terms: [europes-last-dictator, eu-unanimity]\n'), replace: '  terms: [europes-last-dictator, eu-unanimty]\n' }],
    expect: { code: 'UnknownReference', file: 'data/questions.yaml', line: 'edit', item: 'loaded-words', field: 'terms[1]', says: [/unknown glossary term id `eu-unanimty`/] },
  },
  {
    name: 'a question cites an unknown perspective',
    category: 'unknown reference',
    edits: [{ file: 'questions.yaml', find: within('what-did-the-leaders-agree', '  perspectives: [official-russian-belarusian-narrative]\n'), replace: '  perspectives: [kremlin-narrative]\n' }],
    expect: { code: 'UnknownReference', file: 'data/questions.yaml', line: 'edit', item: 'what-did-the-leaders-agree', field: 'perspectives[0]', says: [/unknown perspective id `kremlin-narrative`/] },
  },
  {
    name: 'a perspective responds to an unknown claim',
    category: 'unknown reference',
    edits: [{ file: 'perspectives.yaml', find: within('sanctions-rarely-change-behaviour', '    - us-must-lead\n'), replace: '    - us-must-leed\n' }],
    expect: { code: 'UnknownReference', file: 'data/perspectives.yaml', line: 'edit', item: 'sanctions-rarely-change-behaviour', field: 'respondsTo[2]', says: [/Did you mean `us-must-lead`\?/] },
  },
  {
    name: 'a lesson activity uses an unknown question',
    category: 'unknown reference',
    edits: [{ file: 'lessons/single-period.yaml', find: within('reading', '    questions: [what-does-the-article-ask, two-reasons-us-leadership]\n'), replace: '    questions: [what-does-the-article-ask, two-reasons-us-leadershp]\n' }],
    expect: { code: 'UnknownReference', file: 'data/lessons/single-period.yaml', line: 'edit', item: 'single-period', field: 'activities[2].questions[1]', says: [/unknown question id `two-reasons-us-leadershp`/, /Did you mean `two-reasons-us-leadership`/] },
  },
  {
    name: 'a lesson activity uses an unknown claim',
    category: 'unknown reference',
    edits: [{ file: 'lessons/single-period.yaml', find: within('discussion', '    claims: [leaders-blame-nato, nato-claim-false,'), replace: '    claims: [leaders-blame-nato, nato-claim-fake,' }],
    expect: { code: 'UnknownReference', file: 'data/lessons/single-period.yaml', line: 'edit', item: 'single-period', field: 'activities[4].claims[1]', says: [/unknown claim id `nato-claim-fake`/] },
  },
  {
    name: 'a lesson activity uses an unknown glossary term',
    category: 'unknown reference',
    edits: [{ file: 'lessons/single-period.yaml', find: within('warm-up', '    terms: [sanctions, deterrence]\n'), replace: '    terms: [sanctions, deterence]\n' }],
    expect: { code: 'UnknownReference', file: 'data/lessons/single-period.yaml', line: 'edit', item: 'single-period', field: 'activities[0].terms[1]', says: [/unknown glossary term id `deterence`/, /Did you mean `deterrence`\?/] },
  },
  {
    name: 'a lesson exit ticket uses an unknown question',
    category: 'unknown reference',
    edits: [{ file: 'lessons/single-period.yaml', find: '    questions: []\n    lookFor:', replace: '    questions: [fact-or-judgment-election-theft, best-case-against-sanction-threat]\n    lookFor:' }],
    expect: { code: 'UnknownReference', file: 'data/lessons/single-period.yaml', line: 'edit', item: 'single-period', field: 'assessment.exitTicket.questions[1]', says: [/unknown question id `best-case-against-sanction-threat`/] },
  },

  // Quotes ------------------------------------------------------------------------
  {
    name: 'a claim quote that differs from the article by one character',
    category: 'quote',
    edits: [{ file: 'claims.yaml', find: '  quote: It hasn’t worked.\n', replace: '  quote: It hasn’t worked!\n' }],
    expect: { code: 'QuoteNotInSource', file: 'data/claims.yaml', line: 'edit', item: 'intimidation-failed', field: 'quote', says: [/does not occur verbatim in the article/, /the article has "\." where the quote has "!"/] },
  },
  {
    name: 'a claim quote with a straight \' where the article has a curly ’',
    category: 'quote',
    edits: [{ file: 'claims.yaml', find: '  quote: Things haven’t improved this week', replace: '  quote: Things haven\'t improved this week' }],
    expect: { code: 'QuoteNotInSource', file: 'data/claims.yaml', line: 'edit', item: 'ruled-26-years', field: 'quote', says: [/does not occur verbatim/, /curly quotes/] },
  },
  {
    name: 'a claim quote with straight double quotes where the article has “ ”',
    category: 'quote',
    edits: [{ file: 'claims.yaml', find: 'but by roars of “go away! Go away!”\'', replace: 'but by roars of "go away! Go away!"\'' }],
    expect: { code: 'QuoteNotInSource', file: 'data/claims.yaml', line: 'edit', item: 'factory-jeers', field: 'quote', says: [/curly quotes/] },
  },
  {
    name: 'a rhetoric quote that differs from the article by one character',
    category: 'quote',
    edits: [{ file: 'article.yaml', find: '    quote: That brings us to Putin.\n', replace: '    quote: That brings us to Putin!\n' }],
    expect: { code: 'QuoteNotInSource', file: 'data/article.yaml', line: 'edit', item: null, field: 'rhetoric[0].quote', says: [/does not occur verbatim/] },
  },

  // Ranges --------------------------------------------------------------------------
  {
    name: 'a claim range shifted by one character',
    category: 'range',
    edits: [{ file: 'claims.yaml', find: '  range: [383, 400]\n', replace: '  range: [384, 401]\n' }],
    expect: { code: 'RangeMismatch', file: 'data/claims.yaml', line: 'edit', item: 'intimidation-failed', field: 'range', says: [/range \[384, 401\] does not point at the quote/, /Set `range: \[383, 400\]`/] },
  },
  {
    name: 'a claim range that ends before it starts',
    category: 'range',
    edits: [{ file: 'claims.yaml', find: '  range: [558, 639]\n', replace: '  range: [639, 558]\n' }],
    expect: { code: 'RangeMismatch', file: 'data/claims.yaml', line: 'edit', item: 'ruled-26-years', field: 'range', says: [/Set `range: \[558, 639\]`/] },
  },
  {
    name: 'a claim range past the end of the article',
    category: 'range',
    edits: [{ file: 'claims.yaml', find: '  range: [0, 127]\n', replace: '  range: [0, 99999]\n' }],
    expect: { code: 'RangeMismatch', file: 'data/claims.yaml', line: 'edit', item: 'sanctions-pledge', field: 'range', says: [/Set `range: \[0, 127\]`/] },
  },
  {
    name: 'a rhetoric range one character too long',
    category: 'range',
    edits: [{ file: 'article.yaml', find: '    range: [1147, 1156]\n', replace: '    range: [1147, 1157]\n' }],
    expect: { code: 'RangeMismatch', file: 'data/article.yaml', line: 'edit', item: null, field: 'rhetoric[1].range', says: [/Set `range: \[1147, 1156\]`/] },
  },

  // Dates -----------------------------------------------------------------------------
  {
    name: 'a timeline date that does not exist (2020-02-30)',
    category: 'date',
    edits: [{ file: 'timeline.yaml', find: '  date: 1999-12-08\n', replace: '  date: 2020-02-30\n' }],
    expect: { code: 'SchemaMismatch', file: 'data/timeline.yaml', line: 'edit', item: 'union-state-treaty', field: 'date', says: [/must be a real calendar date/] },
  },
  {
    name: 'a publication window that ends before it starts',
    category: 'date',
    edits: [{ file: 'article.yaml', find: '    from: 2020-08-17\n', replace: '    from: 2020-08-19\n' }],
    expect: { code: 'DateOrder', file: 'data/article.yaml', line: 'any', item: null, field: 'published.value.to', says: [/ends \(2020-08-18\) before it starts \(2020-08-19\)/] },
  },
  {
    name: 'a timeline date in month 13 (2020-13-01)',
    category: 'date',
    edits: [{ file: 'timeline.yaml', find: '  date: 2014-03-17\n', replace: '  date: 2020-13-01\n' }],
    expect: { code: 'SchemaMismatch', file: 'data/timeline.yaml', line: 'edit', item: 'crimea-annexation-sanctions', field: 'date', says: [/must be a real calendar date/] },
  },
  {
    name: 'a timeline endDate of 31 June',
    category: 'date',
    edits: [{ file: 'timeline.yaml', find: '  endDate: 2020-08-14\n', replace: '  endDate: 2020-06-31\n' }],
    expect: { code: 'SchemaMismatch', file: 'data/timeline.yaml', line: 'edit', item: 'torture-testimony', field: 'endDate', says: [/must be a real calendar date/] },
  },
  {
    name: 'a timeline date written in words',
    category: 'date',
    edits: [{ file: 'timeline.yaml', find: '  date: 2016-12-29\n', replace: '  date: 29 December 2016\n' }],
    expect: { code: 'SchemaMismatch', file: 'data/timeline.yaml', line: 'edit', item: 'obama-election-sanctions', field: 'date', says: [/must be a date written YYYY-MM-DD/] },
  },
  {
    name: 'the publication window starts on a day that does not exist',
    category: 'date',
    edits: [{ file: 'article.yaml', find: '    from: 2020-08-17\n', replace: '    from: 2020-02-30\n' }],
    expect: { code: 'SchemaMismatch', file: 'data/article.yaml', line: 'edit', item: null, field: 'published.value.from', says: [/must be a real calendar date/] },
  },
  {
    name: 'an event that ends before it starts',
    category: 'date',
    edits: [{ file: 'timeline.yaml', find: within('biegun-visit', '  endDate: 2020-08-25\n'), replace: '  endDate: 2020-07-26\n' }],
    expect: { code: 'DateOrder', file: 'data/timeline.yaml', line: 'edit', item: 'biegun-visit', field: 'endDate', says: [/ends \(2020-07-26\) before it starts \(2020-08-24\)/] },
  },

  // URLs --------------------------------------------------------------------------------
  {
    name: 'an http: URL for a source',
    category: 'url',
    edits: [{ file: 'sources.yaml', find: within('reuters-2020-08-16-nato-denies-buildup', '  url: https://www.reuters.com/'), replace: '  url: http://www.reuters.com/' }],
    expect: { code: 'SchemaMismatch', file: 'data/sources.yaml', line: 'edit', item: 'reuters-2020-08-16-nato-denies-buildup', field: 'url', says: [/must be an https:\/\/ URL/] },
    cli: true,
  },
  {
    name: 'a javascript: URL for a source',
    category: 'url',
    edits: [{ file: 'sources.yaml', find: within('govinfo-2020-09-14-sres689', '  url: https://www.govinfo.gov/content/pkg/BILLS-116sres689is/xml/BILLS-116sres689is.xml\n'), replace: '  url: "javascript:alert(1)"\n' }],
    expect: { code: 'SchemaMismatch', file: 'data/sources.yaml', line: 'edit', item: 'govinfo-2020-09-14-sres689', field: 'url', says: [/must be an https:\/\/ URL/] },
  },
  {
    name: 'an http: URL as the article\'s url',
    category: 'url',
    edits: [{ file: 'article.yaml', find: /^url: https:/m, replace: 'url: http:' }],
    expect: { code: 'SchemaMismatch', file: 'data/article.yaml', line: 'edit', item: null, field: 'url', says: [/must be an https:\/\/ URL/] },
  },
  {
    name: 'a padded, mixed-case JavaScript: URL for a source',
    category: 'url',
    edits: [{ file: 'sources.yaml', find: within('govinfo-2020-09-14-sres689', '  url: https://www.govinfo.gov/content/pkg/BILLS-116sres689is/xml/BILLS-116sres689is.xml\n'), replace: '  url: "  JavaScript:alert(document.cookie)//https://www.govinfo.gov/"\n' }],
    expect: { code: 'SchemaMismatch', file: 'data/sources.yaml', line: 'edit', item: 'govinfo-2020-09-14-sres689', field: 'url', says: [/must be an https:\/\/ URL/] },
  },

  // Minutes -------------------------------------------------------------------------------
  {
    name: 'activity minutes that add up to more than the total',
    category: 'minutes',
    edits: [{ file: 'lessons/single-period.yaml', find: within('warm-up', '    minutes: 4\n'), replace: '    minutes: 5\n' }],
    expect: { code: 'MinutesMismatch', file: 'data/lessons/single-period.yaml', line: 'any', item: 'single-period', field: 'activities', says: [/activities add up to 51 minutes/, /`totalMinutes` is 50/] },
  },
  {
    name: 'a totalMinutes that the activities do not add up to',
    category: 'minutes',
    edits: [{ file: 'lessons/block-seminar.yaml', find: 'totalMinutes: 90\n', replace: 'totalMinutes: 95\n' }],
    expect: { code: 'MinutesMismatch', file: 'data/lessons/block-seminar.yaml', line: 'any', item: 'block-seminar', field: 'activities', says: [/add up to 90 minutes/, /`totalMinutes` is 95/, /set `totalMinutes: 90`/] },
  },
  {
    name: 'an activity of zero minutes',
    category: 'minutes',
    edits: [{ file: 'lessons/block-seminar.yaml', find: within('exit-ticket', '    minutes: 3\n'), replace: '    minutes: 0\n' }],
    expect: { code: 'SchemaMismatch', file: 'data/lessons/block-seminar.yaml', line: 'edit', item: 'block-seminar', field: 'activities[7].minutes', says: [/must be a positive whole number of minutes/] },
  },
  {
    name: 'an activity of 2.5 minutes',
    category: 'minutes',
    edits: [{ file: 'lessons/block-seminar.yaml', find: within('exit-ticket', '    minutes: 3\n'), replace: '    minutes: 2.5\n' }],
    expect: { code: 'SchemaMismatch', file: 'data/lessons/block-seminar.yaml', line: 'edit', item: 'block-seminar', field: 'activities[7].minutes', says: [/int/i] },
  },

  // Empty and overlong strings ---------------------------------------------------------------
  {
    name: 'an empty claim paraphrase',
    category: 'empty or overlong',
    edits: [{ file: 'claims.yaml', find: within('intimidation-failed', '  paraphrase: >-\n    The article says the violence has not succeeded in keeping protesters at\n    home.\n'), replace: '  paraphrase: ""\n' }],
    expect: { code: 'SchemaMismatch', file: 'data/claims.yaml', line: 'edit', item: 'intimidation-failed', field: 'paraphrase', says: [/must not be empty/] },
  },
  {
    name: 'a perspective title of spaces only',
    category: 'empty or overlong',
    edits: [{ file: 'perspectives.yaml', find: '  title: Sanctions impose costs but rarely change policy\n', replace: '  title: "   "\n' }],
    expect: { code: 'SchemaMismatch', file: 'data/perspectives.yaml', line: 'edit', item: 'sanctions-rarely-change-behaviour', field: 'title', says: [/must not be empty/] },
  },
  {
    name: 'an empty id',
    category: 'empty or overlong',
    edits: [{ file: 'actors.yaml', find: '- id: belarusian-authorities\n', replace: '- id: ""\n' }],
    // The formatter prints no item for an empty id (`actors → id`): the line is the only locator.
    expect: { code: 'SchemaMismatch', file: 'data/actors.yaml', line: 'edit', item: null, field: 'id', says: [/must be kebab-case/] },
  },
  {
    name: 'an actor name of 161 characters (max 160)',
    category: 'empty or overlong',
    edits: [{ file: 'actors.yaml', find: '  name: Alexander Lukashenko\n', replace: `  name: Alexander Lukashenko${' the president'.repeat(10)}${'x'.repeat(161 - 20 - 140)}\n` }],
    expect: { code: 'SchemaMismatch', file: 'data/actors.yaml', line: 'edit', item: 'lukashenko', field: 'name', says: [/must be at most 160 characters/] },
  },
  {
    name: 'a question prompt of 501 characters (max 500)',
    category: 'empty or overlong',
    edits: [{ file: 'questions.yaml', find: within('loaded-words', '  prompt: >-\n'), replace: `  prompt: ${'Why? '.repeat(100)}x\n  promptOld: >-\n` }],
    expect: { code: 'SchemaMismatch', file: 'data/questions.yaml', line: 'edit', item: 'loaded-words', field: 'prompt', says: [/must be at most 500 characters/] },
  },
  {
    name: 'an id of 61 characters (max 60)',
    category: 'empty or overlong',
    edits: [{ file: 'glossary.yaml', find: '- id: article-5\n', replace: `- id: article-5-${'x'.repeat(51)}\n` }],
    expect: { code: 'SchemaMismatch', file: 'data/glossary.yaml', line: 'edit', item: `article-5-${'x'.repeat(51)}`, field: 'id', says: [/must be at most 60 characters/] },
  },
  {
    name: 'a perspective held by nobody (empty list)',
    category: 'empty or overlong',
    edits: [{ file: 'perspectives.yaml', find: within('sanctions-rarely-change-behaviour', '  heldBy:\n    - Åslund and Snegovaya (Atlantic Council, 2021)\n    - An unsigned US newspaper editorial republished by Yahoo News (January 2022)\n'), replace: '  heldBy: []\n' }],
    expect: { code: 'SchemaMismatch', file: 'data/perspectives.yaml', line: 'edit', item: 'sanctions-rarely-change-behaviour', field: 'heldBy', says: [/must name who makes the argument/] },
  },

  // Enumerations -----------------------------------------------------------------------------
  {
    name: 'an unknown claim kind',
    category: 'enum',
    edits: [{ file: 'claims.yaml', find: within('sanctions-pledge', '  kind: normative\n'), replace: '  kind: opinion\n' }],
    expect: { code: 'SchemaMismatch', file: 'data/claims.yaml', line: 'edit', item: 'sanctions-pledge', field: 'kind', says: [/must be one of `factual`, `prediction`, `causal`, `normative`, `characterization`, `speculation`; got "opinion"/] },
  },
  {
    name: 'a claim kind in the wrong case (Factual)',
    category: 'enum',
    edits: [{ file: 'claims.yaml', find: within('intimidation-failed', '  kind: factual\n'), replace: '  kind: Factual\n' }],
    expect: { code: 'SchemaMismatch', file: 'data/claims.yaml', line: 'edit', item: 'intimidation-failed', field: 'kind', says: [/got "Factual"/] },
  },
  {
    name: 'an unknown verdict rating',
    category: 'enum',
    edits: [{ file: 'claims.yaml', find: within('intimidation-failed', '    rating: supported\n'), replace: '    rating: mostly-true\n' }],
    expect: { code: 'SchemaMismatch', file: 'data/claims.yaml', line: 'edit', item: 'intimidation-failed', field: 'verdict.rating', says: [/must be one of `supported`, `partly`, `unverified`, `contradicted`, `disputed`; got "mostly-true"/] },
  },
  {
    name: 'a verdict rating of true (a YAML boolean)',
    category: 'enum',
    edits: [{ file: 'claims.yaml', find: within('ruled-26-years', '    rating: supported\n'), replace: '    rating: true\n' }],
    expect: { code: 'SchemaMismatch', file: 'data/claims.yaml', line: 'edit', item: 'ruled-26-years', field: 'verdict.rating', says: [/got boolean true/] },
  },
  {
    name: 'an unknown question level',
    category: 'enum',
    edits: [{ file: 'questions.yaml', find: '- id: loaded-words\n  level: analysis\n', replace: '- id: loaded-words\n  level: synthesis\n' }],
    expect: { code: 'SchemaMismatch', file: 'data/questions.yaml', line: 'edit', item: 'loaded-words', field: 'level', says: [/must be one of `comprehension`, `application`, `analysis`, `evaluation`, `creation`; got "synthesis"/] },
  },
  {
    name: 'an unknown evidence kind',
    category: 'enum',
    edits: [{ file: 'claims.yaml', find: within('sanctions-pledge', '    - kind: context\n'), replace: '    - kind: background\n' }],
    expect: { code: 'SchemaMismatch', file: 'data/claims.yaml', line: 'edit', item: 'sanctions-pledge', field: 'evidence[0].kind', says: [/got "background"/] },
  },
  {
    name: 'an unknown timeline relation',
    category: 'enum',
    edits: [{ file: 'timeline.yaml', find: within('union-state-treaty', '  relation: context\n'), replace: '  relation: background\n' }],
    expect: { code: 'SchemaMismatch', file: 'data/timeline.yaml', line: 'edit', item: 'union-state-treaty', field: 'relation', says: [/must be one of `mentioned`, `context`, `hindsight`; got "background"/] },
  },
  {
    name: 'an unknown activity grouping',
    category: 'enum',
    edits: [{ file: 'lessons/single-period.yaml', find: within('warm-up', '    grouping: individual\n'), replace: '    grouping: solo\n' }],
    expect: { code: 'SchemaMismatch', file: 'data/lessons/single-period.yaml', line: 'edit', item: 'single-period', field: 'activities[0].grouping', says: [/got "solo"/] },
  },

  // Malformed files -----------------------------------------------------------------------------
  {
    name: 'invalid YAML: an unclosed flow list',
    category: 'malformed file',
    edits: [{ file: 'claims.yaml', find: within('lukashenko-requested-help', '  actors: [lukashenko, putin, russia]\n'), replace: '  actors: [lukashenko, putin, russia\n' }],
    expect: { code: 'FileUnreadable', file: 'data/claims.yaml', line: 'any', item: null, field: null, says: [/is not valid YAML/] },
    cli: true,
  },
  {
    name: 'invalid YAML: an unquoted colon in a value',
    category: 'malformed file',
    edits: [{ file: 'actors.yaml', find: '  name: Alexander Lukashenko\n', replace: '  name: President: Alexander Lukashenko\n' }],
    expect: { code: 'FileUnreadable', file: 'data/actors.yaml', line: 'edit', item: null, field: null, says: [/is not valid YAML/, /quote any text that contains `: `/] },
  },
  {
    name: 'invalid YAML: a tab in the indentation',
    category: 'malformed file',
    edits: [{ file: 'glossary.yaml', find: '  term: NATO\n', replace: '\tterm: NATO\n' }],
    expect: { code: 'FileUnreadable', file: 'data/glossary.yaml', line: 'edit', item: null, field: null, says: [/is not valid YAML/] },
  },
  {
    name: 'invalid YAML: the same key twice in one item',
    category: 'malformed file',
    edits: [{ file: 'questions.yaml', find: '- id: loaded-words\n  level: analysis\n', replace: '- id: loaded-words\n  level: analysis\n  level: evaluation\n' }],
    expect: { code: 'FileUnreadable', file: 'data/questions.yaml', line: 'any', item: null, field: null, says: [/is not valid YAML/, /unique/i] },
  },
  {
    name: 'a list file whose top level is a scalar',
    category: 'malformed file',
    edits: [{ file: 'questions.yaml', find: whole, replace: 'Questions are still to be written.\n' }],
    expect: { code: 'SchemaMismatch', file: 'data/questions.yaml', line: 1, item: null, field: null, says: [/must be a list of questions .*not "Questions are still to be written\."/] },
  },
  {
    name: 'a list file whose top level is a mapping',
    category: 'malformed file',
    edits: [{ file: 'actors.yaml', find: whole, replace: 'lukashenko:\n  name: Alexander Lukashenko\n  kind: person\n' }],
    expect: { code: 'SchemaMismatch', file: 'data/actors.yaml', line: 'any', item: null, field: null, says: [/must be a list of actors .*not a mapping/] },
  },
  {
    name: 'source.yaml whose top level is a scalar',
    category: 'malformed file',
    edits: [{ file: 'article.yaml', find: whole, replace: 'https://www.washingtonexaminer.com/opinion\n' }],
    expect: { code: 'SchemaMismatch', file: 'data/article.yaml', line: 1, item: null, field: null, says: [/must be an object, not "https:\/\/www\.washingtonexaminer\.com/] },
  },
  {
    name: 'a lesson file whose top level is a list',
    category: 'malformed file',
    edits: [{ file: 'lessons/single-period.yaml', find: whole, replace: '- single-period\n- block-seminar\n' }],
    expect: { code: 'SchemaMismatch', file: 'data/lessons/single-period.yaml', line: 1, item: null, field: null, says: [/must be an object, not a list/] },
  },
  {
    name: 'YAML aliases nested to expand into millions of nodes',
    category: 'malformed file',
    write: { 'perspectives.yaml': `${['- &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdef'.split('').map((name, i) => `- &${name} [${Array.from({ length: 10 }, () => `*${'abcde'[i]}`).join(', ')}]`)].join('\n')}\n` },
    expect: { code: 'FileUnreadable', file: 'data/perspectives.yaml', line: null, item: null, field: null, says: [/could not be read as data/, /anchors/] },
  },
  {
    name: 'an empty timeline file',
    category: 'malformed file',
    write: { 'timeline.yaml': '' },
    expect: { code: 'SchemaMismatch', file: 'data/timeline.yaml', line: null, item: null, field: null, says: [/must be a list of timeline events .*not null/] },
  },
  {
    name: 'an empty lesson file',
    category: 'malformed file',
    write: { 'lessons/block-seminar.yaml': '' },
    expect: { code: 'SchemaMismatch', file: 'data/lessons/block-seminar.yaml', line: null, item: null, field: null, says: [/must be an object, not null/] },
  },
  {
    name: 'no lesson plans at all (the lessons folder removed)',
    category: 'malformed file',
    remove: ['lessons'],
    expect: { code: 'FileMissing', file: 'data/lessons', line: null, item: null, field: null, says: [/has no lesson plans: the kit needs at least 1/] },
  },
  {
    name: 'a misnamed data file (claim.yaml beside claims.yaml)',
    category: 'malformed file',
    create: { 'claim.yaml': '- id: stray\n' },
    expect: { code: 'UnknownFile', file: 'data/claim.yaml', line: null, item: null, field: null, says: [/is not a content file/, /Did you mean `claims\.yaml`\?/] },
  },
  {
    name: 'a missing glossary file',
    category: 'malformed file',
    remove: ['glossary.yaml'],
    expect: { code: 'FileMissing', file: 'data/glossary.yaml', line: null, item: null, field: null, says: [/glossary\.yaml is missing from data\//] },
    cli: true,
  },
  {
    name: 'a missing article',
    category: 'malformed file',
    remove: ['article.txt'],
    expect: { code: 'FileMissing', file: 'data/article.txt', line: null, item: null, field: null, says: [/article\.txt is missing/] },
  },

  // The argument's structure ------------------------------------------------------------------------
  {
    name: 'a second thesis',
    category: 'argument',
    edits: [{ file: 'claims.yaml', find: within('us-must-lead', '  argument:\n    role: supports\n    of: sanctions-pledge\n'), replace: '  argument:\n    role: thesis\n' }],
    expect: { code: 'ThesisCount', file: 'data/claims.yaml', line: 'edit', item: 'us-must-lead', field: 'argument.role', says: [/2 claims have `role: thesis` \(`sanctions-pledge`, `us-must-lead`\)/] },
  },
  {
    name: 'an argument chain that loops',
    category: 'argument',
    edits: [{ file: 'claims.yaml', find: within('lukashenko-requested-help', '    of: sanctions-pledge\n'), replace: '    of: intimidation-failed\n' }],
    expect: { code: 'ArgumentCycle', file: 'data/claims.yaml', line: 'edit', item: 'lukashenko-requested-help', field: 'argument.of', says: [/the argument chain loops: lukashenko-requested-help → intimidation-failed → lukashenko-requested-help/] },
  },
  {
    name: 'a glossary phrase with a straight apostrophe',
    category: 'quote',
    edits: [{ file: 'glossary.yaml', find: '    - NATO war planners\n', replace: '    - NATO war planner\'s\n' }],
    expect: { code: 'PhraseNotInSource', file: 'data/glossary.yaml', line: 'edit', item: 'nato', field: 'articlePhrases[1]', says: [/does not occur in the article/] },
  },

  // The source policy ------------------------------------------------------------------------------
  {
    name: 'a source on a content farm the policy blocks',
    category: 'source policy',
    edits: [{ file: 'sources.yaml', find: 'url: https://ca.sports.yahoo.com/news/belarus-protesters-hold-historic-rally-065129982.html?src=rss', replace: 'url: https://www.tellerreport.com/news/belarus-protesters-hold-historic-rally.html' }],
    expect: { code: 'BlockedDomain', file: 'data/sources.yaml', line: 'edit', item: 'afp-2020-08-17-historic-rally-lukashenko-stay', field: 'url', says: [/`www\.tellerreport\.com` is on the source policy's list of sites never cited \(aggregator\)/, /Republishes other outlets' stories in bulk/] },
    cli: true,
  },
  {
    name: 'a checkable verdict that cites no official record or news report',
    category: 'source policy',
    edits: [{ file: 'claims.yaml', find: within('oil-revenue-dependence', '    rating: unverified\n'), replace: '    rating: partly\n' }],
    expect: { code: 'VerdictSourceType', file: 'data/claims.yaml', line: 'any', item: 'oil-revenue-dependence', field: 'verdict.sources', says: [/a `partly` verdict cites no official or news source/] },
  },
  {
    name: 'an encyclopedia as the only source of a fact',
    category: 'source policy',
    edits: [{ file: 'glossary.yaml', find: '    - wikipedia-csto\n    - economist-2022-01-06-what-is-csto\n', replace: '    - wikipedia-csto\n' }],
    expect: { code: 'ReferenceOnly', file: 'data/glossary.yaml', line: 'any', item: 'csto', field: 'sources', says: [/cites only reference works \(`wikipedia-csto`\)/] },
  },
  {
    name: 'state media cited without saying whose statement it reports',
    category: 'source policy',
    edits: [{ file: 'claims.yaml', find: /- \{source: tass-2020-08-16-lukashenko-rally-give-away-country, statementOf: lukashenko\}/, replace: '- tass-2020-08-16-lukashenko-rally-give-away-country' }],
    expect: { code: 'StateMediaUnmarked', file: 'data/claims.yaml', line: 'edit', item: 'leaders-blame-nato', field: 'evidence[1].sources[3]', says: [/cites state media \(`tass-2020-08-16-lukashenko-rally-give-away-country`, TASS\)/, /statementOf: <actor id>/] },
  },
  {
    name: 'a copy whose publisher is the site that republished it, not the original',
    category: 'source policy',
    edits: [{ file: 'sources.yaml', find: within('afp-2020-08-17-historic-rally-lukashenko-stay', '  publisher: AFP\n'), replace: '  publisher: Yahoo News (Canada)\n' }],
    expect: { code: 'ViaWithoutOriginal', file: 'data/sources.yaml', line: 'any', item: 'afp-2020-08-17-historic-rally-lukashenko-stay', field: 'via.publisher', says: [/is a copy, but its publisher and the site that republished it are both "Yahoo News \(Canada\)"/] },
  },

  // Time: what the article could know ----------------------------------------------------------------
  {
    name: 'an event the article mentions, dated after the article',
    category: 'time',
    edits: [{ file: 'timeline.yaml', find: within('election-day', '  date: 2020-08-09\n'), replace: '  date: 2021-08-09\n' }],
    expect: { code: 'MentionedAfterPublication', file: 'data/timeline.yaml', line: 'edit', item: 'election-day', field: 'date', says: [/is marked `mentioned` but dated 2021-08-09, after the article's publication window \(which ends 2020-08-18\)/] },
  },
  {
    name: 'hindsight dated before the article',
    category: 'time',
    edits: [{ file: 'timeline.yaml', find: within('second-sunday-march', '  date: 2020-08-23\n'), replace: '  date: 2020-08-02\n' }],
    expect: { code: 'HindsightBeforePublication', file: 'data/timeline.yaml', line: 'edit', item: 'second-sunday-march', field: 'date', says: [/is marked `hindsight` but dated 2020-08-02, before the article's publication window \(which starts 2020-08-17\)/] },
  },
  {
    name: 'hindsight that rests only on sources from before the article',
    category: 'time',
    edits: [{ file: 'claims.yaml', find: '        - moscowtimes-2020-09-01-white-house-respect-sovereignty\n        - reuters-2020-08-31-russia-respect-sovereignty-white-house\n        - washexaminer-2020-09-biegun-substantial-consequences\n', replace: '        - bbc-2014-03-17-eu-us-impose-sanctions-over-crimea\n' }],
    expect: { code: 'HindsightSourceTooEarly', file: 'data/claims.yaml', line: 'any', item: 'sanctions-pledge', field: 'evidence[1].sources', says: [/none of its sources \(`bbc-2014-03-17-eu-us-impose-sanctions-over-crimea`\) dates from 2020-08-17 or later/] },
  },

  // Text people read --------------------------------------------------------------------------------
  {
    name: 'an authoring note left in shown text',
    category: 'shown text',
    edits: [{ file: 'claims.yaml', find: within('sanctions-pledge', '  paraphrase: >-\n'), replace: '  paraphrase: >-\n    TODO tighten this.\n' }],
    expect: { code: 'AuthoringMarker', file: 'data/claims.yaml', line: 'any', item: 'sanctions-pledge', field: 'paraphrase', says: [/holds an authoring note \("TODO"\)/] },
  },
  {
    name: 'a raw content id where a reader expects words',
    category: 'shown text',
    edits: [{ file: 'actors.yaml', find: within('poland', '  description: >-\n'), replace: '  description: >-\n    See baltic-states.\n' }],
    expect: { code: 'RawIdInText', file: 'data/actors.yaml', line: 'any', item: 'poland', field: 'description', says: [/id `baltic-states` where a reader expects words/, /Write it in words/] },
  },
  {
    name: 'HTML in a citation\'s locator',
    category: 'html',
    edits: [{ file: 'glossary.yaml', find: '    - wikipedia-csto\n    - economist-2022-01-06-what-is-csto\n', replace: '    - wikipedia-csto\n    - { source: economist-2022-01-06-what-is-csto, locator: \'<b>para 2</b>\' }\n' }],
    expect: { code: 'SchemaMismatch', file: 'data/glossary.yaml', line: 'edit', item: 'csto', field: 'sources[1].locator', says: [/must be plain text: HTML tags are not allowed/] },
  },
]
