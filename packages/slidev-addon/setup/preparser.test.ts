import { escapeMarkdown, lessonSchedule, vueMarkdownText } from '@kit/content'
import { loadContent } from '@kit/content/node'
import { describe, expect, it } from 'vitest'
import setup, { activityNote } from './preparser.ts'

const content = loadContent()
const plan = content.lessons.find(l => l.id === 'single-period')!
const questions = new Map(content.questions.map(q => [q.id, q]))

describe('lesson preparser', () => {
  it('writes the timing, the teacher steps and question guidance as notes', () => {
    const discussion = plan.activities.find(a => a.questions.length > 0)!
    const note = activityNote(plan, discussion, questions)
    const slot = lessonSchedule(plan.activities)[plan.activities.indexOf(discussion)]!
    expect(note).toContain(`**${discussion.minutes} minutes** (minute ${slot.work}–${slot.end} of ${plan.totalMinutes}`)
    if (discussion.ifShort)
      expect(note).toContain(`*Running late:* ${escapeMarkdown(discussion.ifShort)}`)
    expect(note).toContain(`1. ${escapeMarkdown(discussion.teacher[0]!)}`)
    expect(note).toContain(escapeMarkdown(questions.get(discussion.questions[0]!)!.prompt))
  })

  it('adds the title, the notes and the presenter timer for activity slides', async () => {
    const [extension] = await setup({ filepath: 'slides.md', headmatter: { kitLesson: 'single-period' } })
    const lines = ['---', 'title: x', '---']
    await extension!.transformRawLines!(lines)
    expect(lines.slice(1, 3)).toEqual([`duration: ${plan.totalMinutes}min`, 'timer: countdown'])
    const first = plan.activities[0]!
    expect(await extension!.transformSlide!('body', { activity: first.id })).toBe(`# ${vueMarkdownText(first.title)}\n\nbody`)
    expect(await extension!.transformNote!('mine', { activity: first.id })).toMatch(/minutes[\s\S]*\n\nmine$/)
    expect(await extension!.transformSlide!('body', {})).toBeUndefined()
  })

  it('keeps content text from being read as markdown, HTML or a Vue expression', async () => {
    const [extension] = await setup({ filepath: 'slides.md', headmatter: { kitLesson: 'single-period' } })
    const first = plan.activities[0]!
    const slide = await extension!.transformSlide!('body', { activity: first.id })
    expect(slide).toMatch(/^# <span v-pre>/)
    const step = '{{ 7*7 }} <img src=x onerror=alert(1) **bold** [x](javascript:alert(1)) &lt;b&gt;'
    const note = activityNote(plan, { ...first, teacher: [step] }, questions)
    expect(note).toContain('1. \\{\\{ 7\\*7 \\}\\} \\<img src=x onerror=alert\\(1\\) \\*\\*bold\\*\\* \\[x\\]\\(javascript:alert\\(1\\)\\) \\&lt;b\\&gt;')
  })

  it('trusts the deck scan: an unknown activity or lesson is left alone (the scan reports it with its line)', async () => {
    const [extension] = await setup({ filepath: 'slides.md', headmatter: { kitLesson: 'single-period' } })
    expect(await extension!.transformSlide!('body', { activity: 'warmup' })).toBeUndefined()
    const [unknown] = await setup({ filepath: 'slides.md', headmatter: { kitLesson: 'nope' } })
    expect(await unknown!.transformSlide!('body', { activity: plan.activities[0]!.id })).toBeUndefined()
  })

  it('counts the presenter timer down from a deck\'s own duration, unless the deck sets a timer', async () => {
    const [timed] = await setup({ filepath: 'slides.md', headmatter: { duration: '15min' } })
    const lines = ['---', 'duration: 15min', '---']
    await timed!.transformRawLines!(lines)
    expect(lines).toEqual(['---', 'timer: countdown', 'duration: 15min', '---'])
    const [stopwatch] = await setup({ filepath: 'slides.md', headmatter: { duration: '15min', timer: 'stopwatch' } })
    const own = ['---', 'duration: 15min', 'timer: stopwatch', '---']
    await stopwatch!.transformRawLines!(own)
    expect(own).toEqual(['---', 'duration: 15min', 'timer: stopwatch', '---'])
  })

  it('adds no lesson title, notes or timer to decks without a lesson', async () => {
    const [extension] = await setup({ filepath: 'slides.md', headmatter: {} })
    const lines = ['---', 'title: x', '---']
    await extension!.transformRawLines!(lines)
    expect(lines).toEqual(['---', 'title: x', '---'])
    expect(await extension!.transformSlide!('body', { activity: plan.activities[0]!.id })).toBeUndefined()
    expect(await extension!.transformNote!('mine', {})).toBe('mine')
  })
})
