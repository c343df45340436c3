import { describe, expect, it } from 'vitest'
import { IN_OFFICE, lastRead, lastStance } from './stance-read.fixture.ts'

describe('nominalStance: the speaker own stance as a noun', () => {
  it.each([
    ['Ann Vale said her criticism of Labour was fair.', 'oppose'],
    ['Ann Vale repeated her criticism of Labour over the deal.', 'oppose'],
    ['Ann Vale said: "I stand by my criticism of the government."', 'oppose'],
    ['Ann Vale said: "We have given our full support for Labour on this."', 'support'],
    ['Ann Vale said: "Our calls on Labour to resign will go on."', 'demand'],
    // Any adjective between the possessive and the noun, by its part of speech.
    ['Ann Vale said: "My own criticism of Labour still stands."', 'oppose'],
    ['Ann Vale said: "Our deep criticism of Labour stands."', 'oppose'],
  ])('%s → %s', (text, polarity) => {
    expect(lastStance(`${IN_OFFICE} ${text}`)).toEqual(['organization:labour-party', polarity])
  })

  it.each([
    // Someone else's act the speaker reports, or a thing said to attack Y: not the speaker's stance.
    ["Ann Vale said the report's criticism of Labour was fair.", 'said'],
    ['Ann Vale said the report was an attack on Labour.', 'said'],
    ['Ann Vale said: "Their criticism of Labour is fair."', 'said:'],
    // Taken back, denied, or a call that asks nothing.
    ['Ann Vale said: "I have withdrawn my support for Labour."', 'said:'],
    ['Ann Vale said: "We will never offer our backing for Labour."', 'said:'],
    ['Ann Vale said: "I did not voice my criticism of Labour."', 'said:'],
    ['Ann Vale said: "Our calls on Labour are not new."', 'said:'],
  ])('%s → none', (text, cue) => {
    // The statement itself is read, with its whole content, so the row cannot pass by losing it.
    const content = text.slice(text.indexOf(cue) + cue.length).replace(/^[\s"]+|[."]+$/g, '')
    expect(lastRead(`${IN_OFFICE} ${text}`)).toEqual({ cue, content, stance: null })
  })
})

describe('"the government" is judged as the party the article shows in office', () => {
  it.each([
    ['Ann Vale said the government had failed the country.', 'oppose'],
    ['Ann Vale said ministers had betrayed pensioners.', 'oppose'],
    ["Ann Vale said the government's record was a disgrace.", 'oppose'],
  ])('%s → %s', (text, polarity) => {
    expect(lastStance(`${IN_OFFICE} ${text}`)).toEqual(['organization:labour-party', polarity])
  })

  it.each([
    // No party in office and no government actor: "the government" is no one the text names.
    'Ann Vale, a Labour MP, said the government had failed the country.',
    'Ann Vale, a Labour MP, said: "My criticism of the government stands."',
  ])('%s → none', (text) => {
    expect(lastStance(text)).toBeNull()
  })
})
