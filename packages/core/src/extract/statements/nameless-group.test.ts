import { describe, expect, it } from 'vitest'
import { isNamelessGroup } from './nameless-group.ts'
import { actor, speakersOf } from './speaker-actors.fixture.ts'

// A source naming only people the text leaves nameless is anonymous, not unresolved (nameless-group.ts).
describe('a source of nameless people or shares of them', () => {
  it.each([
    ['Economists', true],
    ['some senior economists', true],
    ['Many small firms', true],
    ['a number of researchers', true],
    ['some lawyers', true],
    ['Forty per cent of shoppers', true],
    ['63% of voters', true],
    ['More than half (52%) of the parents', true],
    ['one in three drivers', true],
    ['The unnamed woman from Leeds', true],
    // Must not fire: words that point back, names, a person, a body.
    ['the researchers', false],
    ['Researchers', false],
    ['lawyers', false],
    ['their lawyers', false],
    ['Vexco engineers', false],
    ['the economist', false],
    ['the firm', false],
    ['Ann Vale', false],
    ['a few tall old quiet local farmers', false],
  ])('%s → %s', (words, expected) => {
    expect(isNamelessGroup(words)).toBe(expected)
  })

  it.each([
    ['bare plural', 'Economists said the rate would rise in spring.', 'anonymous'],
    ['a share of those polled', 'Forty per cent of shoppers said prices were too high.', 'anonymous'],
    [
      'a definite plural stays unresolved',
      'The researchers said the rate would rise in spring.',
      'unresolved',
    ],
    [
      'a bare plural that may be a named team stays unresolved',
      'Researchers said the rate would rise in spring.',
      'unresolved',
    ],
    ['a named firm keeps its speaker', 'Vexco said the rate would rise in spring.', 'organization:vexco'],
  ])('speaker of "%s"', (_case, text, expected) => {
    expect(speakersOf(text, [actor(text, 'organization:vexco', ['Vexco'])]).at(-1)).toBe(expected)
  })
})
