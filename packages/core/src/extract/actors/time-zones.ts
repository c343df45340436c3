import type { ArticleMentions } from './mentions.ts'
import type { TaggedArticle } from './tag-article.ts'

// The abbreviations of time zones that news writes after a clock time ("10:11 pm CST", "1400 GMT", "3pm ET"): a
// closed class. After a time they are no body, whatever the tagger made of them.
const TIME_ZONES = new Set(
  [
    'UTC GMT BST IST CET CEST EET EEST WET MSK SAST WAT EAT CAT PKT JST KST HKT SGT',
    'AEST AEDT ACST ACDT AWST NZST NZDT EST EDT CST CDT MST MDT PST PDT AKST AKDT HST AST ADT NST ET CT MT PT',
  ]
    .join(' ')
    .split(' '),
)
// A clock time or its half of the day as the tokenizer gives it: "10:11", "1400", "3pm", "6", "p.m.", "noon".
const CLOCK_TIME = /^(?:\d{1,2}(?:[:.]\d{2})?(?:[ap]\.?m\.?)?|\d{4}|[ap]\.?m\.?|noon|midnight)$/i

/**
 * No time zone after a clock time as an actor: "The vote closes at 10:11 pm CST" had an organization "CST".
 * Changes `found.mentions` in place.
 * @example // "Markets open at 0800 CET." → no actor "CET"
 */
export function dropTimeZones(article: TaggedArticle, found: ArticleMentions): void {
  const { tokens, sentenceOf } = article
  found.mentions = found.mentions.filter((m) => {
    if (m.last - m.first !== 1 || !TIME_ZONES.has(m.text) || m.first === 0) return true
    const before = tokens[m.first - 1]?.text ?? ''
    return sentenceOf[m.first - 1] !== sentenceOf[m.first] || !CLOCK_TIME.test(before)
  })
}
