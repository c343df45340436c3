import type { ArticleMentions } from './mentions.ts'
import type { ArticleRoles } from './roles.ts'
import type { TaggedArticle } from './tag-article.ts'

// Callings news writes right before a name, in lower case, that no office is: "guitarist Bo Reed", "actress Ann
// Rusk". (Offices, "minister", "spokesman", are roles.ts's.)
const OCCUPATIONS = new Set(
  (
    'singer frontman frontwoman guitarist drummer bassist keyboardist rapper musician composer songwriter ' +
    'actor actress comedian presenter host broadcaster director producer screenwriter playwright novelist author ' +
    'poet artist designer photographer dancer choreographer'
  ).split(' '),
)
/**
 * Whether a word, in any case, singular or plural, is a calling news writes before a name: "guitarist", "Comedians".
 * @example isCalling('Rapper') // true
 */
export function isCalling(word: string): boolean {
  const lower = word.toLowerCase()
  return OCCUPATIONS.has(lower) || (lower.endsWith('s') && OCCUPATIONS.has(lower.slice(0, -1)))
}
// Callings that tell the person's gender.
const GENDERED: Readonly<Record<string, 'male' | 'female'>> = {
  actress: 'female',
  frontwoman: 'female',
  frontman: 'male',
}
// Words that may stand between a body's name and the calling: "Vexmen lead singer Bo Reed".
const BETWEEN = new Set(['lead', 'bass', 'rhythm'])
// Words after which a calling is a verb: "will host Bo Reed", "to direct Ann Rusk".
const VERB_LEADS = new Set([
  'to',
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'shall',
  'should',
  'must',
  "'ll",
  '’ll',
])

/**
 * A calling in lower case right before a person's name is the person's role where no title gave one ("guitarist
 * Bo Reed", "comedian Ann Rusk"), and a body's name right before the calling their affiliation ("Rusk Kings
 * guitarist Bo Reed"). Changes `roles.persons` in place.
 * @example // "Rusk Kings guitarist Bo Reed left." → Bo Reed: role "guitarist", affiliation Rusk Kings
 */
export function readOccupations(article: TaggedArticle, found: ArticleMentions, roles: ArticleRoles): void {
  const { tokens, sentenceOf } = article
  const byLast = new Map(found.mentions.map((m) => [m.last, m] as const))
  for (const mention of found.mentions) {
    if (mention.kind !== 'person' || roles.persons.get(mention)?.role) continue
    const k = mention.first - 1
    const word = tokens[k]?.text ?? ''
    if (!OCCUPATIONS.has(word) || sentenceOf[k] !== sentenceOf[mention.first]) continue
    if (VERB_LEADS.has((tokens[k - 1]?.text ?? '').toLowerCase())) continue
    const title = roles.persons.get(mention) ?? {}
    title.role = { first: k, last: k + 1, text: word, head: word }
    const gender = GENDERED[word]
    if (gender) title.gender ??= gender
    let before = k
    if (BETWEEN.has(tokens[before - 1]?.text ?? '')) before--
    const body = byLast.get(before)
    if (body?.kind === 'organization' && sentenceOf[body.first] === sentenceOf[k])
      title.affiliation ??= { mention: body }
    roles.persons.set(mention, title)
  }
}
