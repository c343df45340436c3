import { shippedPolarityModel } from '../polarity/model.ts'
import { valenceOf } from '../polarity/valence.ts'
import { guessPos } from './pos.ts'
import { judgingSign } from './stance-lexicon.ts'

/** The least outside valence (VADER's −4…4 scale) an adjective needs to judge by itself: "great", "poor". */
const STRONG = 2

/**
 * Whether a lower-cased word judges whoever it is said of: the stance lexicon's sign, else the sign of an
 * adjective's strong outside valence (VADER and AFINN), which reaches the judging adjectives the hand-written
 * lexicon lacks ("a great chancellor", "negative campaigning"). Nouns and verbs of strong valence ("bomb",
 * "suffered", "won") name events more often than they judge anyone.
 * @example judgingOrValence('great') // 1
 */
export function judgingOrValence(lower: string): -1 | 0 | 1 {
  // Not remembered here: learnedStance remembers each judging test's answers (stance-learned.ts, signsOf).
  const sign = judgingSign(lower)
  if (sign !== 0) return sign
  const valence = valenceOf(shippedPolarityModel().valence, lower)
  if (Math.abs(valence) < STRONG || FEELINGS.has(lower) || guessPos(lower, lower, false) !== 'J') return 0
  return valence > 0 ? 1 : -1
}

// Adjectives of feeling: said of someone, they tell that one's mood ("Y is confident", "glad Y was shamed", "Y was
// furious about the vote"), not a judgment of them; and adjectives of a state that a complement follows ("Y was free
// to go", "Y is able to").
const FEELINGS = new Set(
  [
    'glad happy unhappy pleased delighted thrilled confident sad angry upset worried anxious afraid scared hopeful',
    'optimistic pessimistic excited keen eager sorry relieved content furious disappointed proud ashamed grateful',
    'outraged embarrassed frustrated horrified shocked appalled annoyed nervous bitter jealous determined livid',
    'free able unable ready willing sure certain aware lucky fortunate',
  ]
    .join(' ')
    .split(' '),
)
