import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'

/** The ids of the actors a text names. */
const idsIn = (text: string) => extractActors(parseArticle(text)).map((actor) => actor.id)

describe('words of the sentence before a name', () => {
  it.each([
    ['Tarrow is far. Putting Tarrow first pays, he said.', 'country:tarrow', 'putting-tarrow'],
    [
      'Ann Vale of Ostland said: “Putting Ostland’s farms first is wrong.”',
      'location:ostland',
      'putting-ostland',
    ],
    ['Vale Motors grew. Meanwhile Vale Motors hired staff.', 'organization:vale-motors', 'meanwhile'],
    ['Tarrow Water rose. All Tarrow Water shares fell.', 'organization:tarrow-water', 'all-tarrow'],
    ['Voters in western Ostland Province were angry.', 'location:ostland-province', 'western'],
    // A calling written with a capital where it opens a sentence.
    ['Boss Steve Hale had said he would be happy. Hale smiled.', 'person:steve-hale', 'boss'],
    ['Farmer Geoff Tarrow, a member of the hunt, spoke.', 'person:geoff-tarrow', 'farmer'],
  ])('%s', (text, kept, gone) => {
    const ids = idsIn(text)
    expect(ids.some((id) => id.endsWith(kept.slice(kept.indexOf(':') + 1)))).toBe(true)
    expect(ids.some((id) => id.includes(gone))).toBe(false)
  })

  it.each([
    ['The Hague hosted the talks, and The Hague agreed.', 'location:hague'],
    ['General Motors grew. Ford Motors is its rival. General Motors said no.', 'organization:general-motors'],
    [
      'Groups include Stop Vale Expansion. Stop Vale Expansion said Vale grew.',
      'organization:stop-vale-expansion',
    ],
    ['Officials met Dominique de Varo. Later de Varo spoke.', 'person:dominique-de-varo'],
  ])('keeps the first word of "%s"', (text, id) => {
    expect(idsIn(text)).toContain(id)
  })
})
