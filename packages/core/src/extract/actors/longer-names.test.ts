import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'
import { longerPersonNames } from './longer-names.ts'

const words = (...names: string[]) => names.map((name) => name.split(' '))

describe('longerPersonNames', () => {
  it.each([
    [words('Sami Abu Vale', 'Abu Vale'), 'Abu Vale', 'Sami Abu Vale'],
    [words('Lloyd Tarrow', 'Ann Lloyd Tarrow'), 'Lloyd Tarrow', 'Ann Lloyd Tarrow'],
    [words('Rosa Maria de Vale', 'de Vale'), 'de Vale', 'Rosa Maria de Vale'],
    // Two full names end so: neither.
    [words('Mary Anne Vale', 'Jo Anne Vale', 'Anne Vale'), 'Anne Vale', undefined],
    // A full name of two words is no one's short form.
    [words('Ann Vale', 'Tom Vale'), 'Ann Vale', undefined],
    // One word is a surname, found elsewhere.
    [words('Sami Abu Vale', 'Vale'), 'Vale', undefined],
    // The start of one full name: an English name before a Chinese one.
    [words('Carrie Tam Cheng Yuet-ngor', 'Carrie Tam'), 'Carrie Tam', 'Carrie Tam Cheng Yuet-ngor'],
    // Not the start of a son's name, nor of two names.
    [words('Tom Reed Jr.', 'Tom Reed'), 'Tom Reed', undefined],
    [words('Kim Jong Vale', 'Kim Jong Tarrow', 'Kim Jong'), 'Kim Jong', undefined],
    // A particle capitalized where no given name comes before it is the same particle.
    [words('Rob van Tarrow', 'Van Tarrow'), 'Van Tarrow', 'Rob van Tarrow'],
    [words('Ann de la Vale', 'De la Vale'), 'De la Vale', 'Ann de la Vale'],
    [words('Dino dal Vasco', 'Dal Vasco'), 'Dal Vasco', 'Dino dal Vasco'],
    [words('Rob Van Tarrow', 'van Tarrow'), 'van Tarrow', 'Rob Van Tarrow'],
    // A team sheet's initial beside the full name is the same person's.
    [words('Rob De Vale', 'R de Vale', 'De Vale'), 'De Vale', 'Rob De Vale'],
    [words('Rob De Vale', 'Tom de Vale', 'De Vale'), 'De Vale', undefined],
    // A capitalized word that is no particle still has to match as written.
    [words('Rob Vann Tarrow', 'Van Tarrow'), 'Van Tarrow', undefined],
  ])('%j: %s → %s', (names, short, expected) => {
    expect(longerPersonNames(names).get(short)).toBe(expected)
  })
})

describe('a surname of several words in an article', () => {
  it.each([
    [
      'Dr Sami Abu Vale runs the clinic. Abu Vale said food was short.',
      'person:sami-abu-vale',
      ['Sami Abu Vale', 'Abu Vale'],
    ],
    [
      'The prize went to Ann Lloyd Tarrow on Monday. Lloyd Tarrow said she was glad.',
      'person:ann-lloyd-tarrow',
      ['Ann Lloyd Tarrow', 'Lloyd Tarrow'],
    ],
    [
      'Chief Executive Carrie Tam Cheng Yuet-ngor spoke on Monday. Carrie Tam said the plan would go ahead. Critics said Tam was late.',
      'person:carrie-tam-cheng-yuet-ngor',
      ['Carrie Tam Cheng Yuet-ngor', 'Carrie Tam', 'Tam'],
    ],
    [
      'Van Tarrow set to return\n\nStriker Rob van Tarrow is fit again. Van Tarrow scored twice last week.',
      'person:rob-van-tarrow',
      ['Van Tarrow', 'Rob van Tarrow', 'Van Tarrow'],
    ],
  ])('%s', (text, id, forms) => {
    const actors = extractActors(parseArticle(text)).filter((actor) => actor.kind === 'person')
    expect(actors.map((actor) => actor.id)).toEqual([id])
    const actor = actors[0]
    expect(actor?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(forms)
  })
})
