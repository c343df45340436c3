// A company's legal form after its name ("Vellcor Corp", "Quorvex Inc.") and the words that a firm or a
// campaign adds to its one-word name ("Amnesty International", "Vellcor Group"): closed classes.
const LEGAL_FORM = / (?:Inc|Corp|Ltd|Plc|PLC|plc|LLC|GmbH|AG)\.?$/
const QUALIFIERS = new Set(['International', 'Group', 'Holdings', 'Corporation', 'Incorporated'])

/**
 * The name an organization is keyed by among the article's `names`, where the article writes it two ways:
 * without its legal form where it also names it bare ("Vellcor Corp" beside "Vellcor"), without ".com" likewise
 * ("Quorvex.com Inc." beside "Quorvex"), and a one-word name as the one longer name of the article that it opens
 * before a qualifier ("Amnesty" for "Amnesty International"). A name written one way keeps it. Names come
 * without "the".
 * @example companyNamesOf(['Amnesty International'])('Amnesty') // 'Amnesty International'
 */
export function companyNamesOf(names: readonly string[]): (name: string) => string {
  const written = new Set(names)
  const own = (name: string) => {
    const bare = name.replace(LEGAL_FORM, '')
    const key = written.has(bare) ? bare : name
    const dotless = bare.endsWith('.com') ? bare.slice(0, -'.com'.length) : bare
    return dotless !== bare && written.has(dotless) ? dotless : key
  }
  const qualified = new Map<string, Set<string>>()
  for (const name of written) {
    const words = name.replace(LEGAL_FORM, '').split(' ')
    if (words.length < 2 || !words.slice(1).every((word) => QUALIFIERS.has(word))) continue
    const longer = qualified.get(words[0] as string) ?? new Set()
    qualified.set(words[0] as string, longer.add(own(name)))
  }
  return (name) => {
    const key = own(name)
    const longer = [...(qualified.get(key) ?? [])]
    return longer.length === 1 ? (longer[0] as string) : key
  }
}
