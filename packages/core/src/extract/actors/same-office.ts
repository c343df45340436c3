// Words that date or qualify a holder rather than name the office: "the former minister" is still the minister.
const STATUS_WORDS = new Set([
  'former',
  'ex',
  'acting',
  'interim',
  'outgoing',
  'incoming',
  'new',
  'then',
  'current',
])

// Words that make another office of the same head: a deputy prime minister is not "the prime minister".
const RANK_WORDS = new Set(['deputy', 'vice', 'assistant', 'associate', 'shadow', 'under', 'junior'])

/**
 * Whether a title standing alone may mean a person by the title's head word only ("the minister" for Foreign
 * Minister X): each of its other words must be in the person's title too, since an office is its whole phrase
 * ("the attorney general" is not Solicitor General Y, "the deputy prime minister" not Prime Minister Z), and
 * the person's title must not be a lower rank of it ("the prime minister" is not Deputy Prime Minister W).
 * @example isSameOffice('the former minister', 'Foreign Minister') // true
 */
export function isSameOffice(standalone: string, role: string): boolean {
  const held = wordsOf(role)
  const said = new Set(wordsOf(standalone))
  if (held.some((w) => RANK_WORDS.has(w) && !said.has(w))) return false
  const heldSet = new Set(held)
  return [...said].every((w) => w === 'the' || STATUS_WORDS.has(w) || heldSet.has(w))
}

function wordsOf(title: string): string[] {
  return title
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w !== '')
}
