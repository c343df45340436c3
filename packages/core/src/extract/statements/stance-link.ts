import { MODALS } from './lexicon.ts'
import { guessPos } from './pos.ts'
import { judgingSign } from './stance-lexicon.ts'
import { isLyAdverb, QUOTE_MARKS, RELATIVES } from './stance-words.ts'

// Tags that may stand inside the phrase a judging word belongs to, before it: articles, possessive pronouns and
// possessives, adjectives, adverbs, nouns and names used as modifiers, numbers, quotes.
const MODIFIERS = new Set(['D', 'J', 'R', 'N', 'P', 'S', 'NUM'])
const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your'])
// Tags of words that take an object: a judging word after them is the object's, not the subject's.
const TAKES_OBJECT = new Set(['V', 'VD', 'VN', 'VG', 'I', 'TO'])
// Verbs that link a subject to what is said of it: "X was *corrupt*", "X seems *weak*".
const LINKING = new Set(
  'is are was were be been being am seem seems seemed looks looked remains remained became becomes'.split(
    ' ',
  ),
)
const VERBS = new Set(['V', 'VD', 'VN', 'VG'])
// Words of unity, and the words after them that name what unites: "united in", "united against", "unity over".
const UNITY = new Set(['united', 'unity'])
const UNITED_IN = new Set(['in', 'against', 'over', 'on', 'behind', 'with'])
const PARTICLES = new Set(['out', 'up', 'off', 'down', 'away'])
const SUBJECTS = new Set(['he', 'she', 'they'])
const COUNTERFACTUAL = new Set(['might', 'could', 'would', 'should', 'may', 'must'])
const HAVE = new Set(['has', 'have', 'had'])
const PREPOSITIONS = new Set(['I', 'TO'])
const AGENTIVE = new Set(['by', 'under'])
// Words tagged as prepositions that open a clause whose subject the target is: "that Smith lied".
const CLAUSE_OPENERS = new Set(
  'that because if while as since although though whether when after before'.split(' '),
)

/**
 * Whether the judging word at token `k` says something of the target at tokens [`first`, `end`): it is a verb
 * ("X *lied*", "*slammed* X"), or its phrase (the modifiers before it) opens the clause, follows the target
 * ("X's *lies*") or a linking verb ("X was *corrupt*"), rather than standing as the object of another word ("take
 * its *fair* share", "tackling *abuse*").
 * @example judgesTarget(['Britain', 'should', 'take', 'its', 'fair', 'share'], 4, 0, 1) // false
 */
export function judgesTarget(texts: readonly string[], k: number, first: number, end: number): boolean {
  const tag = (i: number) => guessPos(texts[i] as string, (texts[i] as string).toLowerCase(), i === 0)
  const word = (texts[k] as string).toLowerCase()
  // "broke his leg", "talks broke down": a thing broken judges its breaker only where it is a duty ("broke his word").
  if (BREAKING.has(word) && !dutyBroken(texts, k)) return false
  // A word for harm done judges the one who does it, and news names the victim as often: "the killings of Y",
  // "Y was shot and killed by police". Only the agent is judged: before the active verb, or the noun's owner.
  if (HARM.test(word)) {
    // "voters were *misled* by Y", "staff *abused* by Y": in the passive, the agent after "by" is the one who did it.
    if (k < first) return (texts[k + 1] ?? '').toLowerCase() === 'by' && leadsTo(texts, k, first, tag)
    if (PARTICIPLE.test(word) && (texts[k + 1] ?? '').toLowerCase() === 'by') return false
    if (
      PARTICIPLE.test(word) &&
      k - end <= 3 &&
      texts.slice(end, k).some((text) => BE_OR_AND.has(text.toLowerCase()))
    )
      return false
  }
  // "a *trusted* adviser of Y", "Y, a *loyal* ally of Z,": a word that qualifies someone's tie to another describes
  // the tie. It judges neither the other one nor, as praise in an appositive, the one it names.
  if (
    RELATIVES.test(texts[k + 1] ?? '') &&
    (k < first || (judgingSign(word) > 0 && appositive(texts, end, k, tag)))
  )
    return false
  // "*Thankfully* the Greens lost": an adverb before the target tells how the speaker takes the news, not whom.
  if (k < first) return !isLyAdverb(word) && leadsTo(texts, k, first, tag)
  // A feeling said of the target is the target's own, not a judgment of it: "Y was *grateful*", "Y is *proud*".
  if (
    k >= end &&
    (FEELINGS.has(word) || (FELT.test(word) && FELT_AFTER.has((texts[k - 1] ?? '').toLowerCase())))
  )
    return false
  // "Y was *wrongly* accused", "Y was *unfairly* blamed": a wrong done to Y, in the passive. Not a state Y holds
  // to ("Y was *obsessively* committed to cuts"), which is Y's own.
  // An adverb of wrongness marks a wrong done to Y even with those participles ("Y was *wrongly* committed to prison").
  if (
    /ly$/.test(word) &&
    /ed$/.test((texts[k + 1] ?? '').toLowerCase()) &&
    BE_OR_AND.has((texts[k - 1] ?? '').toLowerCase()) &&
    (WRONGLY.test(word) || !HELD_TO.has((texts[k + 1] ?? '').toLowerCase()))
  )
    return false
  // "Y replaced *outdated* equipment", "Y is fighting *cronyism*": a bad thing Y acts against does not judge Y.
  if (k > end && texts.slice(Math.max(end, k - 3), k).some((text) => REMEDY.test(text.toLowerCase())))
    return false
  // A verb of attitude after its subject is the subject's own attitude, not a judgment of it: "Y *thanked* the
  // voters", "Y *blamed* the weather"; in the passive ("Y was *praised*", "Y was *blamed*") it is said of Y, and
  // after an article it is an adjective of a noun phrase ("Y has been a *trusted* friend").
  // After "and" the verb is passive only when a form of "be" came before it ("Y was praised and thanked"); else it
  // is Y's own second verb ("Y watched the match and *blamed* the referee").
  const previous = (texts[k - 1] ?? '').toLowerCase()
  const passive =
    BE_OR_AND.has(previous) &&
    (previous !== 'and' ||
      texts.slice(end, k - 1).some((text) => {
        const lower = text.toLowerCase()
        return lower !== 'and' && BE_OR_AND.has(lower)
      }))
  if (ATTITUDE.test(word) && VERBS.has(tag(k)) && !passive && !ADJECTIVE_OPENERS.has(previous)) return false
  // "Y and Z were *united* in relying on fear": what they are united in or against is what judges them, not unity.
  if (UNITY.has(word) && UNITED_IN.has((texts[k + 1] ?? '').toLowerCase())) return false
  // "Y behaved *disgracefully*", "Y had acted *irresponsibly*": an adverb of manner right after the target's verb
  // judges how the target acted; not in the passive ("Z was treated *unfairly*"), where the act is another's.
  if (
    k > end &&
    isLyAdverb(word) &&
    VERBS.has(tag(k - 1)) &&
    texts.slice(end, k - 1).every((text) => HELPERS.has(text.toLowerCase())) &&
    !BE_OR_AND.has((texts[k - 2] ?? '').toLowerCase())
  )
    return true
  // A target inside another word's prepositional phrase is not what is judged after it: "the move against Smith
  // could *damage* the party", "plans in Mexico, a *disgrace*"; the agent after "by" or "under" is.
  // Past a title the name leaves out: "against Governor Tom Reed".
  // "contrasted with Y's *contrived* photo opportunities": the phrase Y owns is judged, wherever that phrase hangs.
  if (ownedPhrase(texts, end, k, tag)) return true
  // "a choice between Y, who will *waste* more, and …": a relative clause's verb is said of the one it follows,
  // wherever that one stands.
  if (relativeVerb(texts, end, k)) return true
  // "typical of Lib Dem *hypocrisy*", "victims of Russian *aggression*": the target qualifies the judging noun right
  // after it, which is its own act, wherever the phrase hangs; not "anti-EU *propaganda*", aimed at it.
  if (k === end && !VERBS.has(tag(k)) && !AIMED_AT.test(texts[first] as string)) return true
  let b = first - 1
  while (b >= 0 && b > first - 3 && tag(b) === 'P') b--
  const before = b >= 0 ? (texts[b] as string).toLowerCase() : ''
  if (b >= 0 && PREPOSITIONS.has(tag(b)) && !AGENTIVE.has(before) && !CLAUSE_OPENERS.has(before)) return false
  // "China and elsewhere, which he *blamed* on …": a subject of its own stands between, whose the verb is.
  if (texts.slice(end, k).some((text) => SUBJECTS.has(text.toLowerCase()))) return false
  // "Y was robbed by men who *stole* his car": a relative clause of another's noun, the object of a word after Y.
  if (otherRelative(texts, end, k, tag)) return false
  // "that Reagan might have *admired*": what did not happen judges no one.
  if (
    k >= 2 &&
    HAVE.has((texts[k - 1] as string).toLowerCase()) &&
    COUNTERFACTUAL.has((texts[k - 2] as string).toLowerCase())
  )
    return false
  // A participle after an article or a possessive is an adjective in a noun phrase of its own ("met the *failed*
  // bankers"), judged by what the phrase hangs on below; otherwise a verb says something of its subject.
  if (VERBS.has(tag(k)) && !ADJECTIVE_OPENERS.has((texts[k - 1] ?? '').toLowerCase())) return true
  let j = k - 1
  while (j >= 0 && (j < first || j >= end)) {
    const lower = (texts[j] as string).toLowerCase()
    // "sort out the *shambles*", "clean up the *mess*": the object of a phrasal verb.
    if (PARTICLES.has(lower) && j > 0 && j < k - 1) return false
    if (!MODIFIERS.has(tag(j)) && !POSSESSIVE_PRONOUNS.has(lower) && !QUOTE_MARKS.has(lower)) break
    j--
  }
  if (j < 0) return true
  if (j >= first && j < end) return true
  // "under Labour governments, these *unaccountable* agencies grew": a phrase a demonstrative opens after a mark
  // names a thing of its own, the subject of its own clause, not an aside on the target.
  if (
    j >= end &&
    CLAUSE_MARKS.has(texts[j] as string) &&
    DEMONSTRATIVES.has((texts[j + 1] ?? '').toLowerCase())
  )
    return false
  const lower = (texts[j] as string).toLowerCase()
  // "Y was in *turmoil*", "Y is in a *mess*": a state after a linking verb and "in" is said of the subject.
  // Only where the word ends the phrase, a mark or a name after it: "Y is in *desperate* need of cash" is a want.
  if (lower === 'in' && j >= end && LINKING.has((texts[j - 1] ?? '').toLowerCase()))
    return k + 1 >= texts.length || PHRASE_ENDS.has(tag(k + 1))
  // A participle right after "has" or "had" is the verb of the sentence: "had *damaged* relations".
  if (HAVE.has(lower) && j === k - 1) return true
  // The object of "do" or "make" tells how its subject acted, the target right before it but for helpers: "Y did
  // a *fantastic* job", "Y made a *terrible* mistake", "Y has made a *mess* of it".
  if (
    LIGHT_VERBS.has(lower) &&
    j >= end &&
    texts.slice(end, j).every((text) => HELPERS.has(text.toLowerCase()))
  )
    return true
  // "is nothing less than an *illegal* act", "was little short of a *disgrace*": a comparison that links.
  if (COMPARING.has(`${(texts[j - 1] ?? '').toLowerCase()} ${lower}`)) return true
  // "Y was dropped, so that the economy was *successful*": a clause after the target with a subject of its own
  // names whom its linking verb speaks of.
  if (LINKING.has(lower) && j > end && clauseSubjectBetween(texts, end, j)) return false
  // "Comparing Y to Z is *crass*": a gerund that opens the subject with Y as its object is the act judged, not Y.
  if (LINKING.has(lower) && j >= end && gerundOpens(texts, first)) return false
  return LINKING.has(lower) || !TAKES_OBJECT.has(tag(j))
}

// Words that may come between a gerund and its object: "comparing *the* party".
const GERUND_OBJECT_OPENERS = new Set(['the', 'a', 'an', 'this', 'that'])

// Words in "-ing" that are no gerund: a title ("Acting Governor Y"), prepositions, and nouns ("everything Y did").
const NOT_GERUNDS = new Set(
  `acting during including regarding concerning following according excluding pending barring morning evening
    king thing nothing something anything everything`.split(/\s+/),
)

/** Whether the target at `first` is the object of an "-ing" word that opens its sentence: "Blaming Y is easy". */
function gerundOpens(texts: readonly string[], first: number): boolean {
  let g = first - 1
  if (GERUND_OBJECT_OPENERS.has((texts[g] ?? '').toLowerCase())) g -= 1
  const gerund = texts[g] ?? ''
  if (!/^[A-Za-z]{2,20}ing$/.test(gerund) || NOT_GERUNDS.has(gerund.toLowerCase())) return false
  const before = texts[g - 1]
  // Only a sentence's or a quote's opening: after a comma, "-ing" opens an aside ("…, claiming Y was reckless").
  return before === undefined || QUOTE_MARKS.has(before)
}

// Words that may stand for the target as a clause's subject: "Y said that *it* was weak" is left to the reading.
const STAND_INS = new Set('it this these those he she they we i you'.split(' '))
// How far back from a linking verb its clause's opener is looked for: a subject of a few words.
const SUBJECT_REACH = 6

/**
 * Whether the words from `end` to the linking verb at `j` open a clause ("that", "because" …) and then a subject
 * of its own before the verb, none of them a word that could stand for the target.
 */
function clauseSubjectBetween(texts: readonly string[], end: number, j: number): boolean {
  for (let o = j - 2; o >= Math.max(end, j - SUBJECT_REACH); o--) {
    if (!CLAUSE_OPENERS.has((texts[o] as string).toLowerCase())) continue
    return texts.slice(o + 1, j).every((text) => !STAND_INS.has(text.toLowerCase()))
  }
  return false
}

// Marks after which a new phrase may open, and the demonstratives that open one about another thing than the target.
const CLAUSE_MARKS = new Set([',', ';', ':', '-', '\u2013', '\u2014'])
const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those'])

// Tags of the word after a state's noun that show the noun ends its phrase: a mark, a preposition, a conjunction,
// an adverb ("in turmoil after the vote", "in chaos, and").
const PHRASE_ENDS = new Set(['.', 'I', 'TO', 'C', 'R'])

// Participles of a state one holds to, not a thing done to one: "committed to", "wedded to", "obsessed with".
// Adverbs that say an act done to someone was wrong.
const WRONGLY = /^(?:wrongly|wrongfully|unfairly|unjustly|falsely|mistakenly)$/

// Verbs of acting against a bad thing: what follows them is the thing, not a judgement of their subject.
const REMEDY =
  /^(?:replac|fight|fought|tackl|combat|curb|end(?:s|ed|ing)?$|stamp|eradicat|eliminat|abolish|scrap|crack|clamp|remov)/

const HELD_TO = new Set([
  'committed',
  'wedded',
  'devoted',
  'attached',
  'addicted',
  'obsessed',
  'fixated',
  'beholden',
])

/** Whether the phrase of the word at token `k` opens at a comma right after the target: "Y, a trusted aide". */
function appositive(texts: readonly string[], end: number, k: number, tag: (i: number) => string): boolean {
  let j = k - 1
  while (j > end && (tag(j) === 'D' || tag(j) === 'J' || tag(j) === 'R')) j--
  return j === end && texts[j] === ','
}

const POSSESSIVE_MARKS = new Set(["'s", '\u2019s', "'", '\u2019'])

/**
 * Whether the judging word at token `k` stands in the phrase the target owns: a possessive right after the
 * target, then only modifiers and quotes before the word ("Y 's " contrived photo opportunities").
 */
function ownedPhrase(texts: readonly string[], end: number, k: number, tag: (i: number) => string): boolean {
  if (k <= end || !POSSESSIVE_MARKS.has((texts[end] ?? '').toLowerCase())) return false
  for (let i = end + 1; i < k; i++)
    if (!MODIFIERS.has(tag(i)) && !QUOTE_MARKS.has((texts[i] as string).toLowerCase())) return false
  return true
}

// Words after which a participle modifies a noun: "the *failed* bankers", "its *broken* promises".
const ADJECTIVE_OPENERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  ...POSSESSIVE_PRONOUNS,
])

// Judging words for a feeling, whose subject has it: "Y was grateful", "Y is proud of". The participles among
// them are a feeling only after "be", "feel" or a degree word ("Y was appalled"); active, they judge their subject
// ("Y's remark appalled voters").
const FEELINGS = new Set(['grateful', 'proud', 'thankful', 'heartbroken'])
const FELT = /^(?:outraged|disgusted|appalled|offended|incensed|horrified|shocked)$/
const FELT_AFTER = new Set([
  ...LINKING,
  'felt',
  'feel',
  'feels',
  'very',
  'so',
  'deeply',
  'absolutely',
  'utterly',
])

// Verbs of an attitude, whose subject holds it: "thanked", "praises", "admired", "blamed", "accusing".
const ATTITUDE =
  /^(?:blam(?:e|es|ed|ing)$|accus|critici[sz]|condemn|denounc|thank|prais|admir(?:e|es|ed|ing)$|respect(?:s|ed|ing)?$|trust(?:s|ed|ing)?$|commend|congratulat|applaud|welcom|hail|endors|champion(?:s|ed|ing)$)/

// Prefixes of a word that turn the name in it into what a phrase is for or against: "anti-EU", "pro-Labour".
const AIMED_AT = /^(?:anti|pro|counter|non)-/i

// Relative pronouns that open a clause about the one before them: "Y, who …", "Y, which …".
const CLAUSE_RELATIVES = new Set(['who', 'which'])

/**
 * Whether the word at token `k` opens the predicate of a relative clause right after the target, past a comma and
 * helpers ("Y, who will *waste* more", "Y, which has *failed*"), not a word in the clause's object ("Y, who made a
 * *mess*").
 */
function relativeVerb(texts: readonly string[], end: number, k: number): boolean {
  let at = end
  if (texts[at] === ',') at++
  if (!CLAUSE_RELATIVES.has((texts[at] ?? '').toLowerCase())) return false
  for (let i = at + 1; i < k; i++)
    if (!HELPERS.has((texts[i] as string).toLowerCase()) && !MODALS.has((texts[i] as string).toLowerCase()))
      return false
  return true
}

/**
 * Whether a "who" or "which" between the target and the word at token `k` follows another noun phrase that is
 * the object of a preposition or verb after the target ("Y was robbed by *men who* stole"), whose clause the word is
 * in; not a noun the target is linked to ("Y is *a man who* lied").
 */
function otherRelative(
  texts: readonly string[],
  end: number,
  k: number,
  tag: (i: number) => string,
): boolean {
  for (let r = end + 1; r < k; r++) {
    if (!CLAUSE_RELATIVES.has((texts[r] as string).toLowerCase())) continue
    let j = r - 1
    if (j <= end || tag(j) !== 'N') continue
    while (j > end && MODIFIERS.has(tag(j))) j--
    if (
      j >= end &&
      (PREPOSITIONS.has(tag(j)) || VERBS.has(tag(j))) &&
      !LINKING.has((texts[j] as string).toLowerCase())
    )
      return true
  }
  return false
}

// Verbs whose object tells how their subject acted: "did a good job", "made a mistake".
const LIGHT_VERBS = new Set('do does did done doing make makes made making'.split(' '))
// Helpers that may stand between a subject and its verb: "Y *has been* doing", "Y *would have* made".
const HELPERS = new Set("has have had is are was were be been 's also".split(' '))

// Words that link a subject to a judging word after them as "be" does: "nothing less than", "short of".
const COMPARING = new Set(['less than', 'short of', 'better than', 'more than'])

// Words for harm done to someone, whose object or subject in the passive is the victim: violence, and damage to a
// standing or a case ("damaging Y's chances", "ignoring a Y judgement", "Y may have been misled").
const HARM =
  /^(?:kill|murder|massacr|slaughter|assassinat|invad|invasion|genocid|abus|attack|shot|shoot|tortur|damag|weaken|harm(?:s|ed|ing)?$|hurt|undermin|misl[ei]|deceiv|ignor|insult|smear|endanger|jeopardi|sabotag|humiliat|steal|stole|theft|embezzl|loot|plunder|swindl|extort)/
// Forms of "break", which judge only a duty broken.
const BREAKING = new Set(['break', 'breaks', 'breaking', 'broke', 'broken'])
// Duties one can break, a wrong in the one who does: "broken *promises*", "broke the *rules*", "has broken his *word*".
const DUTIES =
  /^(?:promise|pledge|word|rule|law|convention|agreement|ceasefire|truce|deal|treat(?:y|ies)|commitment|vow|oath|code|regulation|manifesto|undertaking|guarantee|embargo|sanction|contract|trust)s?$/
// How many words after a form of "break" its duty may come: "broke every ethical *rule*".
const DUTY_REACH = 4

/** Whether a duty is what the form of "break" at token `k` breaks: within a few words after it, before a stop. */
function dutyBroken(texts: readonly string[], k: number): boolean {
  for (let i = k + 1; i <= k + DUTY_REACH && i < texts.length; i++) {
    const lower = (texts[i] as string).toLowerCase()
    if (DUTIES.test(lower)) return true
    if (PHRASE_STOPS.has(lower)) return false
  }
  return false
}

// Words that end the object of a form of "break" before its duty: "broke down *in* talks", "broke *,* said".
const PHRASE_STOPS = new Set([',', '.', ';', ':', 'and', 'but', 'in', 'on', 'at', 'to', 'by', 'with', 'down'])

// Past participles of the harm words, in which the victim is the subject: "Y was *killed*", "Y was *stolen*".
const PARTICIPLE = /(?:ed|^stolen|^shot|^hurt)$/
// Words between a victim and a passive harm word: "Y was killed", "Y were shot and killed".
const BE_OR_AND = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be', 'and', 'got', 'get'])

/** How many words may stand between a judging word and the target after it: "perverse acts by some US". */
const MOST_BETWEEN = 4
// Words that join a judging word to the target after it: "the failure of", "acts by", "slammed the".
const JOINING = new Set('by of the a an some these those this its their his her'.split(' '))
const JOINING_TAGS = new Set(['N', 'J', 'P', 'S'])

/**
 * Whether the judging word at token k governs the target that starts at `first`: only a few articles, nouns,
 * names and "by" or "of" stand between ("*slammed* Smith", "*perverse* acts by Smith"), not a clause of their own
 * ("*offensive* to Smith", "is not *divided*, and Smith").
 */
function leadsTo(texts: readonly string[], k: number, first: number, tag: (i: number) => string): boolean {
  if (first - k - 1 > MOST_BETWEEN) return false
  for (let i = k + 1; i < first; i++) {
    const lower = (texts[i] as string).toLowerCase()
    if (!JOINING.has(lower) && !QUOTE_MARKS.has(lower) && !JOINING_TAGS.has(tag(i))) return false
  }
  return true
}

// Words between "under a" and a party that set its term: "under a new Labour government", "a future Tory one".
const TERM_WORDS = new Set(['new', 'future', 'second', 'third', 'fourth', 'fifth', 'next'])

// Verbs after "if X" that put X in office: "if Labour is elected", "if the Tories win".
const TAKES_OFFICE =
  /^(?:elected|re-elected|returned|wins?|won|gets?|stays?|remains?|forms?|takes?|comes?|back)$/
// How many words may stand between "if X" and the verb that puts X in office: "if Labour is returned".
const MOST_BEFORE_OFFICE = 2

/**
 * Whether the target at tokens [`first`, `end`) is held answerable for its clause: it follows "under" ("higher
 * taxes under Labour", "Under New Labour, households pay …"), or a condition puts it in office ("if Labour is
 * elected, there will be …").
 * @example answerable(['taxes', 'rise', 'under', 'labour'], 3, 4) // true
 */
export function answerable(lower: readonly string[], first: number, end: number): boolean {
  let b = first - 1
  // Past an article and a word that sets the term: "under the Tories", "under a new Labour government".
  if (['the', 'a', 'an'].includes(lower[b] ?? '')) b--
  else if (TERM_WORDS.has(lower[b] ?? '') && ['the', 'a', 'an'].includes(lower[b - 1] ?? '')) b -= 2
  if (lower[b] === 'under') return true
  if (lower[b] !== 'if') return false
  for (let k = end; k < Math.min(lower.length, end + 1 + MOST_BEFORE_OFFICE); k++)
    if (TAKES_OFFICE.test(lower[k] as string)) return true
  return false
}
