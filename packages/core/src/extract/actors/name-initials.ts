// A leading article is no part of a name's short form: "the Union of Harbour Pilots" is "UHP".
const LEADING_THE = /^the\s+/i
// Words split at spaces and hyphens, so that "Anglo-Irish Bank" is "AIB".
const WORD_BREAKS = /[\s-]+/
// A capital in any script opens a word that counts: "Électricité", "Øresund", as "Bank" does.
const CAPITAL_OPENING = /^\p{Lu}/u

/**
 * The initials of a name as its short form would spell them: the capital that opens each of its words, words split
 * at spaces and hyphens, a leading "the" and lower-case words ("of", "de") left out. One rule for every stage that
 * ties a short form to its name (the resolver's "DEA", a short form defined in brackets, a prize's "BIFA").
 * @example initialsOf('the Anglo-Irish Bank of Éire') // 'AIBÉ'
 */
export function initialsOf(name: string): string {
  let initials = ''
  for (const word of name.replace(LEADING_THE, '').split(WORD_BREAKS)) {
    const capital = CAPITAL_OPENING.exec(word)
    if (capital) initials += capital[0]
  }
  return initials
}
