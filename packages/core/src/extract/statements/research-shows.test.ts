import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

describe('"shows that" after research or a written finding', () => {
  // [text, [cue, content] of the statements kept]
  const cases: Array<[string, string[][]]> = [
    ['The council report shows that bus use has halved.', [['shows', 'that bus use has halved']]],
    [
      'Data released by the regulator shows that fares went up twice.',
      [['shows', 'that fares went up twice']],
    ],
    [
      'A survey by the union showed that most nurses work unpaid overtime.',
      [['showed', 'most nurses work unpaid overtime']],
    ],
    ["The town's audit shows that the pool lost money.", [['shows', 'that the pool lost money']]],
    ['Their survey shows that tenants want repairs.', [['shows', 'that tenants want repairs']]],
    ["The agency's figures show that queues grew.", [['show', 'that queues grew']]],
    ['This shows that the new timetable works.', []],
    ['The figures show that parking fines fell.', []],
    ['The data shows that ticket prices rose.', []],
    ['The wrapping paper shows that it was torn.', []],
    ['The graph shows that demand peaks in winter.', []],
    ['Figures show that house sales slowed.', []],
    ['The council report shows a rise in bus use.', []],
  ]
  it.each(cases)('%s', (text, expected) => {
    const found = analyze(text).statements.map((s) => [
      s.cue ? text.slice(s.cue.start, s.cue.end) : '',
      text.slice(s.content.start, s.content.end),
    ])
    expect(found).toEqual(expected)
  })
})
