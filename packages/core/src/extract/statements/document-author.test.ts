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
    // The maker named before the noun: "a Dorton Trust report", "the annual Dorton Trust survey".
    [
      'Farms are failing, says a Dorton Trust report. Tom Reed, a farmer, said prices were low. Prices must rise, the report said.',
      'organization:dorton-trust',
    ],
    [
      'The annual Dorton Trust survey came out on Monday. The survey found that rents had risen.',
      'organization:dorton-trust',
    ],
    // … or after "by" and the words that describe it: "a study by think tank Dorton Trust".
    [
      'Rents rose, according to a study by think tank Dorton Trust. Tom Reed, a landlord, said prices were fair. The study said wages fell.',
      'organization:dorton-trust',
    ],
  ])('%s → %s', (text, speaker) => {
    expect(lastSpeaker(text)).toBe(speaker)
  })

  it.each([
    // Who read or received a writing did not make it.
    'Tom Reed read a letter from a stranger. The letter said farms would close.',
    'Tom Reed got a letter on Monday. The letter said farms would close.',
    // A name that ends the clause before "the report" is no maker of it.
    'Tom Reed said the report was late. The report said farms would close.',
    // A place before the noun says where the writing is from or about, not who made it.
    'A Portugal report came out on Monday. The report said farms would close.',
    // "by" and a time is no maker: the name after the time is someone the writing speaks of.
    'A report by next week in Dorton was promised. The report says Tom Reed erred.',
  ])('%s → no speaker', (text) => {
    expect(lastSpeaker(text)).toBeNull()
  })
})
