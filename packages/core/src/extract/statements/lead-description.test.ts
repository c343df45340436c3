import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'
import { leadPost } from './lead-description.ts'

/** The speaker (or reason for none) of the statement whose content starts with `opening`. */
function speakerOf(text: string, opening: string): string | undefined {
  const { statements } = analyze(text)
  const found = statements.find((statement) => text.slice(statement.content.start).startsWith(opening))
  return found ? (found.speaker ?? `null:${found.speakerReason}`) : undefined
}

const TITLE = 'Tax row grows\n\n'

describe('a lead describes the person the next sentence names', () => {
  it.each([
    [
      'an indefinite post',
      'Farmers should expect more checks, a Home Office minister has said.\n\nAnn Vale said inspectors would visit every farm.',
      'Farmers should',
      'person:ann-vale',
    ],
    [
      "an owner's post",
      "Bus fares will rise next year, London's most senior transport officer has said.\n\nSir Tom Reed told councillors the rise was needed.",
      'Bus fares',
      'person:tom-reed',
    ],
    [
      "a named owner's ally",
      "Minister Ed Brame's closest ally has denied there will be a giveaway.\n\nTom Varle said spending would stay flat.",
      'there will be',
      'person:tom-varle',
    ],
    [
      'the next subject introduced by a phrase',
      'The rules must change, a senior Tory MP has said.\n\nIn a speech in Leeds, Ann Vale said the rules were unfair.',
      'The rules must',
      'person:ann-vale',
    ],
    [
      'a title in lower case before the next subject',
      'The rules must change, a senior Tory MP has said.\n\nTransport committee chairman Ann Vale was speaking after a report.',
      'The rules must',
      'person:ann-vale',
    ],
    [
      'a name at the end of the next sentence is not its subject',
      'The rules must change, a senior Tory MP has said.\n\nIt is a year since the vote won by a group led by Ann Vale.',
      'The rules must',
      'null:anonymous',
    ],
    [
      'a spokesperson stays nameless',
      'Farmers should expect more checks, a Home Office spokesman has said.\n\nAnn Vale said inspectors would visit every farm.',
      'Farmers should',
      'organization:home-office',
    ],
    [
      'not past the lead',
      'Ann Vale is touring Kent. Farmers should expect more checks, a Home Office minister said.\n\nTom Reed said inspectors would visit every farm.',
      'Farmers should',
      'null:unresolved',
    ],
    [
      'a name in the lead is who it is about',
      'Farmers should expect more checks from Ann Vale, a Home Office minister has said.\n\nTom Reed said inspectors would visit every farm.',
      'Farmers should',
      'null:unresolved',
    ],
    [
      "a body's own post, its title with a prefix",
      'The party would welcome him back, its co-chairman has said.\n\nDr Tom Reed told reporters there was no place for spite.',
      'The party would',
      'person:tom-reed',
    ],
    [
      "a body's own post needs the next subject",
      'The party would welcome him back, its chairman has said.\n\nThe vote was held in May.',
      'The party would',
      'null:unresolved',
    ],
    [
      'a person the lead keeps for the next sentence without a post',
      'The new bridge is already cracking, a leading engineering figure has said.\n\nTom Reed told a conference the steel was too thin.',
      'The new bridge',
      'person:tom-reed',
    ],
    [
      "an adviser whom the lead's own person owns",
      'Ann Vale will win the vote easily, her former adviser has said.\n\nIn a radio interview, Tom Reed said the party was united.',
      'Ann Vale will',
      'person:tom-reed',
    ],
    [
      'a witness named as the next subject',
      'The director never saw the accounts, a witness has told a court.\n\nTom Reed gave evidence on the third day of the trial.',
      'The director never',
      'person:tom-reed',
    ],
    [
      'an owner in the lead does not let a name in the lead speak for "a" post',
      'Ann Vale will win the vote easily, an adviser has said.\n\nTom Reed said the party was united.',
      'Ann Vale will',
      'null:unresolved',
    ],
    [
      'the next subject must be a person',
      'Farmers should expect more checks, a Home Office minister has said.\n\nThe Home Office said inspectors would visit every farm.',
      'Farmers should',
      'null:anonymous',
    ],
  ])('%s', (_, body, opening, speaker) => {
    expect(speakerOf(TITLE + body, opening)).toBe(speaker)
  })
})

describe('a person the lead gives a post holds no other office', () => {
  it.each([
    [
      'the prime minister is not the police officer',
      "Bus fares will rise, London's most senior police officer has said.\n\nSir Tom Reed told councillors the rise was needed. Asked about Sir Tom's comments, the prime minister said the rise was fair.",
      'the rise was fair',
      'null:unresolved',
    ],
    [
      "nor is the prime minister's spokesman his",
      "Farmers should expect more checks, a Home Office minister has said.\n\nAnn Vale said inspectors would visit every farm. Later, the prime minister's official spokesman urged farmers to put Ms Vale's comments into context.",
      'farmers to put',
      'null:anonymous',
    ],
    [
      'the same office in other words stays',
      "Oil firms must pay more tax, Ruritania's president has said.\n\nTom Reed said the state had a right to the money. The Ruritanian president said the tax was fair.",
      'the tax was fair',
      'person:tom-reed',
    ],
  ])('%s', (_, body, opening, speaker) => {
    expect(speakerOf(TITLE + body, opening)).toBe(speaker)
  })
})

describe('leadPost', () => {
  it.each([
    ['a Home Office minister', 'home office minister'],
    ["London's most senior police officer", 'most senior police officer'],
    ["The UK's top judge", 'top judge'],
    ['A former Home Office minister', 'former home office minister'],
    ['its co-chairman', 'co-chairman'],
    ['their chairman', 'chairman'],
    ['its co-spokesman', undefined],
    ['its chairmanship', undefined],
    ['his former chief economic adviser', 'former chief economic adviser'],
    ['a leading industry figure', 'leading industry figure'],
    ['a figure', 'figure'],
    ['her book', undefined],
    ['a Home Office spokesman', undefined],
    ['senior police officer', undefined],
    ['Ministers', undefined],
    ['a heated debate', undefined],
  ])('%s → %s', (words, post) => {
    expect(leadPost(words)).toBe(post)
  })

  // Long near-misses of the description pattern: a backtracking pattern would not return.
  it.each([`a ${'ab '.repeat(200_000)}!`, `${"Ab's ".repeat(200_000)}-`, 'the '.repeat(300_000)])(
    'stays linear on adversarial input %#',
    (words) => {
      expect(leadPost(words)).toBeUndefined()
    },
  )
})
