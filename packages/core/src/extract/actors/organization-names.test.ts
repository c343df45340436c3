import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'

const namesOf = (text: string) => extractActors(parseArticle(text)).map((a) => `${a.kind}:${a.name}`)

describe("an organization's name with its purpose is one name", () => {
  it.each([
    ['She joined the Union for a Popular Movement in 2002.', 'organization:Union for a Popular Movement'],
    [
      'He led the Association for the Advancement of Rural Teachers for a decade.',
      'organization:Association for the Advancement of Rural Teachers',
    ],
    ['The Campaign for Clean Rivers said the water was unsafe.', 'organization:Campaign for Clean Rivers'],
    [
      'A report by the Popular Front for the Liberation of Ruritania was published.',
      'organization:Popular Front for the Liberation of Ruritania',
    ],
  ])('%s → %s', (text, name) => {
    expect(namesOf(text)).toContain(name)
  })

  it.each([
    ['The Finance Committee for the first time voted against it.', 'organization:Finance Committee'],
    ['In March the Labour Party for its part said nothing.', 'organization:Labour Party'],
  ])('%s: "for" before no name leaves %s alone', (text, name) => {
    expect(namesOf(text)).toContain(name)
  })
})

describe('two names the tagger ran together are two', () => {
  it.each([
    [
      'Members of the Fishing Federation or Harbour Workers Union protested.',
      ['organization:Fishing Federation', 'organization:Harbour Workers Union'],
    ],
    [
      'The Farmers Union and Rural Housing Trust signed the letter.',
      ['organization:Farmers Union', 'organization:Rural Housing Trust'],
    ],
  ])('%s', (text, names) => {
    expect(namesOf(text)).toEqual(expect.arrayContaining(names))
  })

  it('keeps a name with "and" inside it whole', () => {
    expect(namesOf('Last week the Department of Health and Human Services issued new rules.')).toContain(
      'organization:Department of Health and Human Services',
    )
  })
})

describe('a name followed by its initials in brackets', () => {
  it.each([
    ['Support for Narodna Volja (NV) grew.', 'Narodna Volja', ['Narodna Volja', 'NV']],
    ['He led Svoboda Narodu (SN) for a decade.', 'Svoboda Narodu', ['Svoboda Narodu', 'SN']],
  ])('%s → the organization %s', (text, name, written) => {
    const actor = extractActors(parseArticle(text)).find((a) => a.name === name)
    expect(actor?.kind).toBe('organization')
    expect(actor?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(written)
  })

  it.each([
    ['Rep. Alexandria Ocasio-Cortez (AOC) spoke on Monday.', 'Alexandria Ocasio-Cortez'],
    ['Joe Biden (AP) spoke on Monday.', 'Joe Biden'],
    ['John Fitzgerald Kennedy (JFK) spoke on Monday.', 'John Fitzgerald Kennedy'],
    ['Boris Johnson (BJ) spoke on Monday.', 'Boris Johnson'],
  ])('%s: %s stays a person', (text, name) => {
    expect(namesOf(text)).toContain(`person:${name}`)
  })
})
