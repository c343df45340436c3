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
      ['organization:united-kingdom-government (country:united-kingdom): Downing Street, government'],
    ],
    // No country is named: the seat still tells the id, but no country actor is made up for the affiliation.
    [
      'Downing Street said the prime minister would attend. Later the government said it was confident.',
      ['organization:united-kingdom-government (): Downing Street, government'],
    ],
    // A seat alone is its country's government, named by the country.
    [
      'Whitehall insisted the money would be found.',
      ['organization:united-kingdom-government (): Whitehall'],
    ],
    // A capital that acts joins the government its seat names (and names no country of its own).
    [
      'The Kremlin said the talks had failed. Moscow warned of new sanctions.',
      ['organization:russia-government (): Kremlin, Moscow'],
    ],
    // A devolved government is its own, not the UK's.
    [
      'The Scottish Government said it would act. Downing Street said it would not.',
      [
        'organization:scottish-government (): Scottish Government',
        'organization:united-kingdom-government (): Downing Street',
      ],
    ],
    // "the government" here is the UK's: its government is named, the other country is only where it acts.
    [
      'The UK government plans to send Tom Rake to Peru. Peru said yes. Peru is far. The government said it was glad.',
      ['organization:united-kingdom-government (country:united-kingdom): government'],
    ],
    // Another country's government named after the text's own stays its own; "the government" is the text's.
    [
      'Downing Street said the UK would act. The Irish government said it agreed. The government said it was glad.',
      [
        'organization:united-kingdom-government (country:united-kingdom): Downing Street, government',
        'organization:ireland-government (country:ireland): Irish government',
      ],
    ],
    // A word that tells which national government, not whose, is the text's one government.
    [
      'The Coalition Government said it would act. Later the government said it was sure.',
      ['organization:government (): Coalition Government, government'],
    ],
    [
      'The Tory Government said taxes would fall. The government later added that it was sure.',
      ['organization:government (): Tory Government, government'],
    ],
    // A level below the country's stays its own.
    [
      'The Provincial Government said roads would close.',
      ['organization:provincial-government (): Provincial Government'],
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
    ['A No 10 spokeswoman said the prime minister was confident.', 'organization:united-kingdom-government'],
    ['MPs voted on the bill. Downing Street said it was pleased.', 'organization:united-kingdom-government'],
    ['The Irish government said the border must stay open.', 'organization:ireland-government'],
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

  it.each([
    // Ministers of a portfolio are not a government of their own: no "<portfolio> government" is made up.
    'Transport Ministers said the rail plan was sound.',
    'Farm Ministers said the harvest would be late.',
  ])('%s → no made-up government', (text) => {
    expect(lastSpeaker(text) ?? '').not.toMatch(/-government$/)
  })
})

/** The id of the actor each text's "the government" (or its seat) is a mention of. */
const governmentIdOf = (text: string) =>
  analyze(text).actors.find((a) => a.kind === 'organization' && a.id.endsWith('government'))?.id

describe('one id per government across articles', () => {
  it.each([
    // Two countries' governments, written the same way, are two actors.
    ['The French government said taxes would rise.', 'The Japanese government said taxes would fall.', false],
    [
      'MPs debated the bill. The government said it would win.',
      'Congress passed the bill. The government said it was glad.',
      false,
    ],
    // One country's government, however each article writes it, is one actor.
    ['Downing Street said the plan was sound.', 'The British government said the plan was sound.', true],
    [
      'MPs voted late. The government said it was pleased.',
      'Ministers in the UK government said the vote was fair.',
      true,
    ],
  ])('%s | %s → same: %s', (one, other, same) => {
    const [a, b] = [governmentIdOf(one), governmentIdOf(other)]
    expect(a).toMatch(/^organization:.+-government$/)
    expect(b).toMatch(/^organization:.+-government$/)
    expect(a === b).toBe(same)
  })

  it.each([
    // A text that tells no country keeps the plain words' actor: they are still a government's, and speak.
    ['The government said the plan was sound.', 'organization:government'],
    // A devolved government keeps its own name, lower case or not.
    ['The Welsh Government said the plan was sound.', 'organization:welsh-government'],
  ])('%s → %s', (text, id) => {
    expect(analyze(text).statements.at(-1)?.speaker).toBe(id)
  })
})
