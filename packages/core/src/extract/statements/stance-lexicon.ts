import type { Polarity } from '../../schemas/statement.ts'
import { FEELINGS } from './stance-feelings.ts'

/** A phrase that shows a stance, and on which side of it the target stands. */
export interface StanceCue {
  /** Lower-case words; a word ending in '*' matches any word that starts with it, ANY_WORD any word of letters. */
  words: readonly string[]
  /** For each word ending in '*', what a matching word starts with; null for a word matched whole. */
  prefixes: readonly (string | null)[]
  polarity: Exclude<Polarity, 'neutral'>
  /** Where the target is: after the phrase ("opposed the US"), or before it ("the US is responsible"). */
  target: 'after' | 'before'
}

/** The verbs of regard held by the speaker, as whole words: "I trust Y", "he admired Y". */
export const REGARD_VERBS = ['trust', 'trusts', 'trusted', 'admire', 'admires', 'admired']

/** In a cue's words, one word of any letters: an adjective the phrase may take ("a *lasting* difference"). */
export const ANY_WORD = '~'

// No, one or two free words, spelled for `cue`.
const UP_TO_TWO = ['', ` ${ANY_WORD}`, ` ${ANY_WORD} ${ANY_WORD}`]

const cue = (
  phrase: string,
  polarity: StanceCue['polarity'],
  target: StanceCue['target'] = 'after',
): StanceCue => ({
  words: phrase.split(' '),
  prefixes: phrase.split(' ').map((word) => (word.endsWith('*') ? word.slice(0, -1) : null)),
  polarity,
  target,
})

/**
 * The stance phrases, most specific first. Written by hand from how news reports stances; general English, not
 * taken from any one article.
 */
export const STANCE_CUES: readonly StanceCue[] = [
  cue('not tolerate', 'oppose'),
  cue("n't tolerate", 'oppose'),
  cue('will not allow', 'oppose'),
  cue('oppos*', 'oppose'),
  cue('against', 'oppose'),
  cue('reject*', 'oppose'),
  cue('condemn*', 'oppose'),
  cue('denounc*', 'oppose'),
  cue('criticiz*', 'oppose'),
  cue('criticis*', 'oppose'),
  cue('object* to', 'oppose'),
  cue('disagre* with', 'oppose'),
  cue('sceptical of', 'oppose'),
  cue('skeptical of', 'oppose'),
  // "we are deeply critical of Y", "I was appalled by Y": the speaker's own feeling toward Y, as "sceptical of" is
  // (stance-feelings.ts); stance-phrase.ts makes sure the speaker holds it and that it is about Y.
  ...FEELINGS.flatMap(([feeling, polarity, prepositions]) =>
    prepositions.split(' ').map((preposition) => cue(`${feeling} ${preposition}`, polarity)),
  ),
  cue('protest*', 'oppose'),
  cue('unacceptable', 'oppose', 'before'),
  // "Y is not wanted here": the speaker would keep Y out. With the form of "be" written, so a past perfect ("Y had
  // not wanted to stand") is not read as one; "Y are not needed and not wanted" once a form of "be" comes before.
  ...['is', 'are', 'was', 'were', 'and'].map((be) => cue(`${be} not wanted`, 'oppose', 'before')),
  cue('sanction*', 'oppose'),
  cue('attack*', 'oppose'),
  cue('not deliver*', 'oppose', 'before'),
  cue("n't deliver*", 'oppose', 'before'),
  cue('failed to deliver', 'oppose', 'before'),
  cue('put* at risk', 'oppose', 'before'),
  // "Y has turned its back on voters": a desertion said of Y; "glad to see the back of Y": Y is wished gone.
  cue('turn* its back on', 'oppose', 'before'),
  cue('turn* their back* on', 'oppose', 'before'),
  cue('glad to see the back of', 'oppose'),
  cue('see the back of', 'oppose'),
  // "Y has a moral obligation to resign", "Y has a duty to act": an act asked of Y, as "Y must" asks it.
  cue('obligation to', 'demand', 'before'),
  cue('duty to', 'demand', 'before'),
  // "Y have learned nothing from defeat": a failure to learn said of Y.
  cue('learned nothing', 'oppose', 'before'),
  cue('learnt nothing', 'oppose', 'before'),
  cue('responsible for', 'blame', 'before'),
  cue('to blame', 'blame', 'before'),
  cue('blam*', 'blame'),
  cue('accus*', 'blame'),
  cue('fault', 'blame', 'before'),
  cue('is up to', 'demand'),
  cue('up to', 'demand'),
  cue('opportunity for', 'demand'),
  cue('time has come for', 'demand'),
  cue('time had come for', 'demand'),
  cue('time for', 'demand'),
  // "Y would be well advised to leave it alone": advice that asks an act of Y.
  cue('be well advised to', 'demand', 'before'),
  cue('be better advised to', 'demand', 'before'),
  cue('be much better advised to', 'demand', 'before'),
  cue('must', 'demand', 'before'),
  cue('should not', 'demand', 'before'),
  cue('should', 'demand', 'before'),
  cue('ought to', 'demand', 'before'),
  cue('needs to', 'demand', 'before'),
  cue('need to', 'demand', 'before'),
  cue('needed to', 'demand', 'before'),
  cue('demand*', 'demand'),
  cue('urg*', 'demand'),
  cue('call* on', 'demand'),
  cue('insist*', 'demand'),
  cue('threaten*', 'threaten'),
  cue('retaliat*', 'threaten'),
  cue('warn*', 'threaten'),
  cue('support*', 'support'),
  // "we have lost confidence in Y", "I have no confidence in Y": trust withdrawn; before "confidence in", which
  // would read it as trust held.
  cue('lost confidence in', 'oppose'),
  cue('lost all confidence in', 'oppose'),
  cue('lost faith in', 'oppose'),
  cue('no confidence in', 'oppose'),
  cue('confidence in', 'support'),
  // "I trust Y", "he still admired Y", "we have every faith in Y": the speaker's own regard, which a stance verb in the
  // content shows as "support*" does; "faith in" is held as "confidence in" is (stance-phrase.ts).
  cue('no faith in', 'oppose'),
  cue('faith in', 'support'),
  // Whole words: "trustee", "admiral" are no regard; "the trust" is a body (stance-phrase.ts reads the noun).
  ...REGARD_VERBS.map((verb) => cue(verb, 'support')),
  // "Y was right to resign": the act judged well done, as "Y was wrong to" judges it ill done.
  ...['is', 'are', 'was', 'were', 'been'].map((be) => cue(`${be} right to`, 'support', 'before')),
  // "Y is making a real difference": Y's work is judged to tell; "Y would not make any difference", that it does not.
  // Up to two adjectives of any kind before the noun ("a lasting difference", "no measurable impact").
  ...UP_TO_TWO.flatMap((adjectives) => [
    cue(`mak* a${adjectives} difference`, 'support', 'before'),
    cue(`made a${adjectives} difference`, 'support', 'before'),
    cue(`no${adjectives} effect`, 'oppose', 'before'),
    cue(`no${adjectives} impact`, 'oppose', 'before'),
  ]),
  ...['not make', "n't make", 'not made', "n't made", 'not making'].map((verb) =>
    cue(`${verb} any difference`, 'oppose', 'before'),
  ),
  cue('mak* no difference', 'oppose', 'before'),
  cue('made no difference', 'oppose', 'before'),
  cue('deserv* credit', 'support', 'before'),
  cue('deserv* praise', 'support', 'before'),
  cue('welcom*', 'support'),
  cue('prais*', 'support'),
  cue('back*', 'support'),
  cue('endors*', 'support'),
  cue('applaud*', 'support'),
  cue('thank*', 'support'),
  cue('agree* with', 'support'),
  cue('stand* with', 'support'),
  cue('stood with', 'support'),
  cue('stood by', 'support'),
]

/** Words that turn a stance around when they come just before it: "does not support". */
export const NEGATORS = new Set(['not', "n't", 'never', 'no', 'nor', 'without'])

/** A reporting verb that shows a stance toward its object: "accused Y", "urged Y", "praised Y". */
export interface CueVerb {
  /** What the lower-cased verb starts with: "accus" for "accused", "accuses", "accusing". */
  prefix: string
  polarity: Exclude<Polarity, 'neutral'>
}

/**
 * Reporting verbs whose object is the target of the speaker's stance, by the stance they show. Written by hand
 * from how news reports stances; general English. A prefix is long enough not to catch other words ("prais", not
 * "pra").
 */
export const CUE_VERBS: readonly CueVerb[] = [
  ...['accus', 'blam', 'fault'].map((prefix) => ({ prefix, polarity: 'blame' as const })),
  ...['urg', 'call', 'press', 'demand', 'implor', 'told', 'ask'].map((prefix) => ({
    prefix,
    polarity: 'demand' as const,
  })),
  ...['warn', 'threaten'].map((prefix) => ({ prefix, polarity: 'threaten' as const })),
  ...[
    'prais',
    'welcom',
    'hail',
    'applaud',
    'thank',
    'congratulat',
    'commend',
    'back',
    'endors',
    'defend',
    'laud',
    'extol',
    'salut',
  ].map((prefix) => ({ prefix, polarity: 'support' as const })),
  ...[
    'condemn',
    'reject',
    'criticis',
    'criticiz',
    'denounc',
    'slam',
    'attack',
    'dismiss',
    'oppos',
    'lambast',
    'rebuk',
    'chastis',
    'castigat',
    'ridicul',
    'mock',
    'scold',
    'blast',
    'hammer',
    'assail',
    'decri',
    'decry',
    'deplor',
    'berat',
    'excoriat',
    'chid',
    'admonish',
    'reprimand',
    'censur',
    'vilif',
    'demoniz',
    'demonis',
    'savag',
    'skewer',
    'lash',
  ].map((prefix) => ({ prefix, polarity: 'oppose' as const })),
]

/**
 * Verbs of CUE_VERBS that show their stance only with an object and one of these words after it: "told Y to",
 * "asked Y to", "called on Y to", "warned Y that", "warned Y not to". Without them ("told Y that…", "warned Y
 * about…") they only report.
 */
export const OBJECT_COMPLEMENTS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['told', new Set(['to'])],
  ['ask', new Set(['to'])],
  ['call', new Set(['to'])],
  ['press', new Set(['to'])],
  ['warn', new Set(['that', 'not', 'to', 'against', 'it'])],
])

/**
 * Words that judge whoever they are said of, by sign: the evidence a learned polarity needs before it counts as
 * a stance. Written by hand; general English. An entry ending in '*' matches any word that starts with it.
 */
const JUDGING_WORDS: Record<'against' | 'for', string> = {
  against: `pervers* disgrace* shame* scandal* corrupt* lie lies lied lying liar* fail* betray* incompeten* chaos
    chaotic mess messy disaster* reckless* irresponsib* dishonest* hypocri* abus* illegal* unlawful* criminal*
    wrong* bad worse worst terribl* appall* outrag* disgust* unacceptabl* mislead* misled deceiv* decept* stunt rubbish
    nonsense absurd* ridiculous* contrived egomania* arrogan* provocat* aggressive aggression hostil* dangerous* damag* harm harms harmed harming harmful undermin* sabotag*
    interfer* meddl* bully* bullied smear* falsely broken broke forgot* ignor* neglect* mismanag* wast* stealth
    racis* sexis* extremis* brutal* cruel* violat* breach* cheat* fraud* greed* cynic* complacen* incoheren* weak*
    divided divisive disunity feud* sleaze* sleazy screwed screwing offen* heartbreak* incens* guilty fault*
    blame* shambles farce* fiasco* blunder* hopeless* useless* pathetic* lawless* intimidat* unfair*
    unjust* hysteri* paranoi* dictator* authoritarian* repressi* oppressi* genocid* atrocit* massacr* murder*
    kill* invad* invasion* occupier* aggressor* slaughter* war-monger* warmonger* imperialis* bankrupt crook*
    propaganda dodgy deficien* discourte* shoddy assault* bombard* shelling dodg* disproportionat* overreact* over-react*
    inappropriat* gimmick* u-turn* sham naive insensitiv* unworkable botch* squander* inept* half-hearted humiliat*
    cavalier discriminat* disappoint* worthless inadequa* ludicrous* fiddl* prevaricat* shambolic misguided coward*
    spineless dither* lacklustre unfit deplorabl* insult* lacks lacked lacking deceit* scaremonger*
    misrepresent* distort* misjudg* negligen* draconian sinister vindictive callous bogus delusion* deluded
    shabby grubby contempt* crass myopic short-sighted excessive obsess* falter* vacuous desperat*
    unambitious lackadaisical extravagan* dubious opportunis* unsustainabl* mistake mistakes petty juvenile childish sulk*
    squabbl* wreck* steal steals stealing stole stolen theft* embezzl* loot* plunder* swindl* extort* jeopardi*
    endanger* outdated obsolete discredit* evil stupid* foolish* idiot* careless* secretive unaccountab* treacher*
    traitor* treason* bigot* xenophob* homophob* intoleran* vile nasty untrustworth* unreliab* cronyism cronies
    thug* fascis* capitulat* appeasement bossy clueless feebl* hapless lazy laziness turmoil abhor*`,
  for: `prais* brave* courag* hero* admire* admirabl* admiration excellen* good success* strong strength* commend*
    trust trusts trusted trusting trustworth* honest integrity wise visionary brilliant* outstanding remarkabl* impressiv* effective* competent
    united unity proud grateful thank* congratulat* champion* respect* decent* reliabl* fair fairness
    generous* skilful* skillful* talent* tireless* dedicat* inspir* wonderful* fantastic* superb* tremendous*
    distinguished formidable principled committed capable credible sensible pragmatic compassion* loyal*
    invaluable gifted passion* statesman* achievement* achieved`,
}

/** Judging words by lower-cased form: exact words, and prefixes of the entries ending in '*' by their first three letters. */
const JUDGING_EXACT = new Map<string, -1 | 1>()
const JUDGING_PREFIXES = new Map<string, [string, -1 | 1][]>()
for (const sign of [-1, 1] as const) {
  for (const entry of JUDGING_WORDS[sign < 0 ? 'against' : 'for'].split(/\s+/)) {
    if (!entry) continue
    if (!entry.endsWith('*')) {
      JUDGING_EXACT.set(entry, sign)
      continue
    }
    const prefix = entry.slice(0, -1)
    const bucket = JUDGING_PREFIXES.get(prefix.slice(0, 3)) ?? []
    bucket.push([prefix, sign])
    JUDGING_PREFIXES.set(prefix.slice(0, 3), bucket)
  }
}

/**
 * Whether a lower-cased word judges whoever it is said of: -1 against, 1 for, 0 neither.
 * @example judgingSign('perverse') // -1
 */
export function judgingSign(lower: string): -1 | 0 | 1 {
  const exact = JUDGING_EXACT.get(lower)
  if (exact) return exact
  const bucket = lower.length >= 3 ? JUDGING_PREFIXES.get(lower.slice(0, 3)) : undefined
  if (bucket) for (const [prefix, sign] of bucket) if (lower.startsWith(prefix)) return sign
  return 0
}

// Judging words that accuse of a wrong act rather than judge a record: said of someone, they blame ("Smith
// *misled* voters", "an *illegal* contribution", "Russian troops *killed* civilians", "Y *stole* the savings"), where "a
// *failure*" opposes.
const ACCUSING =
  /^(?:illegal|unlawful|criminal|mislead|misled|deceiv|decept|lie[ds]?$|lying|liars?$|dishonest|cheat|fraud|fiddl|screw|guilty|fault|blame|dodg(?:e[sd]?|ing)$|corrupt|brib|rigged$|smear|kill|murder|massacr|slaughter|assault|bombard|shelling$|atrocit|steal|stole|theft|embezzl|loot|plunder|swindl|extort)/

// Words after "good" that make it a set phrase judging no one: "good reason to", "the good name of", "in good faith".
const GOOD_PHRASES = new Set([
  'reason',
  'reasons',
  'name',
  'faith',
  'luck',
  'deal',
  'cause',
  'question',
  'will',
])

// Words before "bankrupt" or "broke" that make it a fate that befell someone: "went bankrupt", "declared itself
// bankrupt", "nearly broke" is not one ("nearly broke the rules"), so only verbs of becoming and reflexives.
const FATE_BEFORE = new Set(
  'go goes going gone went become becomes became becoming declare declares declared declaring itself themselves himself herself'.split(
    ' ',
  ),
)

/**
 * Whether a judging word stands in a set phrase that judges no one, by the words around it: "good reason to
 * leave", "the good name of the firm", "what good did it do".
 * @example inSetPhrase('what', 'good', 'did') // true
 */
export function inSetPhrase(previous: string, lower: string, next: string): boolean {
  // "committed to peace" judges; "committed a crime", "committed suicide" do not.
  if (lower === 'committed') return next !== 'to'
  // "went bankrupt", "may declare itself bankrupt", "went broke": a firm's fate, not a judgement of it.
  if (lower === 'bankrupt' || lower === 'broke') return FATE_BEFORE.has(previous)
  return lower === 'good' && (GOOD_PHRASES.has(next) || previous === 'what')
}

/**
 * Whether a lower-cased judging word accuses of a wrong act, which makes its stance `blame`.
 * @example accuses('misled') // true
 */
export function accuses(lower: string): boolean {
  return ACCUSING.test(lower)
}

/**
 * Words right after a stance verb's object that make it no stance: a host "welcomed Y to Paris", "welcomed Y at
 * the airport", "welcomed Y back".
 */
export const OBJECT_EXCLUSIONS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['welcom', new Set(['to', 'at', 'in', 'into', 'back', 'on', 'aboard'])],
])

// Outcomes a party in office is held answerable for, in one word or two: "higher taxes", "a tax rise", "spending
// cuts". Written by hand; general English of political news. A bare "cuts" is left out: "tax cuts" are a good one.
const BAD_OUTCOMES = new Set(
  'debt debts deficit recession unemployment poverty crisis austerity bureaucracy'.split(' '),
)
const BAD_PAIRS = new Set(
  `higher taxes|higher tax|more taxes|extra taxes|tax increase|tax increases|tax rise|tax rises|tax hike|tax hikes|job losses|waiting lists|red tape|spending cuts|cuts to`.split(
    '|',
  ),
)

/**
 * How many words a bad outcome takes at token k of lower-cased words ("higher taxes", "spending cuts"), a
 * negative judging word counting as one; 0 when none starts there.
 * @example badOutcomeAt(['higher', 'taxes', 'under', 'labour'], 0) // 2
 */
export function badOutcomeAt(lower: readonly string[], k: number): number {
  const word = lower[k] ?? ''
  // "tax cuts to small firms" are not cuts to a service.
  if (BAD_PAIRS.has(`${word} ${lower[k + 1] ?? ''}`) && !(word === 'cuts' && lower[k - 1] === 'tax')) return 2
  if (BAD_OUTCOMES.has(word) || judgingSign(word) < 0) return 1
  // "taxes would go up", "bills will rise": a cost said to grow a few words on.
  // Only the cost itself, not what it names ("tax credits would rise"), and only a growth not denied ("prices
  // would not rise"): the words between are a verb's helpers.
  if (COSTS.has(word)) {
    for (let i = k + 1; i < Math.min(lower.length, k + 1 + COST_REACH); i++) {
      const next = lower[i] as string
      if (RISING.test(next) || (next === 'up' && /^(?:go|goes|going|gone|went)$/.test(lower[i - 1] ?? '')))
        return 1
      if (!COST_HELPERS.has(next)) break
    }
  }
  return 0
}

// Words that may stand between a cost and its growth: auxiliaries, modals, "to", "set", "likely", "go" ("taxes would
// have to go up", "bills are set to soar"). Not a negation, nor a noun the cost names ("tax credits").
const COST_HELPERS = new Set(
  "will would could may might must shall should can 'll 'd to have has had be been is are was were set likely also further go goes going gone went continue continues".split(
    ' ',
  ),
)

// Costs whose growth is a bad outcome: "taxes would go up", "bills will rise".
const COSTS = new Set(['tax', 'taxes', 'prices', 'bills', 'rents', 'fares', 'charges', 'borrowing'])
// Verbs of growth after a cost: "rise", "soared", "increase".
const RISING =
  /^(?:ris(?:e|es|ing|en)|rose|increas(?:e|es|ed|ing)|soar(?:s|ed|ing)?|doubl(?:e|es|ed|ing)|rocket(?:s|ed|ing)?)$/
/** How many words after a cost may hold its growth: "taxes would have to go up". */
const COST_REACH = 4

// Words that make a bad outcome in their clause a good one: it falls, is halved, is tackled ("unemployment has
// been falling", "will tackle poverty", "lower debt", "fewer job losses"). Written by hand; general English.
const LESSENING =
  /^(?:lower(?:ed|ing|s)?|less|fewer|reduc(?:e|ed|es|ing|tion)|cut|cutting|fell|fall(?:s|en|ing)?|dropp?(?:ed|ing|s)?|declin(?:e|ed|es|ing)|decreas(?:e|ed|es|ing)|down|halv(?:e|ed|es|ing)|end(?:ed|ing|s)?|tackl(?:e|ed|es|ing)|beat(?:en|ing|s)?|fight(?:ing|s)?|fought|combat(?:ed|ing|s)?|curb(?:ed|ing|s)?|slash(?:ed|es|ing)?|eas(?:e|ed|es|ing)|shr(?:ink|inking|inks|ank|unk)|eliminat(?:e|ed|es|ing)|eradicat(?:e|ed|es|ing)|abolish(?:ed|es|ing)?|no)$/
// Words beside a bad outcome that make it grow, whatever else its clause says: "rising unemployment".
const GROWING =
  /^(?:ris(?:e|es|ing)|rose|risen|high(?:er)?|more|grow(?:s|ing|n)?|grew|soar(?:ed|ing|s)?|doubl(?:e|ed|ing))$/

/**
 * Whether a bad outcome at tokens [k, k + length) of lower-cased words is a good one in its clause (from the
 * punctuation or conjunction before it to the one after it): something there lessens it, and nothing right beside
 * it makes it grow. "poverty has been halved", "will tackle poverty"; not "rising poverty", "poverty rose".
 * @example outcomeLessened(['unemployment', 'has', 'been', 'falling'], 0, 1) // true
 */
export function outcomeLessened(lower: readonly string[], k: number, length: number): boolean {
  const beside = [lower[k - 1], lower[k + length]]
  if (beside.some((word) => word !== undefined && GROWING.test(word))) return false
  let from = k
  while (from > 0 && !CLAUSE_BOUNDARIES.has(lower[from - 1] as string)) from--
  let to = k + length
  while (to < lower.length && !CLAUSE_BOUNDARIES.has(lower[to] as string)) to++
  for (let i = from; i < to; i++)
    if ((i < k || i >= k + length) && LESSENING.test(lower[i] as string)) return true
  return false
}

// Tokens that end a clause: punctuation and the conjunctions that open a clause of their own.
const CLAUSE_BOUNDARIES = new Set([
  ',',
  ';',
  ':',
  '(',
  ')',
  '\u2014',
  '\u2013',
  '-',
  'but',
  'while',
  'whereas',
  'although',
  'though',
  'yet',
  'because',
])
