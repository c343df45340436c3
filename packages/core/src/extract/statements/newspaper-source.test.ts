import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

const lastSpeaker = (text: string) => analyze(text).statements.at(-1)?.speaker ?? null

describe('"the paper said" is the newspaper named last', () => {
  it.each([
    [
      'Tom Reed sued the Dorton Times after it printed the claims. The newspaper said it was in the public interest.',
      'organization:dorton-times',
    ],
    [
      'In an interview with the Dorton Herald, Ann Vale would not name a date. The paper said she claimed ignorance.',
      'organization:dorton-herald',
    ],
    // A paper someone wrote is that writer's.
    [
      'The Dorton Herald ran the story. Tom Reed wrote a paper on farms. The paper said fees must fall.',
      'person:tom-reed',
    ],
  ])('%s → %s', (text, speaker) => {
    expect(lastSpeaker(text)).toBe(speaker)
  })

  it.each([
    // No newspaper named before it.
    'Ann Vale met farmers on Monday. The newspaper said fees would rise.',
    // A body that is no newspaper.
    'The Dorton Trust met farmers on Monday. The paper said fees would rise.',
  ])('%s → no speaker', (text) => {
    expect(lastSpeaker(text)).toBeNull()
  })
})
