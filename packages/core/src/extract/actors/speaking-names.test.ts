import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'
import { CAPITALS_INSIDE, INNER_CAPITAL, SURNAME } from './speaking-names.ts'

const kindsOf = (text: string) => new Map(extractActors(parseArticle(text)).map((a) => [a.name, a.kind]))

describe('a lone surname where a speaker stands', () => {
  it.each([
    ['Bush told reporters the vote was lost.', 'Bush'],
    ['"We lost," said Okafor.', 'Okafor'],
    ['The bill is dead, Brandt has warned.', 'Brandt'],
    ['Kowalski added that nothing had changed.', 'Kowalski'],
    ['The deal is off and Hunt told colleagues so.', 'Hunt'],
    ["The talks failed, O'Rourke said.", "O'Rourke"],
  ])('%s → %s is a person', (text, name) => {
    expect(kindsOf(text).get(name)).toBe('person')
  })

  it('makes the other mentions of the name that person', () => {
    const text = 'Varga has many critics. The plan failed, Varga said. Supporters of Varga stayed home.'
    const actors = extractActors(parseArticle(text)).filter((a) => a.name === 'Varga')
    expect(actors.map((a) => [a.kind, a.mentions.length])).toEqual([['person', 3]])
  })
})

describe('what is no speaking person', () => {
  it.each([
    ['Officials said the vote was lost.', 'Officials'],
    ['Police said two men were held.', 'Police'],
    ['Analysts told clients the economy would slow.', 'Analysts'],
    ['Monday said nothing to the markets.', 'Monday'],
    ['Americans said they would vote.', 'Americans'],
    ['The vote was lost, MPs said.', 'MPs'],
    ['Most said the vote was lost.', 'Most'],
    ['Twenty-seven told the court they had lost.', 'Twenty-seven'],
    ['The claim is false, FactWatch said.', 'FactWatch'],
    // A name the tagger took for an organization, and no one knows as a person's, stays an organization.
    ['Shoe sales rose, Nike said.', 'Nike'],
    ['The outage is over, Verizon said.', 'Verizon'],
  ])('%s: no person %s', (text, name) => {
    expect(kindsOf(text).get(name)).not.toBe('person')
  })

  it.each([
    // A capital that speaks is its government.
    ['Moscow warned that it would respond.', 'Russia', 'country'],
    ['Labour said the tax was unfair.', 'Labour Party', 'organization'],
    ['The figures were wrong, Reuters said.', 'Reuters', 'organization'],
  ])('%s: %s stays a %s', (text, name, kind) => {
    expect(kindsOf(text).get(name)).toBe(kind)
  })

  it('keeps a word the article writes in lower case', () => {
    expect(kindsOf('The brook was dry. Brook said the well had failed.').get('Brook')).toBeUndefined()
  })
})

describe('SURNAME', () => {
  it.each([
    ['Trump', true],
    ['McCain', true],
    ["O'Brien", true],
    ['DeSantis', true],
    ['Smith-Jones', true],
    ['NATO', false],
    ['X', false],
    ['said', false],
  ])('%s → %s', (word, expected) => {
    expect(SURNAME.test(word)).toBe(expected)
  })

  it('stays linear on long adversarial words', () => {
    for (const word of [`A${'a'.repeat(50_000)}1`, `A${"a'".repeat(50_000)}!`, `A${'Aa'.repeat(50_000)}A`])
      expect(SURNAME.test(word)).toBe(false)
  })

  it('has linear neighbours: the inner-capital and all-capitals tests', () => {
    for (const word of [`Mc${'a'.repeat(50_000)}1`, `A${'a'.repeat(50_000)}'`, `A${'-'.repeat(50_000)}`]) {
      expect(INNER_CAPITAL.test(word)).toBe(false)
      expect(CAPITALS_INSIDE.test(word)).toBe(false)
    }
  })
})
