import { ADJECTIVE_PARTY_FORMS, PARTIES } from '../../data/actors/institutions.ts'
import { SPEECH_VERBS } from '../../data/actors/speech-verbs.ts'
import type { ArticleMentions } from './mentions.ts'
import { type OneWordOrganization, settleOneWordMentions } from './one-word-organizations.ts'
import { speaksAfter } from './speaking-government.ts'
import type { TaggedArticle } from './tag-article.ts'
import { isInside } from './tagger/tags.ts'

// Verbs of saying and reporting in every form a subject takes, plural too ("Democrats insist", "BuzzFeed reported").
const SAYING = new Set([
  ...SPEECH_VERBS,
  ...SPEECH_VERBS.filter((verb) => /[^s]s$/.test(verb)).map((verb) =>
    verb.endsWith('ies')
      ? `${verb.slice(0, -3)}y`
      : verb.endsWith('sses')
        ? verb.slice(0, -2)
        : verb.slice(0, -1),
  ),
  'report',
  'reports',
  'reported',
])
// What may stand before a subject that opens its clause: a comma, a quote, a dash, "and", "but".
const OPENERS = new Set([',', '"', '“', '”', '—', '–', ':', ';', '(', 'and', 'but', 'Still', 'Now', 'But'])

// A party's adjective form and the shortest party name it starts: "Republican" → "Republican Party", "Democrat" →
// "Democratic Party" (not "Democratic Unionist Party").
const PARTY_OF_FORM = new Map(
  ADJECTIVE_PARTY_FORMS.flatMap((form) => {
    const names = PARTIES.map((p) => p.name).filter((name) => name.startsWith(form))
    const party = names.sort((a, b) => a.length - b.length)[0]
    return party ? [[form, party] as const] : []
  }),
)

/**
 * "Democrats said", "Republicans argue": the capitalized plural of a party's adjective form names the party (one
 * actor with "Democratic Party", "GOP"), where the capital is the writer's and not the sentence's: mid-sentence, or
 * first in a sentence when the article writes it capitalized mid-sentence too or it speaks. Not inside a longer name the tagger
 * found or a capital goes on with ("Young Republicans Club"). Changes and adds to the mentions in place.
 * @example // "Still, Democrats insist the tide is turning." → "Democrats": organization, canonical "Democratic Party"
 */
export function settlePartyPlurals(article: TaggedArticle, found: ArticleMentions): void {
  const { tokens, sentenceOf, tags } = article
  const midSentence = new Set<string>()
  for (let i = 1; i < tokens.length; i++)
    if (sentenceOf[i - 1] === sentenceOf[i]) midSentence.add((tokens[i] as { text: string }).text)
  const plurals: OneWordOrganization[] = []
  for (let i = 0; i < tokens.length; i++) {
    const word = (tokens[i] as { text: string }).text
    const party = word.endsWith('s') ? PARTY_OF_FORM.get(word.slice(0, -1)) : undefined
    if (!party || !(midSentence.has(word) || speaksAsSubject(article, i))) continue
    // "Young Republicans Club", "Democrats Abroad": the name goes on.
    const next = sentenceOf[i + 1] === sentenceOf[i] ? (tokens[i + 1]?.text ?? '') : ''
    if (isInside(tags[i + 1] ?? 0) || /^\p{Lu}/u.test(next)) continue
    plurals.push({ at: i, canonical: party })
  }
  // A mention another stage gave its one name keeps it.
  settleOneWordMentions(article, found, plurals, (mention) => Boolean(mention.canonical))
}

/** Whether the word at `i` opens its clause and a verb of saying or reporting follows it, past an auxiliary or adverb. */
export function speaksAsSubject(article: TaggedArticle, i: number): boolean {
  const before =
    article.sentenceOf[i - 1] === article.sentenceOf[i] ? (article.tokens[i - 1]?.text ?? '') : ''
  return (before === '' || OPENERS.has(before)) && speaksAfter(article, i, SAYING)
}
