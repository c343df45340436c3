import {
  GOVERNMENT_SAYING_VERBS,
  GOVERNMENT_VERB_GAP,
  GOVERNMENT_VERBS,
} from '../../data/actors/institutions.ts'
import { bodyMention, countryBefore } from './bodies.ts'
import type { Country } from './countries.ts'
import { isFunctionWord } from './function-words.ts'
import type { Mention } from './mentions.ts'
import { speaksAfter } from './speaking-government.ts'
import type { TaggedArticle } from './tag-article.ts'

// The data's verbs of saying with the plural present tense a plural subject takes ("ministers insist").
const VERBS = new Set([
  ...GOVERNMENT_SAYING_VERBS,
  ...'insist argue claim warn deny maintain admit stress suggest believe reject accept concede reveal revealed'.split(
    ' ',
  ),
])
// Its acts too ("Ministers had proposed", "ministers announced"), once the text has its government otherwise.
const ACTS = new Set([
  ...VERBS,
  ...GOVERNMENT_VERBS,
  'propose',
  'proposed',
  'announce',
  'plan',
  'want',
  'hope',
])
const GAP = new Set(GOVERNMENT_VERB_GAP)
// The people who speak for a body: "a government spokesman", "a No 10 spokeswoman".
const SPOKESPEOPLE = new Set(['spokesman', 'spokeswoman', 'spokesperson'])
// Words that may open a clause before a bare plural subject ("But ministers say"): anything else before it
// ("Tory ministers", "EU finance ministers", "former ministers") makes them some other ministers.
const CLAUSE_OPENERS = new Set([
  'but',
  'and',
  'that',
  'which',
  'yet',
  'so',
  'now',
  'while',
  'though',
  'however',
  ',',
])
// Verbs of judging and addressing whose object is a body ("blamed ministers", "urged ministers to"): closed.
const JUDGING_VERBS = new Set(
  'accused accuse accuses attacked attack attacks blamed blame blames condemned condemn condemns criticised criticise criticises criticized criticize criticizes praised praise praises urged urge urges told tell tells asked ask asks warned warn warns pressed press presses challenged challenge challenges lobbied lobby lobbies thanked thank thanks'.split(
    ' ',
  ),
)
// Prepositions and adverbs the clause-opening function words leave out ("urged the government to act", "over").
const AFTER_BODY = new Set('to over about against not also too now itself instead again'.split(' '))
const DETERMINERS = new Set(['a', 'the'])
// "the government", "this government" are one government; "a government" is any ("form a government").
const BODY_DETERMINERS = new Set(['the', 'this'])
const AUXILIARIES = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'should'])

// Any word matchGovernmentWords reads, as a substring of the tokens' view: one scan rules out most articles.
const ANY_GOVERNMENT_WORD = /government|ministers/i

/** Whether the text has a word of government at all ("government", "ministers"), so that one scan skips the rest. */
export function hasGovernmentWords(article: TaggedArticle): boolean {
  return ANY_GOVERNMENT_WORD.test(article.view)
}

/** A word of government and the country or other prefix written before it ("UK", "Scottish"), if any. */
export interface GovernmentWord {
  mention: Mention
  /** The capitalized word before it, as written ("Scottish" of "Scottish ministers"). */
  prefix?: string
}

/**
 * Plain words for a government that speak or are spoken of: "Ministers said", "But UK ministers have argued",
 * "a government spokesman", and, when `bare` is set, "the government" anywhere it is the body ("the government's
 * plan", "accused the government of", "Ministers had proposed", "blamed ministers for"), not "the government of
 * Burma", "a government", "local government" nor "the government minister". A prefix is a country, a demonym or one of `prefixes` ("Scottish" when the text names the Scottish
 * Government).
 * @example matchGovernmentWords(tagArticle(parseArticle('Ministers said the law would stay.')), false)[0]?.mention.text // 'Ministers'
 */
export function matchGovernmentWords(
  article: TaggedArticle,
  bare: boolean,
  prefixes: ReadonlySet<string> = new Set(),
): GovernmentWord[] {
  const { tokens } = article
  const found: GovernmentWord[] = []
  for (let i = 0; i < tokens.length; i++) {
    const word = (tokens[i] as { text: string }).text
    // Only "ministers" (9 letters) and "government" (10) can match: skip the lower-casing of every other word.
    if (word.length !== 9 && word.length !== 10) continue
    const lower = word.toLowerCase()
    const isMinisters = lower === 'ministers' && speaksAfter(article, i, bare ? ACTS : VERBS)
    const isJudged = bare && lower === 'ministers' && !isMinisters
    const isSpokesman = word === 'government' && SPOKESPEOPLE.has(next(article, i, 1))
    const isBody = bare && word === 'government' && !isSpokesman && isBodyUse(article, i)
    if (!isMinisters && !isJudged && !isSpokesman && !isBody) continue
    const prefix = prefixBefore(article, i, prefixes)
    const first = prefix ? i - 1 : i
    const before = previous(article, first)
    if (isMinisters && !(before === '' || CLAUSE_OPENERS.has(before))) continue
    if (isJudged && !JUDGING_VERBS.has(before)) continue
    if (isSpokesman && !DETERMINERS.has(before)) continue
    if (isBody && !BODY_DETERMINERS.has(before)) continue
    const mention = bodyMention(article, first, i + 1, prefix?.country)
    found.push(prefix ? { mention, prefix: prefix.word } : { mention })
  }
  return found
}

/** A country or demonym just before `i` ("UK ministers"), or one of `prefixes`: other words make other bodies. */
function prefixBefore(
  article: TaggedArticle,
  i: number,
  prefixes: ReadonlySet<string>,
): { word: string; country?: Country } | undefined {
  const word = article.tokens[i - 1]?.text ?? ''
  const country = countryBefore(article, i)
  if (country) return { word, country }
  return article.sentenceOf[i - 1] === article.sentenceOf[i] && prefixes.has(word) ? { word } : undefined
}

/** The word `k` tokens after `i` in its sentence, lower-cased, or ''. */
function next(article: TaggedArticle, i: number, k: number): string {
  const token = article.tokens[i + k]
  return token && article.sentenceOf[i + k] === article.sentenceOf[i] ? token.text.toLowerCase() : ''
}

/** The word before `i` in its sentence, lower-cased, or '' at a sentence's start. */
function previous(article: TaggedArticle, i: number): string {
  const token = article.tokens[i - 1]
  return token && article.sentenceOf[i - 1] === article.sentenceOf[i] ? token.text.toLowerCase() : ''
}

/**
 * "the government" as the body: followed by a possessive, punctuation, an auxiliary, a verb of its own or a
 * function word, but not by "of" and a name ("the government of Burma"), nor by a noun it modifies.
 */
function isBodyUse(article: TaggedArticle, i: number): boolean {
  const after = next(article, i, 1)
  if (after === '') return true
  if (after === 'of') return false
  if (after === "'s" || after === '’s' || AUXILIARIES.has(after) || GAP.has(after)) return true
  if (ACTS.has(after) || AFTER_BODY.has(after)) return true
  return !/^[a-z]/.test(after) || isFunctionWord(after.charAt(0).toUpperCase() + after.slice(1))
}
