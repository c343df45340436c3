import { describe, expect, it } from 'vitest'
import { inSetPhrase, judgingSign } from './stance-lexicon.ts'

describe('judgingSign', () => {
  it.each([
    ['disgraceful', -1],
    // Words of a body out of date, in disorder or untrustworthy: "the outdated Y", "Y is in turmoil".
    ['outdated', -1],
    ['turmoil', -1],
    // What one finds repugnant: "found their policies abhorrent".
    ['abhorrent', -1],
    ['untrustworthy', -1],
    ['unaccountable', -1],
    // Not the trust itself, nor the accounts.
    ['trustworthy', 1],
    ['accountants', 0],
    ['dodging', -1],
    ['inappropriate', -1],
    ['tremendous', 1],
    ['bankrupt', -1],
    // A court or a law of bankruptcy judges no one; nor does how hard one fights.
    ['bankruptcy', 0],
    ['aggressive', -1],
    ['aggressively', 0],
    ['said', 0],
    // Words of a failed record or a character flaw: "a disappointment", "fiddled the figures", "spineless".
    ['disappointment', -1],
    ['inadequate', -1],
    ['fiddled', -1],
    // "abusive politics" is an abuse too; so is lacking what a task needs. "The lack of" is as often a good
    // thing's ("the lack of interference"), "so-called" most often names a thing, and "flawed" judges a plan or a
    // paper more often than anyone's.
    ['abusive', -1],
    ['lacked', -1],
    ['lack', 0],
    // A campaign that falters, an approach without care or ambition, an offer that seizes a chance.
    ['faltering', -1],
    ['lackadaisical', -1],
    ['unambitious', -1],
    ['opportunistic', -1],
    ['so-called', 0],
    ['flawed', 0],
    ['deceitful', -1],
    // A plan that cannot last, a record of mistakes, conduct unworthy of office.
    ['unsustainable', -1],
    ['mistakes', -1],
    ['mistake', -1],
    // Being mistaken for another is no judgement.
    ['mistaken', 0],
    ['petty', -1],
    ['juvenile', -1],
    ['childish', -1],
    ['sulking', -1],
    ['squabbling', -1],
    // Plans that would ruin what they touch: "would wreck the economy", "wrecking the talks".
    ['wreck', -1],
    ['wrecking', -1],
    // A record of things achieved, and a character that judges well.
    ['achievements', 1],
    ['achieved', 1],
    ['principled', 1],
    // Achieving is an aim, not a record; delivering a budget or a speech judges no one.
    ['achieve', 0],
    ['delivered', 0],
    // Committed to a cause judges well (a set phrase guards the rest); an obsession judges ill; having a problem is
    // too often said of a task to judge its owner.
    ['committed', 1],
    ['obsessively', -1],
    ['problem', 0],
    ['spineless', -1],
    ['dithering', -1],
  ] as const)('%s → %d', (word, sign) => {
    expect(judgingSign(word)).toBe(sign)
  })
})

describe('inSetPhrase', () => {
  it.each([
    ['was', 'committed', 'to', false],
    ['had', 'committed', 'a', true],
    ['he', 'committed', 'suicide', true],
    ['no', 'good', 'reason', true],
    ['a', 'good', 'leader', false],
    // A firm's fate is no judgement: "the mill went bankrupt", "the club declared itself bankrupt", "they went broke".
    ['went', 'bankrupt', 'last', true],
    ['itself', 'bankrupt', 'in', true],
    ['declared', 'bankrupt', 'by', true],
    ['went', 'broke', 'after', true],
    // Said of someone's ideas or word, it judges: "a morally bankrupt policy", "the mayor broke his promise".
    ['morally', 'bankrupt', 'policy', false],
    ['is', 'bankrupt', 'of', false],
    ['mayor', 'broke', 'his', false],
  ])('%s %s %s → %s', (previous, lower, next, expected) => {
    expect(inSetPhrase(previous, lower, next)).toBe(expected)
  })
})
