import { hashText } from '../../parse/hash.ts'

/**
 * An ASCII slug for an actor id: diacritics stripped, lower case, words joined by hyphens. A name with no
 * Latin letters or digits gets a short hash instead, so every name has a stable slug.
 * @example slugify('Recep Tayyip Erdoğan') // 'recep-tayyip-erdogan'
 */
export function slugify(name: string): string {
  // ASCII is its own NFKD form and holds none of the letters replaced below: most names skip the normalizing.
  const ascii = isAscii(name)
    ? name.toLowerCase()
    : name
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .replace(/ß/g, 'ss')
        .replace(/[øØ]/g, 'o')
        .replace(/[łŁ]/g, 'l')
        .replace(/[æÆ]/g, 'ae')
        .toLowerCase()
  const slug = joinWords(ascii)
  return slug || `x${hashText(name).slice(0, 10)}`
}

/**
 * The runs of a-z and 0-9 of a lower-cased text joined by hyphens, with periods and apostrophes dropped rather than
 * read as breaks ("u.s. state" → "us-state"): one pass, not a replace per rule.
 */
function joinWords(text: string): string {
  let slug = ''
  let broken = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 0x2e || code === 0x27) continue
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) {
      if (broken && slug !== '') slug += '-'
      slug += text[i]
      broken = false
    } else broken = true
  }
  return slug
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false
  return true
}
