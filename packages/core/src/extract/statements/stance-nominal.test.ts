import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

// A text that shows Labour in office and the speaker in opposition, so "the government" is Labour's.
const IN_OFFICE = 'Labour has been in power since 1997. Tory leader Ann Vale spoke on Monday.'

/** The stance of a text's last statement as [target, polarity], null for none. */
function lastStance(text: string) {
  const stance = analyze(text).statements.at(-1)?.stance
  return stance ? [stance.target, stance.polarity] : null
}

describe('nominalStance: the speaker own stance as a noun', () => {
  it.each([
    ['Ann Vale said her criticism of Labour was fair.', 'oppose'],
    ['Ann Vale repeated her criticism of Labour over the deal.', 'oppose'],
    ['Ann Vale said: "I stand by my criticism of the government."', 'oppose'],
    ['Ann Vale said: "We have given our full support for Labour on this."', 'support'],
    ['Ann Vale said: "Our calls on Labour to resign will go on."', 'demand'],
  ])('%s → %s', (text, polarity) => {
    expect(lastStance(`${IN_OFFICE} ${text}`)).toEqual(['organization:labour-party', polarity])
  })

  it.each([
    // Someone else's act the speaker reports, or a thing said to attack Y: not the speaker's stance.
    "Ann Vale said the report's criticism of Labour was fair.",
    'Ann Vale said the report was an attack on Labour.',
    'Ann Vale said: "Their criticism of Labour is fair."',
    // Taken back, or a call that asks nothing.
    'Ann Vale said: "I have withdrawn my support for Labour."',
    'Ann Vale said: "Our calls on Labour are not new."',
  ])('%s → none', (text) => {
    expect(lastStance(`${IN_OFFICE} ${text}`)).toBeNull()
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
