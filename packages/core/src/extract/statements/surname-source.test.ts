import { describe, expect, it } from 'vitest'
import { actor, speakersOf } from './speaker-actors.fixture.ts'

/** The speaker (or reason) of the last statement, among people given only by their full names. */
const lastSpeaker = (text: string, people: Array<[`person:${string}`, string]>) =>
  speakersOf(
    text,
    people.map(([id, name]) => actor(text, id, [name])),
  ).at(-1)

// A surname the actors stage left unlinked is the one person of the article with that name (surname-source.ts).
describe('a surname names the one person of the article who bears it', () => {
  it.each([
    [
      'one person so named',
      'Ann Vale opened the depot. Later Mrs Vale said it would save money.',
      'person:ann-vale',
    ],
    ['a bare surname', 'Ann Vale opened the depot. Later Vale said it would save money.', 'person:ann-vale'],
    [
      'two people so named: no one',
      'Ann Vale and Tom Vale opened the depot. Later Mr Vale said it would save money.',
      'unresolved',
    ],
    [
      'a title of the other gender: no one',
      'Ann Vale opened the depot. Later Mr Vale said it would save money.',
      'unresolved',
    ],
    [
      'no one so named: no one',
      'Ann Reed opened the depot. Later Mrs Vale said it would save money.',
      'unresolved',
    ],
  ])('%s', (_case, text, expected) => {
    const people: Array<[`person:${string}`, string]> = [
      ['person:ann-vale', 'Ann Vale'],
      ['person:tom-vale', 'Tom Vale'],
      ['person:ann-reed', 'Ann Reed'],
    ]
    expect(
      lastSpeaker(
        text,
        people.filter(([, name]) => text.includes(name)),
      ),
    ).toBe(expected)
  })
})
