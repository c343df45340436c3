import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'
import { criticismAt } from './criticism-cues.ts'

/** The cue, content and stance of each statement of a short text. */
function statementsOf(text: string) {
  return analyze(text).statements.map((statement) => ({
    cue: statement.cue ? text.slice(statement.cue.start, statement.cue.end) : null,
    content: text.slice(statement.content.start, statement.content.end),
    stance: statement.stance ? [statement.stance.target, statement.stance.polarity] : null,
  }))
}

describe('criticismAt', () => {
  it.each([
    ['they hit out at labour', 1, 3, 'oppose'],
    ['she lashed out at critics', 1, 3, 'oppose'],
    ['unions rounded on the minister', 1, 2, 'oppose'],
    ['critics poured scorn on the plan', 1, 3, 'oppose'],
    ['he took aim at rivals', 1, 3, 'oppose'],
    ['she railed against the tax', 1, 2, 'oppose'],
    ['he harangued the referee', 1, 1, 'oppose'],
    ['she joined the calls for him to go', 1, 4, 'demand'],
    ['they joined calls for an inquiry', 1, 3, 'demand'],
  ])('"%s" at %i → %i words, %s', (text, at, length, polarity) => {
    const words = text.split(' ')
    expect(criticismAt((t) => words[t], at)).toEqual({ length, polarity })
  })

  it.each([
    // Nouns that look like the verbs: a round of a match, a harangue given.
    ['plays in the second round on tuesday', 3],
    ['his harangues that veer between topics', 1],
    ['he hit the ball out at last', 1],
  ])('"%s" at %i → none', (text, at) => {
    const words = text.split(' ')
    expect(criticismAt((t) => words[t], at)).toBeUndefined()
  })
})

describe('criticism statements', () => {
  it.each([
    [
      'Labour leader Tom Harper has hit out at the Conservatives over plans to close rural bus routes.',
      'has hit out at',
      'the Conservatives over plans to close rural bus routes',
      ['organization:conservative-party', 'oppose'],
    ],
    [
      'The Greens lashed out at Labour, saying its housing plans would fail young families.',
      'lashed out at',
      'Labour',
      ['organization:labour-party', 'oppose'],
    ],
    [
      'Senator Ann Vale railed against Tom Harper at a rally in Leeds.',
      'railed against',
      'Tom Harper at a rally in Leeds',
      ['person:tom-harper', 'oppose'],
    ],
    [
      // Its auxiliaries belong to the cue; the words given after the object are not part of it.
      'Unions have hit out at the decision saying more than 1,000 workers will lose their jobs.',
      'have hit out at',
      'the decision',
      null,
    ],
    [
      'Shadow health secretary Anna Reed poured scorn on the figures.',
      'poured scorn on',
      'the figures',
      null,
    ],
  ])('%s', (text, cue, content, stance) => {
    expect(statementsOf(text)[0]).toEqual({ cue, content, stance })
  })

  it.each([
    // The object comes before the idiom: no content after it to report.
    'Jane Doe was part of the establishment that Tom Harper rails against.',
    // A round of a contest, not a rounding on someone.
    'Jane Doe plays in the second round on Tuesday.',
  ])('%s → no criticism statement', (text) => {
    expect(statementsOf(text).map((statement) => statement.cue)).toEqual([])
  })
})
