/**
 * What a component use must put on its slide, worked out from the content
 * with the same selectors the components use.
 */
import type { ContentIndex } from '@kit/content'
import type { ComponentUse } from '@kit/slidev-addon/node'
import { selectClaims, selectEvents, selectPerspectives, selectQuestions } from '@kit/slidev-addon'

export function expectedText(index: ContentIndex, use: ComponentUse): string[] {
  const attrs = use.effective
  const lesson = typeof attrs.lesson === 'string' ? index.lessons.get(attrs.lesson) : undefined
  const activity = lesson?.activities.find(a => a.id === attrs.activity)
  const terms = () => {
    const ids = typeof attrs.ids === 'string' ? attrs.ids.split(',') : activity?.terms ?? []
    return ids.map(id => index.glossary.get(id.trim()).term)
  }
  switch (use.name) {
    case 'ClaimCard': return [index.claims.get(String(attrs.id)).quote]
    case 'ClaimList': return selectClaims(index, attrs).map(c => c.quote)
    case 'TimelineStrip': return selectEvents(index, attrs).map(e => e.title)
    case 'Term': return [typeof attrs.text === 'string' ? attrs.text : index.glossary.get(String(attrs.id)).term]
    case 'Glossary': return terms()
    case 'Perspectives': return selectPerspectives(index, attrs).map(p => p.title)
    case 'Questions': return selectQuestions(index, attrs).map(q => q.prompt)
    case 'LessonActivity': return [activity!.title, activity!.students]
    case 'LessonOverview': return [lesson!.title]
    case 'ExitTicket': return [index.lessons.get(String(attrs.lesson)).assessment.exitTicket.prompt]
    case 'SourceFooter': return [index.article.outlet.status === 'unknown' ? 'Source' : index.article.outlet.value]
    case 'BelarusMap': return ['Suwałki Gap']
    default: throw new Error(`no expectation for <${use.name}>`)
  }
}
