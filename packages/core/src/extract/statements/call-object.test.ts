import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The cues and contents analyze finds in a text, as written. */
const found = (text: string) =>
  analyze(text).statements.map((statement) => ({
    cue: statement.cue ? text.slice(statement.cue.start, statement.cue.end) : '',
    content: text.slice(statement.content.start, statement.content.end),
  }))

describe('callsOnlyItsObject', () => {
  // [case, text]: a call or a name given, no words reported
  const calls: Array<[string, string]> = [
    ['a telephone call', 'Mrs Dale called the fire brigade.'],
    ['a possessive before the object', 'Later she called her accountant, and he came round.'],
    ['a gerund after the object', 'The paper called the town council asking for figures.'],
    ['an adverb after the object', 'The premier called the union leader back to his office.'],
    ['a clause of time after the object', 'Mr Dale called the police while on his way home.'],
    ['"when" after the object', 'Ann Lee called the fire brigade when she saw the smoke.'],
    ['a name given to the noun before', 'Small cheap satellites, called cubesats, are now common.'],
    ['a name given, then the verb', 'A worm called Zorbix is spreading fast.'],
    ['a passive name', 'The new format is called ultra-definition.'],
    ['a name taken for oneself', 'Their leader calls himself Captain Vale.'],
    ['a group names itself, then goes on', 'The two coders called themselves Grey Owl and sold tools.'],
  ]
  it.each(calls)('%s', (_, text) => {
    expect(found(text).filter((statement) => /call/i.test(statement.cue))).toEqual([])
  })

  // [case, text, content kept]: a judgement or a request
  const judged: Array<[string, string, string]> = [
    ['an adjective after the object', 'Ms Ogden called the tax unfair.', 'the tax unfair'],
    ['a second noun phrase', 'Mr Pell called it a betrayal of voters.', 'it a betrayal of voters'],
    ['"her" as the object', 'Mr Pell called her a coward.', 'her a coward'],
    [
      'a judgement of oneself',
      'The coach called himself a fool for the loss.',
      'himself a fool for the loss',
    ],
    [
      'a prepositional phrase before the judgement',
      'The senator called his vote on the bill a mistake.',
      'his vote on the bill a mistake',
    ],
    [
      'a call for something, a time between',
      'Lord Avery called last week for new rules.',
      'last week for new rules',
    ],
    [
      'a judgement, then a clause of time',
      'Ann Lee called the plan a disgrace when she spoke.',
      'the plan a disgrace when she spoke',
    ],
  ]
  it.each(judged)('%s', (_, text, content) => {
    expect(found(text).map((statement) => statement.content)).toContain(content)
  })
})
