import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import type { Actor } from '../../schemas/actor.ts'
import { buildAnchors } from './anchors.ts'
import { buildDiscourse } from './antecedents.ts'
import { personDescribedAs } from './described-as.ts'

/** A person named by each of `names` wherever the text holds them as whole words. */
function person(text: string, id: Actor['id'], names: string[]): Actor {
  const mentions = names.flatMap((name) =>
    [...text.matchAll(new RegExp(`\\b${name}\\b`, 'g'))].map((m) => ({
      start: m.index,
      end: m.index + name.length,
    })),
  )
  return { id, name: names[0] ?? id, kind: 'person', aliases: [], mentions }
}

const ANN = 'person:ann-vale'
const TOM = 'person:tom-reed'

describe('personDescribedAs', () => {
  it.each([
    [
      'a noun before the name',
      'Billionaire Ann Vale bought it. The billionaire said so.',
      'billionaire',
      ANN,
    ],
    ['an appositive after the name', 'Ann Vale, a Welsh farmer, spoke. The farmer said so.', 'farmer', ANN],
    [
      'an appositive closed by who',
      'Ann Vale, a farmer who sells milk, spoke. The farmer said so.',
      'farmer',
      ANN,
    ],
    ['the latest of two', 'Farmer Ann Vale met farmer Tom Reed. The farmer said so.', 'farmer', TOM],
    ['none before the description', 'The farmer said so. Farmer Ann Vale agreed.', 'farmer', undefined],
    [
      'every word of the phrase',
      'Health minister Ann Vale met minister Tom Reed. The health minister said so.',
      'health minister',
      ANN,
    ],
    [
      'not another office',
      'Shadow health minister Ann Vale spoke. The health minister said so.',
      'health minister',
      undefined,
    ],
    [
      'not a noun inside a longer appositive',
      'Ann Vale, a farmer and a baker, spoke. The farmer said so.',
      'farmer',
      undefined,
    ],
    [
      'not beyond six words of the comma',
      'Ann Vale, a very old and very rich farmer, spoke. The farmer said so.',
      'farmer',
      undefined,
    ],
    [
      'not a noun in another clause',
      'Ann Vale spoke; a farmer, Tom Reed, agreed. The baker said so.',
      'baker',
      undefined,
    ],
  ])('%s', (_, text, phrase, expected) => {
    const actors = [person(text, ANN, ['Ann Vale']), person(text, TOM, ['Tom Reed'])]
    const discourse = buildDiscourse(parseArticle(text), buildAnchors(actors), actors)
    const at = text.lastIndexOf('The ')
    expect(personDescribedAs(discourse, phrase.split(' '), at)).toBe(expected)
  })

  it('answers each place in a text from one look-up', () => {
    const text = 'Farmer Ann Vale spoke. The farmer said so. Farmer Tom Reed spoke. The farmer said so.'
    const actors = [person(text, ANN, ['Ann Vale']), person(text, TOM, ['Tom Reed'])]
    const discourse = buildDiscourse(parseArticle(text), buildAnchors(actors), actors)
    const places = [...text.matchAll(/The farmer/g)].map((m) => m.index)
    expect(places.map((at) => personDescribedAs(discourse, ['farmer'], at))).toEqual([ANN, TOM])
  })
})
