import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The stance of a short text's last statement as [target, polarity], null for none. */
function lastStance(text: string) {
  const statements = analyze(text).statements
  const stance = statements.at(-1)?.stance
  return statements.length === 0 ? undefined : stance ? [stance.target, stance.polarity] : null
}

describe('the country an article is set in', () => {
  it.each([
    // Its own people speak of it as where they live.
    ['Britain voted on Monday. Jane Doe said Britain would be isolated and weak.'],
    ['Britain voted on Monday. Jane Doe said the law was giving Britain a bad name.'],
  ])('leaves stance out: %s', (text) => {
    expect(lastStance(text)).toBeNull()
  })

  it.each([
    // Another country is judged as before.
    [
      'Britain voted on Monday. Britain and France met. Jane Doe said France had been reckless.',
      'country:france',
      'oppose',
    ],
    // A speaker of another country judges the home country.
    [
      'Britain voted on Monday. French minister Jean Ray said Britain had been reckless.',
      'country:united-kingdom',
      'oppose',
    ],
  ])('%s → %s %s', (text, target, polarity) => {
    expect(lastStance(text)).toEqual([target, polarity])
  })
})
