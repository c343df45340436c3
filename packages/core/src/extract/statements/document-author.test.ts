import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

const lastSpeaker = (text: string) => analyze(text).statements.at(-1)?.speaker ?? null

describe('a writing speaks for whoever the text said made it', () => {
  it.each([
    [
      'Jane Miller wrote a letter to the prime minister. The letter warned that farms would close.',
      'person:jane-miller',
    ],
    ['Tom Reed sent a letter to MPs. The letter says fees must fall.', 'person:tom-reed'],
    [
      'The Dorton Trust published a report on Tuesday. The report said the scheme had failed.',
      'organization:dorton-trust',
    ],
    [
      'The Dorton Trust has issued a statement. The statement said the site would close.',
      'organization:dorton-trust',
    ],
    ["Ann Vale's letter to ministers came on Monday. The letter said farms would close.", 'person:ann-vale'],
    [
      'In a letter to the council, Tom Reed asked for a meeting. The letter also warned that fees would rise.',
      'person:tom-reed',
    ],
    [
      'The Dorton Trust says in a report that farms fail. The report said prices must rise.',
      'organization:dorton-trust',
    ],
    [
      'In a new report, the Dorton Trust says farms fail. Later the report says prices must rise.',
      'organization:dorton-trust',
    ],
  ])('%s → %s', (text, speaker) => {
    expect(lastSpeaker(text)).toBe(speaker)
  })

  it.each([
    // Who read or received a writing did not make it.
    'Tom Reed read a letter from a stranger. The letter said farms would close.',
    'Tom Reed got a letter on Monday. The letter said farms would close.',
  ])('%s → no speaker', (text) => {
    expect(lastSpeaker(text)).toBeNull()
  })
})
