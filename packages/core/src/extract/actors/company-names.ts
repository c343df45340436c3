// A company's legal form after its name ("Vellcor Corp", "Quorvex Inc.") and the words that a firm or a
// campaign adds to its one-word name ("Amnesty International", "Vellcor Group"): closed classes.
const LEGAL_FORM = / (?:Inc|Corp|Ltd|Plc|PLC|plc|LLC|GmbH|AG)\.?$/
const QUALIFIERS = new Set(['International', 'Group', 'Holdings', 'Corporation', 'Incorporated'])

/**
 * The name an organization is keyed by among the article's `names`: without its legal form ("Vellcor Corp" is
 * Vellcor), without ".com" where the article also names it bare ("Quorvex.com Inc." beside "Quorvex"), and a
 * one-word name as the one longer name of the article that it opens before a qualifier ("Amnesty" for
 * "Amnesty International"). Names come without "the".
 * @example companyNamesOf(['Amnesty International'])('Amnesty') // 'Amnesty International'
 */
export function companyNamesOf(names: readonly string[]): (name: string) => string {
  const bare = (name: string) => name.replace(LEGAL_FORM, '')
  const known = new Set(names.map(bare))
  const qualified = new Map<string, Set<string>>()
  for (const name of known) {
    const words = name.split(' ')
    if (words.length < 2 || !words.slice(1).every((word) => QUALIFIERS.has(word))) continue
    const longer = qualified.get(words[0] as string) ?? new Set()
    qualified.set(words[0] as string, longer.add(name))
  }
  return (name) => {
    const key = bare(name)
    const dotless = key.endsWith('.com') ? key.slice(0, -'.com'.length) : key
    if (dotless !== key && known.has(dotless)) return dotless
    const longer = [...(qualified.get(key) ?? [])]
    return longer.length === 1 ? (longer[0] as string) : key
  }
}
