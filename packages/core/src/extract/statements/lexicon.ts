import { stemWord } from './stem.ts'

// Verbs and nouns that report speech, belief or intention, by class; a feature for the learned cue tagger so that it
// generalises to reporting words it saw rarely in training ("clarified", "reiterated").
const CLASSES: Record<string, string> = {
  speech:
    'say tell announce declare claim clarify warn deny admit state add note explain insist argue report suggest assert acknowledge confirm reveal write tweet post ask reply respond recall describe complain concede contend maintain emphasize stress remark observe mention comment express reiterate repeat allege testify predict vow promise pledge threaten urge demand accuse blame criticize condemn praise thank welcome reject dismiss deny question answer proclaim announce inform brief quote cite telling speak talk joke quip boast lament mock slam blast attack call label dub charge assure caution advise propose recommend stress told criticise emphasise implore stipulate',
  mind: 'think believe want hope fear expect doubt know feel wish worry consider assume suspect estimate intend plan seem appear understand realize agree disagree decide refuse prefer favor oppose support endorse back',
  evidence: 'show find indicate suggest conclude reveal poll survey study',
  noun: 'statement remarks comment comments claim claims interview speech letter tweet statement testimony report memo announcement accusations accusation warning concern concerns criticism',
}

const LEXICON = new Map<string, string>()
for (const [name, words] of Object.entries(CLASSES)) {
  for (const word of words.split(' ')) {
    const stem = stemWord(word)
    if (!LEXICON.has(stem)) LEXICON.set(stem, name)
  }
}

/**
 * The reporting class of a stem ("speech", "mind", "evidence", "noun"), or undefined.
 * @example reportingClass(stemWord('clarified')) // 'speech'
 */
export function reportingClass(stem: string): string | undefined {
  return LEXICON.get(stem)
}

/**
 * Determiners: articles, demonstratives and possessives, words that open a noun phrase, so a participle or gerund
 * after them is a modifier or a noun ('the proposed tax', 'his handling of it'). Not "that", in news mostly a
 * conjunction or a relative ('said that proposed cuts …').
 */
export const DETERMINERS: ReadonlySet<string> = new Set(
  'the a an this these those his her its their our my your'.split(' '),
)

/** Words that negate a cue when they sit inside it or just before it. */
export const NEGATIONS: ReadonlySet<string> = new Set([
  'not',
  "n't",
  'never',
  'no',
  'nothing',
  'neither',
  'nor',
])

/**
 * The forms of "be", contractions too ("they're said to", "I'm told"): a passive's or a copula's auxiliary.
 * @example BE_FORMS.has("'re") // true
 */
export const BE_FORMS: ReadonlySet<string> = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'am',
  "'re",
  "'m",
])

/** The modal verbs, full forms: 'who *will* waste', 'Y *should* be reformed'. */
export const MODALS: ReadonlySet<string> = new Set(
  'will would can could may might must shall should'.split(' '),
)

/** Auxiliaries and adverbs that may stand between a negation and its reporting verb ("has not yet commented"). */
export const AUXILIARIES: ReadonlySet<string> = new Set(
  'has have had is are was were be been being do does did will would shall should can could may might must also yet still already even ever just publicly repeatedly previously later earlier reportedly immediately'.split(
    ' ',
  ),
)

/** Stems of the verbs whose object is the one spoken to: 'told his audience', 'assured MPs', 'warned ministers'. */
export const LISTENER_VERBS: ReadonlySet<string> = new Set(
  ['tell', 'assure', 'remind', 'inform', 'warn'].map(stemWord),
)
