import { describe, expect, it } from 'vitest'
import { spokenStatements } from './speaker-actors.fixture.ts'

/** The speaker (or "none") of the statement whose cue opens with `participle`, or "no statement". */
function speakerOfParticiple(text: string, participle: string): string {
  const found = spokenStatements(text).find((statement) => statement.cue.startsWith(participle))
  return found ? found.speaker : 'no statement'
}

describe('a speech participle right after the object of the verb', () => {
  it.each([
    [
      'the object is a thing: the subject insists',
      'Farm pay\n\nAnn Vale also dismissed the figures insisting that farm incomes had risen.',
      'insisting',
      'Ann Vale',
    ],
    [
      'the participle acts on the object: the subject urges them',
      'Rents\n\nEarlier Ann Vale wrote to all the councils urging them to freeze rents.',
      'urging',
      'Ann Vale',
    ],
  ])('%s', (_, text, participle, speaker) => {
    expect(speakerOfParticiple(text, participle)).toBe(speaker)
  })

  it.each([
    [
      'the object may be the ones speaking (no speaker taken)',
      'Ward cuts\n\nTom Reed thanked the nurses warning that the wards were full.',
      'warning',
      'none',
    ],
    [
      'the object is a writing (the letter urges: no statement of hers)',
      'Farm pay\n\nAnn Vale quoted a letter urging the council to act.',
      'urging',
      'no statement',
    ],
    [
      'a participle that things do is not taken for speech',
      'Farm pay\n\nAnn Vale attacked the figures showing that farm incomes had fallen.',
      'showing',
      'no statement',
    ],
    [
      'words that report the object, itself words',
      'Pay claims\n\nAnn Vale dismissed the comments saying the plan was a mistake.',
      'saying',
      'none',
    ],
  ])('%s: not the subject', (_, text, participle, expected) => {
    expect(speakerOfParticiple(text, participle)).toBe(expected)
  })
})
