import { describe, expect, it } from 'vitest'
import { isOwnedAgent } from './owned-agent.ts'
import { actor, speakersOf } from './speaker-actors.fixture.ts'

describe('the agent of an owner', () => {
  it.each([
    [['prime', 'minister', "'s", 'spokesman'], true],
    [['prime', 'minister', "'s", 'official', 'spokesman'], true],
    [['tenants', "'", 'lawyer'], true],
    [['mayor', '\u2019s', 'chief', 'aide'], true],
    [['spokesman'], false],
    [["'s", 'spokesman'], false],
    [['party', "'s", 'leader'], false],
    [['firm', "'s", 'very', 'long', 'serving', 'adviser'], false],
  ])('%j: %s', (words, expected) => {
    expect(isOwnedAgent(words)).toBe(expected)
  })
})

describe('a spokesman or lawyer of someone unnamed after a named speaker', () => {
  it.each([
    [
      "the prime minister's spokesman is not the peer quoted before",
      "Pay row\n\nLord Reed said he was not pressed. The prime minister's spokesman said the figures were checked.",
      'anonymous',
    ],
    [
      'an official spokeswoman with a quote is not the man quoted before',
      'Pay row\n\nTom Vale said: "I was misled." The mayor\'s official spokeswoman rejected that, saying: "He saw every paper."',
      'anonymous',
    ],
    [
      "the tenants' lawyer is not the landlord quoted before",
      "Rent row\n\nAnn Hope said the rent was fair. The tenants' lawyer said the rise was illegal.",
      'unresolved',
    ],
  ])('%s', (_, text, reason) => {
    const people = [
      actor(text, 'person:tom-vale', ['Tom Vale']),
      actor(text, 'person:ann-hope', ['Ann Hope']),
    ]
    people.push(actor(text, 'person:reed', ['Lord Reed']))
    const speakers = speakersOf(text, people)
    expect(speakers.length).toBeGreaterThan(1)
    expect(speakers.at(-1)).toBe(reason)
  })

  it('keeps "his spokesman" as the man the pronoun stands for', () => {
    const text = 'Pay row\n\nTom Vale said he was not pressed. His spokesman said the figures were checked.'
    expect(speakersOf(text, [actor(text, 'person:tom-vale', ['Tom Vale'])])).toEqual([
      'person:tom-vale',
      'person:tom-vale',
    ])
  })
})

describe('an agent the text names later by the same words', () => {
  it.each([
    [
      "the family's solicitor is the solicitor named later",
      "Visa row\n\nThe family's solicitor says a second letter was sent. Tom Reed said the letter was lawful.\n\nThe family's solicitor, Ann Hope, has asked whether the letter was legal.",
      ['person:ann-hope', 'person:tom-reed', 'person:ann-hope'],
    ],
    [
      'not a name that follows other words',
      "Visa row\n\nThe family's solicitor says a second letter was sent. Tom Reed said the letter was lawful.\n\nThe family's new solicitor, Ann Hope, has asked whether the letter was legal.",
      ['unresolved', 'person:tom-reed', 'person:ann-hope'],
    ],
  ])('%s', (_, text, expected) => {
    const people = [
      actor(text, 'person:ann-hope', ['Ann Hope']),
      actor(text, 'person:tom-reed', ['Tom Reed']),
    ]
    expect(speakersOf(text, people)).toEqual(expected)
  })
})
