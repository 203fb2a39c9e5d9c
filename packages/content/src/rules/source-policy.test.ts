/** The rules of the source policy, each on the fixture broken one way. */
import { describe, expect, it } from 'vitest'
import { runRule } from '../../test/fixture.ts'
import { blockedDomains } from './blocked-domains.ts'
import { hindsightSources } from './hindsight-sources.ts'
import { publicationTime } from './publication-time.ts'
import { referenceAlone } from './reference-alone.ts'
import { stateMedia } from './state-media.ts'
import { verdictSources } from './verdict-sources.ts'
import { viaCopies } from './via-copies.ts'

describe('the source policy', () => {
  it.each([blockedDomains, verdictSources, referenceAlone, stateMedia, viaCopies, publicationTime, hindsightSources])('passes the valid fixture (%o)', (rule) => {
    expect(runRule(rule)).toEqual([])
  })

  it('blockedDomains: refuses a source on a listed site, or a subdomain of one, with the policy\'s reason', () => {
    expect(runRule(blockedDomains, ['sources.yaml', 'https://news.example.org/event', 'https://www.farm.example.com/event'])).toEqual([
      expect.objectContaining({ code: 'BlockedDomain', collection: 'sources', item: 'event-report', field: 'url', message: '`www.farm.example.com` is on the source policy\'s list of sites never cited (content-farm).', hint: expect.stringMatching(/^Copies other sites' stories\./) }),
    ])
  })

  it('verdictSources: a checkable verdict needs an official or news source', () => {
    const problems = runRule(verdictSources, ['sources.yaml', 'publisher: Ministry of Finance of Country A\n  type: official', 'publisher: Ministry of Finance of Country A\n  type: analysis'])
    expect(problems).toEqual([expect.objectContaining({ code: 'VerdictSourceType', item: 'army-grown', field: 'verdict.sources', message: 'a `supported` verdict cites no official or news source.' })])
    // An unverified verdict claims nothing the record must bear out.
    expect(runRule(verdictSources, ['sources.yaml', 'publisher: Ministry of Finance of Country A\n  type: official', 'publisher: Ministry of Finance of Country A\n  type: analysis'], ['claims.yaml', 'rating: supported', 'rating: unverified'])).toEqual([])
  })

  it('referenceAlone: an encyclopedia is never the only source', () => {
    expect(runRule(referenceAlone, ['glossary.yaml', 'sources: [dictionary, army-budget]', 'sources: [dictionary]'])).toEqual([
      expect.objectContaining({ code: 'ReferenceOnly', item: 'army', field: 'sources', message: 'cites only reference works (`dictionary`).' }),
    ])
  })

  it('stateMedia: state media only as a government\'s statement, marked with statementOf', () => {
    expect(runRule(stateMedia, ['claims.yaml', '{source: state-paper, statementOf: rival}', 'state-paper'])).toEqual([
      expect.objectContaining({ code: 'StateMediaUnmarked', item: 'army-grown', field: 'verdict.sources[1]', hint: expect.stringContaining('{source: state-paper, statementOf: <actor id>}') }),
    ])
  })

  it('viaCopies: a copy names its original as publisher', () => {
    expect(runRule(viaCopies, ['sources.yaml', '    publisher: Example Reprints', '    publisher: Example Wire'])).toEqual([
      expect.objectContaining({ code: 'ViaWithoutOriginal', item: 'army-budget', field: 'via.publisher' }),
    ])
  })

  it('publicationTime: what the article mentions is not dated after it; hindsight not before it', () => {
    expect(runRule(publicationTime, ['timeline.yaml', 'date: 2019-03-01\n  endDate: 2019-03-05', 'date: 2021-03-01\n  endDate: 2021-03-05'])).toEqual([
      expect.objectContaining({ code: 'MentionedAfterPublication', item: 'army-expands', field: 'date', message: 'is marked `context` but dated 2021-03-01, after the article\'s publication window (which ends 2020-08-17).' }),
    ])
    expect(runRule(publicationTime, ['timeline.yaml', 'relation: context', 'relation: hindsight'])).toEqual([
      expect.objectContaining({ code: 'HindsightBeforePublication', item: 'army-expands', field: 'date' }),
    ])
  })

  it('hindsightSources: hindsight evidence cites a source from the article\'s time or later', () => {
    const evidence = '  argument:\n    role: supports\n    of: warn-now\n- id: border-test'
    const withHindsight = (source: string) => `  evidence:\n    - kind: hindsight\n      summary: Later, the army shrank.\n      sources: [${source}]\n${evidence}`
    expect(runRule(hindsightSources, ['claims.yaml', evidence, withHindsight('event-report')])).toEqual([
      expect.objectContaining({ code: 'HindsightSourceTooEarly', item: 'army-grown', field: 'evidence[0].sources', message: 'is marked hindsight, but none of its sources (`event-report`) dates from 2020-08-17 or later.' }),
    ])
    expect(runRule(hindsightSources, ['claims.yaml', evidence, withHindsight('analyst-essay')])).toEqual([])
  })
})
