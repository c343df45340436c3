import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import type { Actor } from '../../schemas/actor.ts'
import { extractActors } from './index.ts'

const actorsOf = (text: string): Actor[] => extractActors(parseArticle(text))
/** The id of the actor whose mentions include the `nth` occurrence of `form` in the text. */
function idAt(text: string, form: string, nth: number): string | undefined {
  let at = -1
  for (let k = 0; k <= nth; k++) at = text.indexOf(form, at + 1)
  return actorsOf(text).find((a) => a.mentions.some((m) => m.start <= at && at < m.end))?.id
}

describe('a bare given name that several people named in full bear', () => {
  it.each([
    // The one the lead, the mentions so far and the passage are about, though another was named since.
    [
      'Vale opens fair\n\nTom Vale opened the village fair on Saturday.\n\nOne visitor, Tom Reed, liked the cakes.\n\nMr Vale said the sun had helped. "Tom works harder than anyone," a neighbour said.',
      'Tom',
      2,
      'person:tom-vale',
    ],
    // Named alike in the lead and as often since: no one.
    ['Lena Varga and Lena Holm spoke on Monday. "Lena was right," an aide said.', 'Lena', 2, 'person:lena'],
    // Both in the lead, but the one named most since and in the passage.
    [
      'Maria Lund and Maria Moss ran for mayor.\n\nMaria Moss lost on Sunday. Maria Moss said she was sad. "Maria was brave," her aide said.',
      'Maria',
      4,
      'person:maria-moss',
    ],
  ])('%s: "%s" (#%i) is %s', (text, form, nth, id) => {
    expect(idAt(text, form, nth)).toBe(id)
  })
})

describe('a given name alone in a headline', () => {
  it.each([
    // The one person of that name the lead names in full, though nothing there tells a gender or a title.
    ['Nadia to host quiz\n\nNadia Brill will host the new quiz on Friday.', 'person:nadia-brill'],
    // Of two, the one the lead names; the other comes later.
    [
      'Cora accused of snub\n\nCora Lind has been accused of snubbing the mayor.\n\nA friend, Cora Dunne, said it was untrue.',
      'person:cora-lind',
    ],
    // Two in the lead: no one.
    ['Anna wins again\n\nAnna Roth beat Anna Kell in the final.', 'person:anna'],
    // A royal of that name in the article: the royal, not the mayor the lead names in full.
    [
      'Charles to visit Ludlow\n\nPrince Charles will visit the town. Charles Pym, the mayor, will greet him.',
      'person:charles',
    ],
  ])("%s: the headline's given name is %s", (text, id) => {
    expect(idAt(text, text.split(' ')[0] as string, 0)).toBe(id)
  })
})

describe('an honorific and a surname before a namesake of its gender is named in full', () => {
  it.each([
    // "Mr Haddad's father, Peter": not the father, named in full only later, but the one named before.
    [
      "Men freed\n\nOmar Haddad was freed on Monday. Mr Haddad's father, Peter, said he was glad.\n\nPeter Haddad said he would visit.",
      'Haddad',
      1,
      'person:omar-haddad',
    ],
    // The namesake of that gender named before it: him.
    [
      'Dana Kerr was elected in May. Her husband, Peter Kerr, runs a bakery. Mr Kerr said he was proud.',
      'Kerr',
      2,
      'person:peter-kerr',
    ],
    // Only a woman named before it: the man named later is still someone else than her.
    [
      'Ann Orrin was freed on Monday. Mr Orrin, her father, said he was glad.\n\nPeter Orrin said he would visit.',
      'Orrin',
      1,
      'person:peter-orrin',
    ],
  ])('%s: "%s" (#%i) is %s', (text, form, nth, id) => {
    expect(idAt(text, form, nth)).toBe(id)
  })
})

describe('a surname alone before a namesake is named in full', () => {
  it.each([
    // The one brought in before it, though the later one is named more and shown a person by a pronoun.
    [
      "Men freed\n\nOmar Haddad was freed on Monday. Mr Haddad's father, Karim, said he was glad.\n\nKarim Haddad said he would visit. Karim Haddad smiled.",
      'Haddad',
      1,
      'person:omar-haddad',
    ],
    // Both named before it: the one the passage is about, as before.
    [
      'Men freed\n\nOmar Haddad was freed on Monday.\n\nKarim Haddad, his father, said he would visit. Karim Haddad smiled. Mr Haddad said he had waited.',
      'Haddad',
      3,
      'person:karim-haddad',
    ],
    // In a headline, before either: the one named most, as before.
    [
      'Haddad freed\n\nOmar Haddad was freed on Monday. Karim Haddad said he would visit. Karim Haddad smiled.',
      'Haddad',
      0,
      'person:karim-haddad',
    ],
  ])('%s: "%s" (#%i) is %s', (text, form, nth, id) => {
    expect(idAt(text, form, nth)).toBe(id)
  })
})
