import type { StatementDraft } from './assemble.ts'
import type { StatementContext } from './context.ts'
import { stemWord } from './stem.ts'
import { VERB_POS } from './verb-pos.ts'

const CLAIM = stemWord('claim')
const DEFEND = stemWord('defend')

// Nouns of what a contest or a disaster takes: a title, a win, lives. 'claimed victory', 'defended her crown',
// 'claimed the lives of six' win, keep or take something; 'claimed responsibility' and 'defended the decision' are
// words. A closed class.
const PRIZES = new Set(
  'title titles crown victory win wins medal medals gold silver bronze lead trophy cup championship prize scalp double treble pole life lives seat seats'.split(
    ' ',
  ),
)

// Nouns one claims as a prize but defends in words ('claimed a record', 'defended her record', 'defended his
// position'). A closed class.
const CLAIMED_ONLY = new Set(
  'record records place spot position point points award honours honors'.split(' '),
)

// Ordinals and ranks before a noun: 'claimed third place', 'claimed the top spot'. A closed class.
const RANKS = new Set(
  'first second third fourth fifth sixth seventh eighth ninth tenth top last runner-up'.split(' '),
)

// Words in -est that rank nothing ('the latest figures', 'interest', 'protest'): no superlative.
const NOT_SUPERLATIVE = new Set(
  'latest interest protest request contest harvest forest honest modest earnest arrest unrest conquest'.split(
    ' ',
  ),
)

/**
 * Whether a "claim" or "defend" draft's content is a prize or a toll, not words: its object, up to the first comma or
 * preposition, has no verb or "that" and is headed by a noun of a contest's prize ('claimed victory over Hull',
 * 'defended her crown', 'The storm claimed the lives of six'), or, for "claim", ranks first or most ('claimed third
 * place', 'claimed the coldest night'), or, for "defend", tells a side's play ('defended deep in the second half').
 * 'claimed that the vote was rigged', 'claimed responsibility for the attack' and 'defended the decision' stay.
 * @example winsAPrize(context, draft, first) // true for "claimed" in "Leeds claimed victory over Hull."
 */
export function winsAPrize(context: StatementContext, draft: StatementDraft, first: number): boolean {
  const { cue, content } = draft
  if (draft.mode !== 'indirect' || content.start !== cue.end || cue.end - 1 !== first) return false
  const stem = context.stem(first) ?? ''
  if (stem !== CLAIM && stem !== DEFEND) return false
  if (stem === DEFEND && defendsInPlay(context, content.start)) return true
  let head = ''
  let ranked = false
  let scored = false
  let t = content.start
  for (; t <= content.last; t++) {
    const word = context.lower(t) ?? ''
    if (word === ',' || context.pos(t) === 'I') break
    if (context.isWord[t] !== 1) continue
    // 'lives', 'win', 'record', 'lead' are verbs as often: a prize noun is no clause.
    if (
      word === 'that' ||
      (VERB_POS.has(context.pos(t) ?? '') && !PRIZES.has(word) && !CLAIMED_ONLY.has(word))
    )
      return false
    if (RANKS.has(word) || isSuperlative(word)) ranked = true
    if (SCORE.test(word)) scored = true
    head = word
  }
  // 'claimed victory in the election' is a speech act: a win is a prize only over a rival or with a score.
  if (WINS.has(head)) return scored || OVER.has(context.lower(t) ?? '')
  if (PRIZES.has(head)) return true
  return stem === CLAIM && (CLAIMED_ONLY.has(head) || (ranked && head !== ''))
}

// Nouns of a win, which a candidate may claim in words ('claimed victory in the election'). A closed class.
const WINS = new Set(['victory', 'win', 'wins'])

// Prepositions naming the side beaten ('claimed victory over Hull', 'a win against Leeds'). A closed class.
const OVER = new Set(['over', 'against'])

// A score ('a 3-1 win'); digits only, so it cannot backtrack.
const SCORE = /^\d+[-–]\d+$/

/** Whether a lower-cased word reads as a superlative adjective: 'coldest', 'biggest', 'highest'. */
function isSuperlative(word: string): boolean {
  return word.length > 5 && word.endsWith('est') && !NOT_SUPERLATIVE.has(word)
}

// What may follow a manner word of play: 'defended deep in the second half', 'defended well, but…'.
const AFTER_MANNER = new Set(['I', '.'])

/**
 * Whether "defend" is followed by a manner word with no object, as a side defends in play ('Italy defended deep in the
 * second half', 'They defended well.'); 'defended controversial plans' has its object after the adjective.
 */
function defendsInPlay(context: StatementContext, t: number): boolean {
  const pos = context.pos(t) ?? ''
  if (pos !== 'R' && pos !== 'J') return false
  return AFTER_MANNER.has(context.pos(t + 1) ?? '.') || context.lower(t + 1) === 'and'
}
