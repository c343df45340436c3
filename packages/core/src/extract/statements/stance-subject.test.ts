import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The stances of a short text's statements as [target, polarity], null for none. */
function stances(text: string) {
  return analyze(text).statements.map((statement) =>
    statement.stance ? [statement.stance.target, statement.stance.polarity] : null,
  )
}

describe('a pronoun that opens the content', () => {
  it.each([
    // The pronoun stands for the person named last before it, who is not the speaker.
    [
      'Mr Tom Reed refused to resign. But Mrs Ann Vale said Mr Reed was in a privileged position and said he should apologise in person.',
      'person:tom-reed',
      'demand',
    ],
    ['Mr Tom Reed spoke on Monday. The Greens said he had misled voters.', 'person:tom-reed', 'blame'],
  ])('%s → %s %s', (text, target, polarity) => {
    expect(stances(text).at(-1)).toEqual([target, polarity])
  })

  it.each([
    // "X said he …" is X: a pronoun whose nearest name is the speaker is left alone, and so is the speaker.
    ['Mr Tom Reed met Mr Jim Hale. Mr Hale said he had misled voters.'],
    ['Mr Tom Reed met Mr Jim Hale. Mr Hale said he should apologise.'],
    // "it" is as often a thing as an actor.
    ['The Vale Party launched its plans. Mrs Ann Vale said it had misled voters.'],
  ])('leaves stance out: %s', (text) => {
    const found = stances(text)
    expect(found.length).toBeGreaterThan(0)
    expect(found.at(-1)).toBeNull()
  })
})
