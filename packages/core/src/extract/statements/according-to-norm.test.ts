import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'
import { parseArticle } from '../../parse/index.ts'
import { findDrafts } from './index.ts'
import { shippedModel } from './model.ts'

/** The contents of the statements analyze finds whose cue is "according to" (any case) in a one-line body. */
function accordingContents(body: string): string[] {
  const text = `Notes\n\n${body}`
  return analyze(text)
    .statements.filter((s) => s.cue && /^according to$/i.test(text.slice(s.cue.start, s.cue.end)))
    .map((s) => text.slice(s.content.start, s.content.end))
}

describe('followsANorm', () => {
  // [case, body, contents of the "according to" statements]
  const cases: Array<[string, string, string[]]> = [
    ['a wish, "in line with"', 'There will be no wake, according to her wishes.', []],
    ['the wishes of someone', 'The match was moved, according to the wishes of the club.', []],
    ['a tradition', 'According to tradition, the mayor lights the first lamp.', []],
    ['a need', 'Grants are shared according to need, and most go north.', []],
    ['a bare plan', 'The launch went according to plan.', []],
    ['a verb of conduct before it', 'The crews work and live according to an old set of rules.', []],
    ['a code followed', 'The two gangs operate according to a harsh code.', []],
    [
      'a comma after the verb leaves a source',
      'The new fund will operate, according to the broker.',
      ['The new fund will operate'],
    ],
    [
      'a plan with its article gives what it says',
      'According to the plan, 500 posts will go.',
      ['500 posts will go'],
    ],
    ['a person', 'The mill will close in May, according to its owner.', ['The mill will close in May']],
    ['a person who wishes', 'According to her lawyer, Ann Vale will appeal.', ['Ann Vale will appeal']],
    ['people in need', 'According to families in need, the shelter is full.', ['the shelter is full']],
    [
      'the customs agency',
      'Two tonnes of rice were held, according to customs.',
      ['Two tonnes of rice were held'],
    ],
  ]
  it.each(cases)('%s', (_case, body, expected) => {
    expect(accordingContents(body)).toEqual(expected)
  })
})

describe("reach 'all' keeps what a norm or a study is said to give, as PolNeAR may annotate it", () => {
  // [case, text]
  const cases: Array<[string, string]> = [
    ['a wish', 'There will be no wake, according to her wishes.'],
    ['earlier studies', 'Many patients wait too long, according to earlier studies.'],
  ]
  it.each(cases)('%s', (_case, text) => {
    const parsed = parseArticle(text)
    expect(findDrafts(parsed, shippedModel(), 'all')).toHaveLength(1)
    expect(findDrafts(parsed, shippedModel(), 'spoken')).toHaveLength(0)
  })
})
