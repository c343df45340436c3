import { hashText } from '../../parse/hash.ts'

/**
 * An ASCII slug for an actor id: diacritics stripped, lower case, words joined by hyphens. A name with no
 * Latin letters or digits gets a short hash instead, so every name has a stable slug.
 * @example slugify('Recep Tayyip Erdoğan') // 'recep-tayyip-erdogan'
 */
export function slugify(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .replace(/[æÆ]/g, 'ae')
    .toLowerCase()
  const slug = ascii
    .replace(/\./g, '')
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return slug || `x${hashText(name).slice(0, 10)}`
}
