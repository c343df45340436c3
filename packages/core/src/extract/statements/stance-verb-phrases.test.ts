import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'
import { parseArticle } from '../../parse/index.ts'
import { buildContext } from './context.ts'
import { namesSomeoneAt } from './stance-verb-phrases.ts'

/** The cue, content and stance of each statement of a short text. */
function statementsOf(text: string) {
  return analyze(text).statements.map((statement) => ({
    cue: statement.cue ? text.slice(statement.cue.start, statement.cue.end) : null,
    content: text.slice(statement.content.start, statement.content.end),
    stance: statement.stance ? [statement.stance.target, statement.stance.polarity] : null,
  }))
}

describe('namesSomeoneAt', () => {
  it.each([
    ['the union backed Ms Vale', 3, true],
    ['the union backed the Greens', 3, true],
    ['the union backed her', 3, true],
    ['the union backed the chancellor', 3, true],
    ['the union backed a Green motion', 3, true],
    ['the union backed the bill', 3, false],
    ['the union backed a motion', 3, false],
    ['the union backed Monday', 3, false],
    ['the union backed them', 3, false],
    ['the man who backed Ms Vale', 4, false],
  ])('"%s" at %i → %s', (text, at, expected) => {
    expect(namesSomeoneAt(buildContext(parseArticle(text)), at)).toBe(expected)
  })
})

describe('stance verb statements', () => {
  it.each([
    [
      'The Greens backed Ruth Gale in the race for mayor.',
      'backed',
      'Ruth Gale in the race for mayor',
      ['person:ruth-gale', 'support'],
    ],
    [
      'Tom Harper endorsed Ruth Gale for the party leadership.',
      'endorsed',
      'Ruth Gale for the party leadership',
      ['person:ruth-gale', 'support'],
    ],
    [
      // A capitalized name that ends in an auxiliary's spelling ("May") is no auxiliary of the idiom.
      'Ruth May paid tribute to Tom Harper at the dinner.',
      'paid tribute to',
      'Tom Harper at the dinner',
      ['person:tom-harper', 'support'],
    ],
    [
      'Former minister Tom Harper gave his support to Ruth Gale.',
      'gave his support to',
      'Ruth Gale',
      ['person:ruth-gale', 'support'],
    ],
    [
      'Former minister Tom Harper threw his weight behind Ruth Gale.',
      'threw his weight behind',
      'Ruth Gale',
      ['person:ruth-gale', 'support'],
    ],
    [
      'Angry councillors turned on Tom Harper after the vote.',
      'turned on',
      'Tom Harper after the vote',
      ['person:tom-harper', 'oppose'],
    ],
  ])('%s', (text, cue, content, stance) => {
    expect(statementsOf(text)[0]).toEqual({ cue, content, stance })
  })

  it.each([
    // A thing for object: a vote cast, no side taken toward anyone.
    'Most councillors backed the bill on housing.',
    // The passive: the one backed stands before the verb.
    'The plan was backed by Ruth Gale.',
    // A date after the verb, not an object.
    'Tom Harper turned on Monday to the matter of rents.',
    // The bare verb: a refusal, or no act at all.
    'Ruth Gale refused to back Tom Harper.',
    // A tribute to a thing.
    'Ruth Gale paid tribute to the volunteers at the dinner.',
  ])('%s → no stance verb statement', (text) => {
    expect(statementsOf(text)).toEqual([])
  })
})
