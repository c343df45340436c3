import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'
import { isNationEpithet, isNationPhrase } from './nation-epithets.ts'

/** The speaker (or reason for none) of the statement whose content starts with `opening`. */
function speakerOf(text: string, opening: string): string | undefined {
  const { statements } = analyze(text)
  const found = statements.find((statement) => text.slice(statement.content.start).startsWith(opening))
  return found ? (found.speaker ?? `null:${found.speakerReason}`) : undefined
}

describe('words that name one person by nation', () => {
  it.each([
    ['Scot', true],
    ['Welshman', true],
    ['Spaniard', true],
    ['American', true],
    ['Kenyan', true],
    ['French', false],
    ['Chinese', false],
    ['Swiss', false],
    ['scot', false],
    ['Leeds', false],
    ['Minister', false],
  ])('%s: %s', (word, expected) => {
    expect(isNationEpithet(word)).toBe(expected)
  })

  it.each([
    ['Scot', true],
    ['Leeds man', true],
    ['New York woman', true],
    ['man', false],
    ['leeds man', false],
    ['Leeds manager', false],
  ])('the phrase %s: %s', (phrase, expected) => {
    expect(isNationPhrase(phrase)).toBe(expected)
  })
})

describe('a nation epithet as a source is the person the passage is about', () => {
  it.each([
    [
      'after the cue',
      'Tom Reed beat Max Hall in straight sets in Leeds on Friday. "I served well all week," said the Scot.',
      'I served well',
      'person:tom-reed',
    ],
    [
      'before the cue',
      'Ann Vale won the 400m in Rome. The American said the track had been fast.',
      'the track',
      'person:ann-vale',
    ],
    [
      'a noun of nation',
      'Gary Pell scored twice for the visitors. "It was a good night," the Welshman added.',
      'It was a good',
      'person:gary-pell',
    ],
    [
      'a place and "man"',
      'Joe Kerrigan has not run since his fall in March. "My knee is still sore," says the Galway man.',
      'My knee',
      'person:joe-kerrigan',
    ],
  ])('%s', (_, text, opening, expected) => {
    expect(speakerOf(text, opening)).toBe(expected)
  })

  it.each([
    [
      'the one person named with that nation',
      'Tom Reed beat Frenchman Luc Abel in Rome on Friday. Reed now meets Max Hall. "I was too slow," said the Frenchman.',
      'I was too slow',
      'person:luc-abel',
    ],
    [
      'not a person the text gave another nation',
      'Kenyan Sam Kibet won the race ahead of Tom Reed. "I ran a poor last lap," said the Scot.',
      'I ran a poor',
      'person:tom-reed',
    ],
    [
      'another noun for the same nation',
      'Scot Ian Moss lost to Ben Cole in Derby. "I felt tired," said the Scotsman.',
      'I felt tired',
      'person:ian-moss',
    ],
    [
      'a Briton for a person named as English',
      'Englishman Rob Dean beat Sam Ford on Sunday. "My legs held up," said the Briton.',
      'My legs held',
      'person:rob-dean',
    ],
    [
      'a nation noun before the name, which the actors split off',
      'Ben Cole edged Dane Lars Holm in Derby. "I made too many errors," said the Dane.',
      'I made too many',
      'person:lars-holm',
    ],
    [
      'no one when two people share that nation',
      'Frenchmen are rare here, but Frenchman Luc Abel and Frenchman Guy Borel both lost to Tom Reed. "It was hard," said the Frenchman.',
      'It was hard',
      'null:unresolved',
    ],
  ])('%s', (_, text, opening, expected) => {
    expect(speakerOf(text, opening)).toBe(expected)
  })

  it('is no one named when the text brought in an unnamed person with that noun', () => {
    const text =
      'Ed Lund opened the new bridge on Monday. A Galway man was the first to cross. "It is very solid," said the Galway man.'
    expect(speakerOf(text, 'It is very')).not.toBe('person:ed-lund')
  })
})
