import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** Each actor as "id (affiliation): its mentions' texts", for actors that are governments or their seats. */
function governmentsIn(text: string): string[] {
  const { actors } = analyze(text)
  return actors
    .filter((a) => a.kind === 'organization' && a.mentions.length > 0)
    .map((a) => {
      const forms = a.mentions.map((m) => text.slice(m.start, m.end)).join(', ')
      return `${a.id} (${a.affiliation ?? ''}): ${forms}`
    })
}

/** The speaker of the last statement. */
const lastSpeaker = (text: string) => analyze(text).statements.at(-1)?.speaker ?? null

describe('one government actor per article', () => {
  it.each([
    // A seat and the plain noun are one government, the country's.
    [
      'Downing Street said the UK would act. Later the government said it was confident.',
      ['organization:government (country:united-kingdom): Downing Street, government'],
    ],
    // No country is named: no country actor is made up for the affiliation.
    [
      'Downing Street said the prime minister would attend. Later the government said it was confident.',
      ['organization:government (): Downing Street, government'],
    ],
    // A seat alone keeps its own name, and speaks as the government.
    ['Whitehall insisted the money would be found.', ['organization:whitehall (): Whitehall']],
    // A capital that acts joins the government its seat names (and names no country of its own).
    [
      'The Kremlin said the talks had failed. Moscow warned of new sanctions.',
      ['organization:kremlin (): Kremlin, Moscow'],
    ],
    // A devolved government is its own, not the UK's.
    [
      'The Scottish Government said it would act. Downing Street said it would not.',
      [
        'organization:scottish-government (): Scottish Government',
        'organization:downing-street (): Downing Street',
      ],
    ],
    // "the government" here is the UK's: its government is named, the other country is only where it acts.
    [
      'The UK government plans to send Tom Rake to Peru. Peru said yes. Peru is far. The government said it was glad.',
      ['organization:government (country:united-kingdom): government'],
    ],
    // Another country's government named after the text's own stays its own; "the government" is the text's.
    [
      'Downing Street said the UK would act. The Irish government said it agreed. The government said it was glad.',
      [
        'organization:government (country:united-kingdom): Downing Street, government',
        'organization:irish-government (country:ireland): Irish government',
      ],
    ],
    // A body with "Government" inside its name is its own.
    [
      'The Local Government Association said councils needed more money.',
      ['organization:local-government-association (): Local Government Association'],
    ],
  ])('%s', (text, governments) => {
    expect(governmentsIn(text)).toEqual(governments)
  })
})

describe('the government as a speaker', () => {
  it.each([
    ['Ministers said the scheme would be reviewed next year.', 'organization:government'],
    ['Fees went up in May. But ministers have argued that the rise was fair.', 'organization:government'],
    ['A government spokesman said the figures were wrong.', 'organization:government'],
    ['A No 10 spokeswoman said the prime minister was confident.', 'organization:no-10'],
    ['MPs voted on the bill. Downing Street said it was pleased.', 'organization:downing-street'],
    ['The Irish government said the border must stay open.', 'organization:irish-government'],
  ])('%s → %s', (text, speaker) => {
    expect(lastSpeaker(text)).toBe(speaker)
  })

  it.each([
    // Other ministers than the government's, speaking for themselves or no one; the government's plan says nothing.
    "Tom Rake criticised the government's plan.",
    'Tory ministers said the scheme would be reviewed.',
    'Former ministers said the scheme was a mistake.',
    'EU ministers said the deal was close.',
  ])('%s → not the government', (text) => {
    expect(lastSpeaker(text)).not.toBe('organization:government')
  })
})
