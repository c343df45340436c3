import { describe, expect, it } from 'vitest'
import { actor, speakersOf } from './speaker-actors.fixture.ts'

/** The speakers found for a text whose lower-case "he" the actors stage linked to `linked`. */
function speakers(text: string, linked: 'person:tom-vale' | 'person:ed-cole') {
  const vale = linked === 'person:tom-vale' ? [['he', 'pronoun'] as ['he', 'pronoun']] : []
  const cole = linked === 'person:ed-cole' ? [['he', 'pronoun'] as ['he', 'pronoun']] : []
  return speakersOf(text, [
    actor(text, 'person:tom-vale', ['Tom Vale', 'Mr Vale'], vale),
    actor(text, 'person:ed-cole', ['Ed Cole'], cole),
  ])
}

// A "he" that is no statement's source still says whom the text is talking about ("In his speech, he set out …").
describe('a linked pronoun as evidence of whom the text is about', () => {
  it.each([
    [
      'outweighs a speaker from paragraphs before',
      "Budget row\n\nTom Vale opened the debate on Mr Vale's budget, Mr Vale's third. Critic Ed Cole said the plan was a gamble.\n\nMr Vale's plan was met with cheers. In his speech, he set out a ten-year plan for schools. It includes money for nurses. He also promised new roads.",
      'person:tom-vale',
      ['person:ed-cole', 'person:tom-vale'],
    ],
    [
      'keeps the last speaker when the pronoun stands for him',
      "Budget row\n\nTom Vale opened the debate on Mr Vale's budget, Mr Vale's third. Critic Ed Cole said the plan was a gamble.\n\nMr Vale's plan was met with boos. In a note, he set out his doubts on schools. It includes a call for nurses. He also promised a fight.",
      'person:ed-cole',
      ['person:ed-cole', 'person:ed-cole'],
    ],
  ] as Array<[string, string, 'person:tom-vale' | 'person:ed-cole', string[]]>)(
    '%s',
    (_case, text, linked, expected) => {
      expect(speakers(text, linked)).toEqual(expected)
    },
  )
})
