import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'

const idsOf = (text: string) => extractActors(parseArticle(text)).map((a) => a.id)

describe('a family is a group, not a person, a firm or a place', () => {
  it.each([
    [
      'The Vellacott family said they were grateful for the support.',
      'group:vellacott-family',
      'organization:vellacott-family',
    ],
    [
      'The Orrin family, who own the mill, said they would sell it.',
      'group:orrin-family',
      'organization:orrin-family',
    ],
    ['Police called at the Tarlow family home in Derby on Friday.', 'group:tarlow-family', 'location:tarlow'],
    ['Members of the Quenby clan met in the castle.', 'group:quenby-clan', 'organization:quenby-clan'],
    // A plural whose singular is the surname of someone named: the family.
    [
      'Jim Vellacott died on Monday. The Vellacotts thanked the nurses.',
      'group:vellacotts',
      'organization:vellacotts',
    ],
    ['Ann Brix said the Brixes had farmed there for years.', 'group:brixes', 'organization:brixes'],
    // The surname is the word before a generation, not the generation: "Jr" is no one's family name.
    [
      'Tom Brisley Jr retired on Friday. The Brisleys held a party for him.',
      'group:brisleys',
      'organization:brisleys',
    ],
  ])('%s: %s, not %s', (text, kept, gone) => {
    const ids = idsOf(text)
    expect(ids).toContain(kept)
    expect(ids).not.toContain(gone)
  })

  it('keeps the family name out of the forms of a person who bears it', () => {
    const text = 'Jim Vellacott died on Monday. The Vellacott family said they were grateful.'
    const actors = extractActors(parseArticle(text))
    const jim = actors.find((a) => a.id === 'person:jim-vellacott')
    expect(jim?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Jim Vellacott'])
    expect(actors.map((a) => a.id)).toContain('group:vellacott-family')
  })

  it.each([
    // A family of things is no family of people.
    ['The Vexor family of viruses spread by e-mail.', 'group:vexor-family'],
    // A plural no one in the article bears stays as it was.
    ['The Ravens beat the Falcons on Sunday.', 'group:ravens'],
    // A firm's family of brands, a place's families and a newspaper's readers are no family's name.
    ['Vexco Group said the Vexco family of brands grew. The Vexco family sold well.', 'group:vexco-family'],
    ['We stayed with a local Tarrow family for a week.', 'group:tarrow-family'],
    ['Readers who join the BBC family get a discount.', 'group:bbc-family'],
    // A plural that is a word of a body's name is the body's: the band, not a family.
    ['Joss Stone sang before the Rolling Stones came on. Fans cheered the Stones.', 'group:stones'],
    // The noun in capitals names a shop or a show, not a family.
    ['Shoppers queued outside Tarlow Family Stores in Derby.', 'group:tarlow-family'],
  ])('%s: no %s', (text, gone) => {
    expect(idsOf(text)).not.toContain(gone)
  })
})
