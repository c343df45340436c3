import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'
import { lastRead } from './stance-read.fixture.ts'

/** The stance of a short text's last statement as [target, polarity], null for none. */
function lastStance(text: string) {
  const stance = analyze(text).statements.at(-1)?.stance
  return stance ? [stance.target, stance.polarity] : null
}

describe('bodyPronounTargets: "it" as the one body in view', () => {
  it.each([
    // Named earlier in the statement's own sentence.
    [
      'Ken Vale called Labour tired but said it had failed the voters.',
      'organization:labour-party',
      'oppose',
    ],
    // The speaker's own party in the speaker's description is not a reading of "it".
    [
      'Tory MP Ken Vale called Labour tired but said it had failed the voters.',
      'organization:labour-party',
      'oppose',
    ],
  ])('%s → %s %s', (text, target, polarity) => {
    expect(lastStance(text)).toEqual([target, polarity])
  })

  it.each([
    // Two bodies in view: "it" has more than one reading.
    'Ann Vale met Labour and the Green Party but said it had betrayed the farmers.',
    // "They" may take in people no actor names.
    'Ann Vale met the Green Party and the workers but said they had betrayed the farmers.',
    // An empty "it" before a form of "be".
    'Labour met on Monday. Ann Vale said it was a shame that the plan failed.',
    // A pronoun looks no further back than its own sentence.
    'Labour met on Monday. Ken Vale said it had shamefully betrayed the voters.',
    // No body in view at all.
    'Ann Vale said they had betrayed the farmers.',
  ])('%s → no stance', (text) => {
    expect(lastStance(text)).toBeNull()
  })
})

describe('bodyPronounTargets: an empty "it" after a modal', () => {
  it.each([
    'Minister Olav Brandt spoke about Norvik Radio on Monday and said it would be naive to cut the budget.',
    'Minister Olav Brandt spoke about Norvik Radio on Monday and said it might seem foolish to cut the budget.',
  ])('%s → no stance toward the body in view', (text) => {
    expect(lastRead(text)).toMatchObject({ cue: 'said', stance: null })
  })

  it.each([
    // A modal before another verb keeps "it" a body's subject.
    'Minister Olav Brandt spoke about Norvik Radio on Monday and said it had failed its listeners.',
    'Minister Olav Brandt spoke about Norvik Radio on Monday and said it would fail its listeners.',
  ])('%s → oppose the body in view', (text) => {
    expect(lastRead(text).stance).toEqual(['organization:norvik-radio', 'oppose'])
  })
})
