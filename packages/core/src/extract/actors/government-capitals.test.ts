import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** Each actor whose mentions include `word`, as "id: kind". */
function actorsOf(text: string, word: string): string[] {
  return analyze(text)
    .actors.filter((a) => a.mentions.some((m) => text.slice(m.start, m.end) === word))
    .map((a) => `${a.id}: ${a.kind}`)
}

/** The speakers of a text's statements. */
const speakersOf = (text: string) => analyze(text).statements.map((s) => s.speaker)

describe('a capital used as the government is its country, never a person or a place', () => {
  it.each([
    ['Beijing said the talks had failed.', 'Beijing', ['country:china: country']],
    // Where the text names that government otherwise, the capital joins it.
    [
      'The Chinese government said it was calm. Beijing said the talks had failed.',
      'Beijing',
      ['organization:china-government: organization'],
    ],
    // The same capital taken for a person elsewhere is the government too.
    [
      'Washington insists the deal is dead. Washington has also voiced concern about the vote.',
      'Washington',
      ['country:united-states: country'],
    ],
    // A capital as a place stays a place, beside the government it stands for elsewhere.
    [
      'Ann Vale flew to Moscow on Monday. Moscow warned of new sanctions.',
      'Moscow',
      ['location:moscow: location', 'country:russia: country'],
    ],
    // A person of the article who bears the name keeps it.
    [
      'Denzel Washington said the film was fun. Washington insists the deal is dead.',
      'Washington',
      ['person:denzel-washington: person'],
    ],
  ])('%s: %s → %j', (text, word, actors) => {
    expect(actorsOf(text, word)).toEqual(actors)
  })

  it.each([
    ['Washington insists the deal is dead.', ['country:united-states']],
    // Taken for a person where its verb is no government's: the country all the same.
    [
      'Washington insists the deal is dead. Washington has also voiced concern that the vote was unfair.',
      ['country:united-states', 'country:united-states'],
    ],
    [
      'The Kremlin denied the report. Moscow warned that it would respond.',
      ['organization:russia-government', 'organization:russia-government'],
    ],
    ['Ann Vale, in Moscow, said the talks failed.', ['person:ann-vale']],
  ])('%s → %j, never a place', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers)
  })
})
