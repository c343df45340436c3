import { countStartingBefore } from '../../parse/count-before.ts'
import type { ParsedArticle } from '../../parse/document.ts'
import type { Anchor } from './anchors.ts'

// Nouns after a country's or a body's name that make the name a modifier of something else it neither does nor
// is: where a war was fought ("the Iraq war"), whom a body is made of ("EU member states"), a country's people
// and press ("UK voters"), an inquiry or a resolution it holds or passed ("a Lords inquiry", "UN resolution
// 1441"), whose breach or call is not its own, and a seat it holds ("the Labour stronghold of X"). Not what it
// owns or does ("the Labour plans", "the Tory policies"), which judge it. Written by hand; general English.
const OTHER_HEADS =
  /^(?:wars?|conflicts?|crisis|member|members|states|countries|nations|media|press|people|public|voters?|citizens?|residents?|journalists?|students?|workers?|firms?|compan(?:y|ies)|business(?:es)?|tourists?|fans?|families|banks?|investors?|newspapers?|universit(?:y|ies)|economy|market|markets|inquiry|inquiries|investigations?|probes?|resolutions?|strongholds?|seats?|heartlands?)$/

// Reporting verbs whose object is the one told, not the one judged: "telling the BBC that something is wrong".
const TELLING = /^(?:told|tell|tells|telling)$/

/**
 * Whether a named country, body or place only modifies the noun after it ("the *Iraq* war", "*EU* member states",
 * "the *UK* e-University"), is the one told ("telling *the BBC* …") or the one an office serves ("president of *the
 * United States*"): then a judging word about that noun, that message or that office holder does not judge the
 * actor.
 * @example namesOther(parsed, iraq) // true in "the Iraq war could be illegal"
 */
export function namesOther(parsed: ParsedArticle, anchor: Anchor): boolean {
  if (anchor.form !== 'name' || anchor.kind === 'person') return false
  const { tokens } = parsed
  const at = countStartingBefore(tokens, anchor.start)
  const next = tokens[countStartingBefore(tokens, anchor.end)]
  if (next && next.start - anchor.end <= 1 && OTHER_HEADS.test(next.text.toLowerCase())) return true
  let before = at - 1
  if (tokens[before]?.text.toLowerCase() === 'the') before--
  const word = tokens[before]?.text.toLowerCase() ?? ''
  // "a very good president of *the United States*": the office holder is judged, not the country or body.
  if (word === 'of' && OFFICES_OF.test(tokens[before - 1]?.text.toLowerCase() ?? '')) return true
  return TELLING.test(word)
}

// Offices before "of" whose holder, not the body they serve, a judging word is about: "president of", "leader of".
const OFFICES_OF =
  /^(?:president|vice-president|premier|leader|king|queen|chancellor|minister|secretary|governor|mayor|ambassador|chairman|chairwoman|chair|head|chief|spokesman|spokeswoman)$/
