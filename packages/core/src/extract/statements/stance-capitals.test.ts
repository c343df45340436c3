import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The stance of a short text's last statement as [target, polarity], null for none. */
function lastStance(text: string) {
  const statements = analyze(text).statements
  const stance = statements.at(-1)?.stance
  return statements.length === 0 ? undefined : stance ? [stance.target, stance.polarity] : null
}

describe('a capital that stands for its government', () => {
  it.each([
    [
      'The United States imposed tariffs. Beijing accused Washington of interfering in its affairs.',
      'country:united-states',
      'blame',
    ],
    [
      'Iran and the United States held talks. Foreign minister Ali Vaezi said Washington was responsible for the crisis.',
      'country:united-states',
      'blame',
    ],
  ])('%s → %s %s', (text, target, polarity) => {
    expect(lastStance(text)).toEqual([target, polarity])
  })

  it.each([
    // A place after a word that makes it one.
    ['Ann Reed visited the United States. She said the protests in Washington were a disgrace.'],
    // A country the article does not name as an actor is no target.
    ['Foreign minister Ali Vaezi said Washington was responsible for the crisis.'],
  ])('leaves stance out: %s', (text) => {
    expect(lastStance(text)).toBeNull()
  })
})
