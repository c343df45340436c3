import type { StatementDraft } from './assemble.ts'
import type { StatementContext } from './context.ts'
import { stemWord } from './stem.ts'
import { VERB_POS } from './verb-pos.ts'

const CITE = stemWord('cite')
const THREATEN = stemWord('threaten')

// Determiners and possessives that open a definite object: what a threat puts at risk ('threatens the health of…',
// 'threatened their jobs'), where 'threatened a strike' names the threat made. A closed class.
const DEFINITE = new Set(['the', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your'])

/**
 * Whether a draft's content is an object that holds no words: "citing" a source with no clause before the first comma
 * ('The agency, citing the weather office, noted…': the source cited, not what it said; 'cited a lack of staff' gives
 * a reason), or "threaten" with a definite
 * object and no "with", infinitive or clause ('Smoke threatens the health of thousands': a danger, not a threat made).
 * 'citing fears that prices will rise', 'threatened to resign' and 'threatened the firm with legal action' stay.
 * @example objectIsNoWords(context, draft, first) // true for "citing" in "Citing the weather office, the agency…"
 */
export function objectIsNoWords(context: StatementContext, draft: StatementDraft, first: number): boolean {
  const { cue, content } = draft
  if (draft.mode !== 'indirect' || content.start !== cue.end || cue.end - 1 !== first) return false
  const stem = context.stem(first) ?? ''
  if (stem === CITE) return citesASource(context, content.start, content.last)
  if (stem !== THREATEN || !DEFINITE.has(context.lower(content.start) ?? '')) return false
  for (let t = content.start; t <= content.last; t++) {
    const word = context.lower(t) ?? ''
    if (word === 'with' || word === 'to' || opensAClause(context, t)) return false
    if (word === ',') return true
  }
  return true
}

/**
 * Whether token t opens a clause after the one threatened ('threatened the council that she would sue', '…the council
 * she would sue'): "that" before a subject, or a pronoun before its verb. 'the fish that live there' is a relative.
 */
function opensAClause(context: StatementContext, t: number): boolean {
  const next = VERB_POS.has(context.pos(t + 1) ?? '')
  if (context.lower(t) === 'that') return !next
  return context.pos(t) === 'PR' && next
}

// Nouns of a source of facts ('citing a survey', 'citing official figures'), where 'citing a lack of staff' gives a
// reason. A closed class.
const SOURCES = new Set(
  'survey study report reports research data figures database poll office agency officials sources documents records statistics'.split(
    ' ',
  ),
)

/**
 * Whether the words cited, up to the first comma or preposition, name a source by a noun of facts, with no verb or "that"
 * ('citing the weather office', 'citing a survey'), not a reason ('citing a lack of staff', 'citing fears that…',
 * 'citing problems in Iraq': evidence is what the speaker put forward).
 */
function citesASource(context: StatementContext, first: number, last: number): boolean {
  let head = ''
  for (let t = first; t <= last; t++) {
    const word = context.lower(t) ?? ''
    // The noun cited heads its phrase: 'a lack of power from other sources' cites a lack.
    if (word === ',' || context.pos(t) === 'I') break
    if (word === 'that' || VERB_POS.has(context.pos(t) ?? '')) return false
    // The head is the phrase's last word: 'data protection rules' cites rules, 'the agency's concerns' concerns.
    if (context.isWord[t] === 1) head = word
  }
  return SOURCES.has(head)
}
