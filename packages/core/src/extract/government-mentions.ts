/**
 * The words by which an article names the government in office, shared by the actors stage (which adds a country's
 * government where the article speaks of one: actors/government-in-office.ts) and the statements stage (which links
 * those words to the party in office: governing.ts), so that neither reads them its own way.
 */

// "the government", "this government", "ministers": the body in office. Not "the government of Iraq" nor "the
// government in Lima", another country's (see governmentOfOther in governing.ts); "the Kenyan government" is
// not matched at all. Global: reset lastIndex before each use.
export const GOVERNMENT = /\b(?:the|this) government\b|\bministers\b/giu

/**
 * Whether a text speaks of "the government", "this government" or "ministers" anywhere: words GOVERNMENT finds.
 * @example speaksOfGovernment('Ann Vale said ministers had failed.') // true
 */
export function speaksOfGovernment(view: string): boolean {
  GOVERNMENT.lastIndex = 0
  return GOVERNMENT.test(view)
}

/**
 * Whether an actor's name is the government itself, "Government" or "the Government", not a country's ("UK
 * government"), with any space around the name ignored.
 * @example isGovernmentName('the Government') // true
 */
export function isGovernmentName(name: string): boolean {
  return /^(?:the )?government$/i.test(name.trim())
}

/**
 * Whether the words of a mention are a bare "government" or "ministers", as the actors stage gives a country's own
 * government the text's words for it.
 * @example isBareGovernmentWord('Ministers') // true
 */
export function isBareGovernmentWord(words: string): boolean {
  return /^(?:government|ministers)$/i.test(words)
}
