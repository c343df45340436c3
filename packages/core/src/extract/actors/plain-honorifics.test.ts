import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'

/** The id of the actor whose mentions cover the `nth` occurrence of `form`. */
function idAt(text: string, form: string, nth: number): string | undefined {
  let at = -1
  for (let k = 0; k <= nth; k++) at = text.indexOf(form, at + 1)
  return extractActors(parseArticle(text)).find((a) => a.mentions.some((m) => m.start <= at && at < m.end))
    ?.id
}

describe('"Mr" with a word that is one person\'s given name', () => {
  it.each([
    // The article calls him "Mr Flight": "Mr Howard" is someone else, whose surname is Howard.
    [
      'Tory MP Howard Flight was sacked. Mr Howard said he had no choice. Mr Flight said sorry.',
      'Howard',
      1,
      'person:howard',
    ],
    ['Ann Howard met Grant Lowe. Mrs Grant was not there. Mr Lowe said so.', 'Grant', 1, 'person:grant'],
    // Never called by a surname after "Mr": the given name may be how the article addresses him.
    [
      'Thaksin Shinawatra won the vote. Mr Thaksin said the result was clear.',
      'Thaksin',
      1,
      'person:thaksin-shinawatra',
    ],
    // The surname reading, as before, when someone bears it in full.
    [
      'Michael Howard sacked Howard Flight. Mr Flight was sorry. Mr Howard said so.',
      'Howard',
      2,
      'person:michael-howard',
    ],
  ])('%s: "%s" (#%i) is %s', (text, form, nth, id) => {
    expect(idAt(text, form, nth)).toBe(id)
  })
})
