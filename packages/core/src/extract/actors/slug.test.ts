import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { hashText } from '../../parse/hash.ts'
import { slugify } from './slug.ts'

/** The slug as a chain of replaces defines it, for every text: what slugify's single passes must give. */
function slugByReplaces(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .replace(/[æÆ]/g, 'ae')
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return slug || `x${hashText(name).slice(0, 10)}`
}

describe('slugify', () => {
  it.each([
    ['Sergei Ryabkov', 'sergei-ryabkov'],
    ['Recep Tayyip Erdoğan', 'recep-tayyip-erdogan'],
    ['U.S. State Department', 'us-state-department'],
    ['US State Department', 'us-state-department'],
    ["Côte d'Ivoire", 'cote-divoire'],
    ['Łódź Straße', 'lodz-strasse'],
    ['  --  ', expect.stringMatching(/^x[0-9a-f]{10}$/)],
    ['Москва', expect.stringMatching(/^x[0-9a-f]{10}$/)],
    ['.A. .B.', 'a-b'],
    ["-O'Neil-", 'oneil'],
    ['Jean-Luc  Picard!', 'jean-luc-picard'],
    ['Ana Ñúñez 2nd', 'ana-nunez-2nd'],
  ])('%s → %s', (name, slug) => {
    expect(slugify(name)).toEqual(slug)
  })
})

describe('slugify by single passes', () => {
  it('gives what the chain of replaces gives, on any text', () => {
    const letters = fc.constantFrom(..."aZ09 .'-_ÉéßøŁæ\u0301Мж!".split(''))
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(letters).map((list) => list.join('')),
        ),
        (name) => {
          expect(slugify(name)).toBe(slugByReplaces(name))
        },
      ),
      { numRuns: 2000 },
    )
  })
})
