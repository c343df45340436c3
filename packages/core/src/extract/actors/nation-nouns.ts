/**
 * Nouns for one person of a nation that are not its adjective ("the Scot", "the Welshman", "the Spaniard"), each with
 * the adjective that names the nation, so that "Scotsman" and "Scot" are one nation and "Spaniard" is Spain's. Read
 * by the actors' nation openers ("Welshman Ivo Lant") and the statements' nation epithets ("said the Scot").
 */
export const NATION_NOUN_ADJECTIVE: Readonly<Record<string, string>> = {
  Scot: 'Scottish',
  Scotsman: 'Scottish',
  Scotswoman: 'Scottish',
  Briton: 'British',
  Brit: 'British',
  Welshman: 'Welsh',
  Welshwoman: 'Welsh',
  Englishman: 'English',
  Englishwoman: 'English',
  Irishman: 'Irish',
  Irishwoman: 'Irish',
  Frenchman: 'French',
  Frenchwoman: 'French',
  Dutchman: 'Dutch',
  Dutchwoman: 'Dutch',
  Spaniard: 'Spanish',
  Dane: 'Danish',
  Swede: 'Swedish',
  Finn: 'Finnish',
  Pole: 'Polish',
  Turk: 'Turkish',
  Kiwi: 'New Zealander',
  Aussie: 'Australian',
  Cornishman: 'Cornish',
  Yorkshireman: 'Yorkshire',
  Ulsterman: 'Ulster',
}

/** Whether a word is one of the nation nouns above: "Welshman", "Dane"; not "Welsh" or "Danish" (adjectives). */
export function isNationNoun(word: string): boolean {
  return Object.hasOwn(NATION_NOUN_ADJECTIVE, word)
}
