import type { Rule } from '../context.ts'
import { textFields } from '../collections.ts'
import { isRecord } from '../context.ts'
import { valuesAt } from './references.ts'

/** Collections whose ids people might see typed into text by mistake. */
const named = ['claims', 'perspectives', 'glossary', 'timeline', 'questions', 'lessons', 'materials', 'actors'] as const
/** The article's own words: ids are not looked for in them. */
const verbatim = new Set(['quote', 'articlePhrases'])

/**
 * Text people read never shows a raw content id ("baltic-states", "nato"):
 * it names the item in words. Looks for hyphenated ids, and for acronyms
 * written as their lowercase id (`nato` for NATO). An id that is also a
 * phrase of its own item's text (`counter-op-ed`) is taken as the phrase.
 */
export const rawIds: Rule = (context, report) => {
  const ids = new Map<string, { collection: string, title: string }>()
  for (const name of named) {
    const config = context.registry[name]
    for (const item of context.items[name])
      ids.set(item.value.id, { collection: name, title: config.title(item.value as never) })
  }
  const acronym = (id: string) => /^[A-Z]{2,6}$/.test(ids.get(id)?.title ?? '')
  // An id that its own item's text uses as a word ("counter-op-ed") is read as that word.
  const phrase = (id: string) => new RegExp(`(?:^|[^\\w-])${id}(?:[^\\w-]|$)`, 'i').test(ids.get(id)?.title ?? '')
  const word = /[a-z0-9]+(?:-[a-z0-9]+)*/g
  for (const [name, config] of Object.entries(context.registry)) {
    const fields = textFields(config.schema).filter(path => !verbatim.has(String(path.at(-1))))
    for (const item of context.items[name as keyof typeof context.items]) {
      for (const path of fields) {
        for (const [text, at] of valuesAt(item.value, path)) {
          for (const [token] of text.matchAll(word)) {
            const found = ids.get(token)
            if (found && (token.includes('-') || acronym(token)) && !phrase(token) && !(isRecord(item.value) && item.value.id === token))
              report('RawIdInText', { id: token, noun: context.registry[found.collection as keyof typeof context.registry].noun, title: found.title }, item, ...at)
          }
        }
      }
    }
  }
}
