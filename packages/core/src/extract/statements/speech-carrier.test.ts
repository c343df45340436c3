import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { isSpeechCarrier } from './speech-carrier.ts'

describe('a speech or writing a participle hangs on', () => {
  // [text, source words, cue words, whether the source is only the carrier of what was said]
  it.each([
    ['Ivo Drask opened the debate with a speech criticising the plan.', 'a speech', 'criticising', true],
    ['In an open letter urging calm, Ann Vale wrote to the council.', 'an open letter', 'urging', true],
    ['In a section observing the vote, she writes that it failed.', 'section', 'observing', true],
    ['During his address calling for unity, Tom Reed wept.', 'his address', 'calling for', true],
    ['Ivo Drask praised a speech criticising the plan.', 'a speech', 'criticising', false],
    ['Ivo Drask opened the debate with a report warning of cuts.', 'a report', 'warning', false],
    ['In a speech, Tom Reed said the plan had failed.', 'a speech', 'said', false],
    ['With Tom Reed criticising the plan, the vote failed.', 'Tom Reed', 'criticising', false],
  ])('%s', (text, source, cue, expected) => {
    const start = text.indexOf(source)
    const at = text.indexOf(cue, start)
    const found = isSpeechCarrier(
      parseArticle(text),
      { start, end: start + source.length },
      { start: at, end: at + cue.length },
    )
    expect(found).toBe(expected)
  })

  it('stays linear on a long source', () => {
    const source = `${'a '.repeat(100_000)}speech`
    const text = `Tom Reed opened with ${source} criticising the plan.`
    const start = text.indexOf(source)
    const at = text.indexOf('criticising')
    expect(
      isSpeechCarrier(parseArticle(text), { start, end: start + source.length }, { start: at, end: at + 11 }),
    ).toBe(false)
  })
})
