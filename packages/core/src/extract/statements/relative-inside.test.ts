import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { relativeHoldingSource } from './relative-inside.ts'

/** The word at the relative pronoun found for `source` before `cue` (first places in `text`), what was said after. */
function holder(text: string, source: string, cue: string): string | undefined {
  const parsed = parseArticle(text)
  const start = text.indexOf(source)
  const cueAt = text.indexOf(cue, start + source.length)
  const sentence = parsed.sentences.find((s) => s.start <= start && start < s.end)
  const at = relativeHoldingSource(
    parsed.tokens,
    sentence?.start ?? 0,
    { start, end: start + source.length },
    { start: cueAt, end: cueAt + cue.length },
    { start: cueAt + cue.length + 1, end: text.length - 1 },
  )
  return at === undefined ? undefined : /^\w+/.exec(text.slice(at))?.[0]
}

describe('relativeHoldingSource', () => {
  // [case, text, source, cue, relative pronoun found]
  const cases: Array<[string, string, string, string, string | undefined]> = [
    [
      'the last names of a list in a "which" clause',
      'Farms\n\nThe Farm Network, which includes the Soil Trust, Green Acre and the Rural Guild, said rules must change.',
      'Green Acre and the Rural Guild',
      'said',
      'which',
    ],
    [
      'the object of a "which" clause with no comma before it',
      'Air\n\nVexco and Pellcom, the two steel firms which own Tarn Air, welcomed the ruling.',
      'own Tarn Air',
      'welcomed',
      'which',
    ],
    [
      'a name met in a "who" clause',
      'Plan\n\nAnn Lee, who met Tom Reed in May, said the plan failed.',
      'Tom Reed in May',
      'said',
      'who',
    ],
    [
      'a source that opens with "who" after a noun',
      'Plan\n\nThe man who hit Tom Reed said he was sorry.',
      'who hit Tom Reed',
      'said',
      'who',
    ],
    [
      'the subject of a "which" clause that reports what it says',
      'Plan\n\nThe Tories back a plan which the party says would save money.',
      'the party',
      'says',
      undefined,
    ],
    [
      'a clause closed by a comma before the name',
      'Plan\n\nIn a report which came out on Monday, Tom Reed said the plan failed.',
      'Tom Reed',
      'said',
      undefined,
    ],
    [
      'a cue that does not follow the source',
      'Plan\n\nAnn Lee, who met Tom Reed in May, later said the plan failed.',
      'Tom Reed',
      'said',
      undefined,
    ],
    [
      'no relative pronoun',
      'Plan\n\nThe union in Leeds and York said the deal was unfair.',
      'Leeds and York',
      'said',
      undefined,
    ],
    [
      'a relative pronoun in another sentence',
      'Plan\n\nThe firm which owns Vexco grew. Tom Reed said the plan failed.',
      'Tom Reed',
      'said',
      undefined,
    ],
    [
      'a relative pronoun beyond a quote',
      'Plan\n\nThe firm "which we own" Tom Reed said was sold.',
      'Tom Reed',
      'said',
      undefined,
    ],
  ]
  it.each(cases)('%s', (_, text, source, cue, expected) => {
    expect(holder(text, source, cue)).toBe(expected)
  })

  it('reads no relative pronoun when what was said comes before the cue', () => {
    const text = 'Plan\n\nThe mill, which Ann Lee owns, will shut, Tom Reed said.'
    const parsed = parseArticle(text)
    const start = text.indexOf('Tom Reed')
    const cueAt = text.indexOf('said')
    const found = relativeHoldingSource(
      parsed.tokens,
      0,
      { start, end: start + 8 },
      { start: cueAt, end: cueAt + 4 },
      { start: 6, end: start - 2 },
    )
    expect(found).toBeUndefined()
  })

  // No duration is compared (quadratic work here runs for hours and fails by the suite's time limit). The walk back
  // is bounded, so a list longer than its reach finds no relative pronoun.
  it('reads a long run of commas and names in a "which" clause', () => {
    const text = `Plan\n\nThe body, which ${'Ann Lee, '.repeat(50_000)}and Tom Reed, said it failed.`
    expect(holder(text, 'Tom Reed', 'said')).toBeUndefined()
  })
})
