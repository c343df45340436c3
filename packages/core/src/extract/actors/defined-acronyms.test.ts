import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { actorsIn } from './actors-in.fixture.ts'
import { definedCommonAcronyms } from './defined-acronyms.ts'
import { tagArticle } from './tag-article.ts'

const definedIn = (text: string) => [...definedCommonAcronyms(tagArticle(parseArticle(text)))]

describe('definedCommonAcronyms', () => {
  it.each([
    ['Vexco plans an initial public offer (IPO) soon.', ['IPO']],
    ['Spending on information and communication technology (ICT) rose.', ['ICT']],
    ['Sets with high-definition (HD) pictures sold well.', ['HD']],
    ['Its purchasing managers’ index (PMI) fell.', ['PMI']],
    // A body's noun ends the words: a body in lower case.
    ['The monetary policy committee (MPC) met.', []],
    // Letters that are not the words' initials, or words in capitals, define no thing.
    ['The Dutch football federation (KNVB) said no.', []],
    ['Flights leave from the main airport (LAX) daily.', []],
    ['The International Monetary Fund (IMF) said no.', []],
  ])('%j → %j', (text, acronyms) => {
    expect(definedIn(text)).toEqual(acronyms)
  })
})

describe('an acronym defined as a thing is no actor', () => {
  it.each([
    [
      'Vexco plans an initial public offer (IPO). The IPO will raise cash, Tom Vale said.',
      'organization:IPO',
    ],
    ['Velmar buys liquefied natural gas (LNG) from Orlin. LNG prices rose.', 'organization:LNG'],
    ['It is called corporate social responsibility (CSR), and firms love CSR.', 'organization:CSR'],
  ])('%j has no %s', (text, actor) => {
    expect(actorsIn(text)).not.toContain(actor)
  })

  it('keeps a body the article defines in lower case', () => {
    expect(actorsIn('The monetary policy committee (MPC) met. The MPC said rates would stay.')).toContain(
      'organization:MPC',
    )
  })
})
