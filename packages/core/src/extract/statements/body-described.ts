import { countStartingBefore } from '../../parse/count-before.ts'
import type { Token } from '../../parse/document.ts'
import { givenNameGender } from '../given-names.ts'
import type { Anchor } from './anchors.ts'
import { type Discourse, isCompanyNoun, sentenceIndexAt } from './antecedents.ts'
import { guessPos } from './pos.ts'

// How many sentences back the name may lie, as for "the company" itself.
const SENTENCES_BACK = 5
// How many words an appositive after the name may hold before its noun: "RHB, Malaysia's third-biggest lender,".
const APPOSITIVE_REACH = 6
// Words that tie an appositive's noun to another one, which the appositive is then about: "boss of the group".
const TIES = new Set(['of', 'for', 'at', 'in', 'with', 'from', 'to', 'by'])
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that'])
// Parts of speech of a verb after a name, which makes the name the subject of a relative clause.
const VERBS = new Set(['V', 'VD', 'VN', 'M'])

/**
 * The name the text introduced as a company, whatever kind the tagger gave it, for "the firm" or "the company" when
 * no organization is in view: "Profits at drugmaker Dr Vale's fell. The firm said …", "RHB, Malaysia's biggest
 * lender, is looking for a partner, the firm said". The nearest such name in the last sentences; undefined when
 * none is introduced that way.
 * @example nameDescribedAsCompany(discourse, at) // 'person:dr-vale' for the firm above
 */
export function nameDescribedAsCompany(discourse: Discourse, at: number): string | undefined {
  const { parsed, anchors } = discourse
  const { tokens } = parsed
  const sentence = sentenceIndexAt(parsed.sentences, at)
  const from = parsed.sentences[Math.max(0, sentence - SENTENCES_BACK)]?.start ?? 0
  for (let i = countStartingBefore(anchors, at) - 1; i >= 0; i--) {
    const anchor = anchors[i] as Anchor
    if (anchor.start < from) break
    if (anchor.form !== 'name' || anchor.end > at) continue
    if (anchor.kind !== 'person' && anchor.kind !== 'location') continue
    const first = countStartingBefore(tokens, anchor.start)
    // "Ann Lee, boss of the group": a person a given name opens is a person, whatever noun stands by.
    if (anchor.kind === 'person' && givenNameGender(tokens[first]?.text ?? '') !== undefined) continue
    const after = countStartingBefore(tokens, anchor.end)
    if (nounBefore(tokens, first, after) || appositiveNoun(tokens, after)) return anchor.actor
  }
  return undefined
}

/**
 * Whether a company noun stands right before token `first`: "drugmaker Dr Vale", "building group Vexco"; not
 * "the company Vexco founded", where a determiner opens the noun and a verb follows the name (token `after`).
 */
function nounBefore(tokens: readonly Token[], first: number, after: number): boolean {
  const word = tokens[first - 1]?.text ?? ''
  if (!/^\p{Ll}/u.test(word) || !isCompanyNoun(word)) return false
  const next = tokens[after]?.text ?? ''
  const relative = VERBS.has(guessPos(next, next.toLowerCase(), false))
  return !(relative && DETERMINERS.has(tokens[first - 2]?.text.toLowerCase() ?? ''))
}

/** Whether an appositive set off by commas after the name ends in a company noun: ", Malaysia's biggest lender,". */
function appositiveNoun(tokens: readonly Token[], after: number): boolean {
  if (tokens[after]?.text !== ',') return false
  for (let k = after + 1; k < tokens.length && k - after <= APPOSITIVE_REACH; k++) {
    const word = tokens[k]?.text ?? ''
    if (word === ',' || word === '.') return isCompanyNoun(tokens[k - 1]?.text ?? '')
    if (!/^[\p{L}\d'\u2019-]+$/u.test(word) || TIES.has(word)) return false
  }
  return false
}
