import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'
import { parseArticle } from '../../parse/index.ts'
import { partiesOf } from './stance-parties.ts'

/** The party the article shows a person in, by the person's id. */
function partyOf(text: string, person: string) {
  const analysis = analyze(text)
  return partiesOf(parseArticle(analysis.article.text), analysis.actors).get(person)
}

describe('partiesOf', () => {
  it.each([
    // A party, then title words, then the name; a possessive party too.
    [
      'Liberal Democrat leader Ann Vale spoke on Monday.',
      'person:ann-vale',
      'organization:liberal-democrats',
    ],
    [
      'Tory shadow chancellor Tom Reed spoke on Monday.',
      'person:tom-reed',
      'organization:conservative-party',
    ],
    ["Labour's Tom Reed spoke on Monday.", 'person:tom-reed', 'organization:labour-party'],
    [
      'Liberal Democrat home affairs spokesman Ann Vale spoke on Monday.',
      'person:ann-vale',
      'organization:liberal-democrats',
    ],
    [
      "The Lib Dems' president Ann Vale spoke on Monday.",
      'person:ann-vale',
      'organization:liberal-democrats',
    ],
    // Speaking for the party: "For the Lib Dems, Ann Vale", past an honorific too.
    [
      'For the Lib Dems, Ann Vale said taxes would rise.',
      'person:ann-vale',
      'organization:liberal-democrats',
    ],
    [
      'For the Conservatives, shadow health secretary Sir Tom Reed said wards were full.',
      'person:tom-reed',
      'organization:conservative-party',
    ],
    // "For" the party must open the sentence, and the name must be the one who speaks.
    ['But for Labour, Ann Vale said taxes would rise.', 'person:ann-vale', 'organization:labour-party'],
    ['It was a grim evening for Labour, Ann Vale said.', 'person:ann-vale', undefined],
    ['For the Tories, Ann Vale showed only contempt.', 'person:ann-vale', undefined],
    // A comma after the party without "for" before it does not make the name its member.
    ['Unlike Labour, Ann Vale said taxes would rise.', 'person:ann-vale', undefined],
    // A verb between the party and the name makes the name its object, not its member.
    ['The Tories attacked Ann Vale on Monday.', 'person:ann-vale', undefined],
    // No party named at all.
    ['Economist Ann Vale spoke on Monday.', 'person:ann-vale', undefined],
  ])('%s → %s in %s', (text, person, party) => {
    expect(partyOf(text, person)).toBe(party)
  })
})
