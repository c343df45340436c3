// A company's legal form after its name ("Vellcor Corp", "Quorvex Inc.") and the words that a firm or a
// campaign adds to its name ("Amnesty International", "Vellcor Group"): closed classes. The trade a firm names
// after its own name ("Vellcor Networks", "Orlin Airlines", "Tarrow Electric Power") is one of them: news calls
// the firm by the words before it once it has named it in full. Not the words of a firm's own unit ("Media",
// "Entertainment", "Radio", "News", "Video"): "Orlin Media" is often a company of its own beside "Orlin".
const LEGAL_FORM = / (?:Inc|Corp|Ltd|Plc|PLC|plc|LLC|GmbH|AG)\.?$/
const QUALIFIERS = new Set([
  'International',
  'Group',
  'Holdings',
  'Corporation',
  'Incorporated',
  'Airlines',
  'Airways',
  'Motors',
  'Networks',
  'Technologies',
  'Communications',
  'Systems',
  'Electronics',
  'Industries',
  'Pharmaceuticals',
  'Software',
  'Brothers',
  'Power',
])

/** Whether a name ends in a company's legal form or a firm's qualifier: "Orlin Airways", "Vexco Group", "Tarrow Inc". */
export function endsAsFirm(name: string): boolean {
  return LEGAL_FORM.test(name) || QUALIFIERS.has(name.slice(name.lastIndexOf(' ') + 1))
}

/**
 * The name an organization is keyed by among the article's `names`, where the article writes it two ways:
 * without its legal form where it also names it bare ("Vellcor Corp" beside "Vellcor"), without ".com" likewise
 * ("Quorvex.com Inc." beside "Quorvex"), and a one-word name as the one longer name of the article that it opens
 * before its qualifiers ("Amnesty" for "Amnesty International"). A name written one way keeps it. Names come
 * without "the". The short name may be several words ("Tarrow Electric" for "Tarrow Electric Power").
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
    let end = words.length
    while (end > 1 && QUALIFIERS.has(words[end - 1] as string)) end--
    if (end === words.length) continue
    const short = words.slice(0, end).join(' ')
    const longer = qualified.get(short) ?? new Set()
    qualified.set(short, longer.add(own(name)))
  }
  return (name) => {
    const key = own(name)
    const longer = [...(qualified.get(key) ?? [])]
    return longer.length === 1 ? (longer[0] as string) : key
  }
}
