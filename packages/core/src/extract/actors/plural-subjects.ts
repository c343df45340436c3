import { HONORIFICS, ROLE_HEADS } from '../../data/actors/roles.ts'
import type { ArticleMentions, Mention } from './mentions.ts'
import { isFollowedByPersonalPronoun } from './name-forms.ts'
import type { TaggedArticle } from './tag-article.ts'

// Verbs in the plural right after a name: British news writes bands, clubs and firms so ("Vale have signed").
const PLURAL_VERBS = new Set(['have', 'are', 'were'])
// Words that make two subjects of a name and what comes before it ("Ann and Vale are", "sister Vale and she").
const JOINERS = new Set(['and', '&', 'or', 'nor', ',', 'both'])
const TITLES = new Set([...ROLE_HEADS, ...Object.keys(HONORIFICS)])

/**
 * "Tarrow have announced a tour", "Vale were beaten at home": a one-word name the tagger took for a person that
 * is the subject of a verb in the plural is a band, a club or a firm, which British news writes so; no person is
 * "are". Only where the article gives no one that name as a surname or given name ("Ann Vale"), never puts a
 * title before it, never follows it with "he" or "she", and the name alone is the verb's subject (not "Ann and
 * Vale are"). Every mention of the name becomes an organization's. Changes the mentions in place.
 * @example // "Tarrow have announced a tour." → Tarrow an organization
 */
export function settlePluralSubjects(article: TaggedArticle, found: ArticleMentions): void {
  const lone = new Map<string, Mention[]>()
  const borne = new Set<string>()
  for (const m of found.mentions) {
    if (m.kind !== 'person') continue
    if (m.last - m.first === 1) {
      const list = lone.get(m.text)
      if (list) list.push(m)
      else lone.set(m.text, [m])
    } else for (let k = m.first; k < m.last; k++) borne.add((article.tokens[k] as { text: string }).text)
  }
  for (const [name, list] of lone) {
    if (borne.has(name) || !list.some((m) => isPluralSubject(article, m))) continue
    if (list.some((m) => isTitled(article, m) || isFollowedByPersonalPronoun(article, m))) continue
    for (const m of list) m.kind = 'organization'
  }
}

/** Whether a one-word name alone is the subject of a verb in the plural right after it. */
function isPluralSubject(article: TaggedArticle, m: Mention): boolean {
  const { tokens, sentenceOf } = article
  const verb = tokens[m.last]?.text ?? ''
  if (!PLURAL_VERBS.has(verb) || sentenceOf[m.last] !== sentenceOf[m.first]) return false
  // "President George W Bush are …": the end of a longer name the tagger cut.
  const previous = m.first - 1
  if (sentenceOf[previous] === sentenceOf[m.first] && sentenceOf[previous - 1] === sentenceOf[m.first]) {
    if (/^\p{Lu}/u.test((tokens[previous] as { text: string }).text)) return false
  }
  for (let k = m.first - 1; k >= Math.max(0, m.first - 3) && sentenceOf[k] === sentenceOf[m.first]; k--)
    if (JOINERS.has((tokens[k] as { text: string }).text.toLowerCase())) return false
  return true
}

/** Whether a title or an honorific stands right before the name ("Mr Vale", "coach Vale"). */
function isTitled(article: TaggedArticle, m: Mention): boolean {
  const before = article.tokens[m.first - 1]?.text.toLowerCase() ?? ''
  return TITLES.has(before)
}
