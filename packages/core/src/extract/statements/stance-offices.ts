import { countStartingBefore } from '../../parse/count-before.ts'
import type { ParsedArticle } from '../../parse/document.ts'
import type { Actor } from '../../schemas/actor.ts'
import type { Anchor } from './anchors.ts'
import { buildDiscourse, type Discourse, salienceScores, sentenceIndexAt } from './antecedents.ts'
import { mayHoldOffice, OFFICE_WINDOW, officeHolders, officeOf } from './office-holders.ts'
import { otherOffices } from './other-office.ts'

// "the" and up to four words after it, where an office's description may stand ("the Tory leader", "the home
// secretary"), looked at ahead so that "the chancellor and the prime minister" gives both; each word a bounded run
// of letters.
const THE_AND_WORDS = /\b[Tt]he(?=((?: [\p{L}-]{1,30}){1,4}))/gu

/**
 * Whether the office's holder is the person most in view where it is described: of all who may hold it, or of
 * those not named before it in its own sentence ("Tom Vale urged the chancellor to resign": Tom Vale acts on the
 * holder and is not them).
 */
function inView(discourse: Discourse, at: number, phrase: string, holder: string): boolean {
  const scores = salienceScores(discourse, at, [], OFFICE_WINDOW, undefined, mayHoldOffice(phrase))
  if (mostInView(scores, new Set()) === holder) return true
  return mostInView(scores, namedEarlierInSentence(discourse.parsed, discourse.anchors, at)) === holder
}

/** The person most in view, when one alone is, leaving out `except`. */
function mostInView(scores: ReadonlyMap<string, number>, except: ReadonlySet<string>): string | undefined {
  const [first, second] = [...scores].filter(([actor]) => !except.has(actor)).sort((a, b) => b[1] - a[1])
  return first && (!second || second[1] < first[1]) ? first[0] : undefined
}

/** The people named in the sentence of `at`, before it. */
function namedEarlierInSentence(parsed: ParsedArticle, anchors: readonly Anchor[], at: number): Set<string> {
  const sentence = parsed.sentences[sentenceIndexAt(parsed.sentences, at)]
  const named = new Set<string>()
  if (!sentence) return named
  for (let i = countStartingBefore(anchors, sentence.start); i < anchors.length; i++) {
    const anchor = anchors[i] as Anchor
    if (anchor.start >= at) break
    if (anchor.kind === 'person') named.add(anchor.actor)
  }
  return named
}

/**
 * Descriptions of an office the article gives to one person ("the chancellor", "the Tory leader", "the premier"),
 * linked to that person as the whole article's mentions decide (see officeHolders): "Mr Brown … Tom Vale attacked
 * the chancellor's plans" targets Mr Brown. A description another office's qualifier comes before ("the shadow
 * chancellor", "the former prime minister") is not the holder and is left out.
 * @example officeHolderAnchors(parsed, anchors, actors) // [{ start: 40, end: 50, actor: 'person:neil-fairley', form: 'title' }]
 */
export function officeHolderAnchors(
  parsed: ParsedArticle,
  anchors: readonly Anchor[],
  actors: readonly Actor[],
): Anchor[] {
  const { view } = parsed
  if (!/\b[Tt]he /.test(view)) return []
  const discourse = buildDiscourse(parsed, anchors, actors)
  const holders = officeHolders(discourse)
  if (holders.size === 0) return []
  const found: Anchor[] = []
  for (const match of view.matchAll(THE_AND_WORDS)) {
    const words = (match[1] as string).trim().split(' ')
    // The longest run of words that is an office: "the home secretary", not "the home".
    for (let count = words.length; count > 0; count--) {
      const phrase = officeOf(`the ${words.slice(0, count).join(' ')}`)
      if (phrase === undefined) continue
      const holder = holders.get(phrase)
      const before = view.slice(Math.max(0, match.index - 12), match.index)
      if (
        holder !== undefined &&
        otherOffices(before).length === 0 &&
        otherOffices(phrase).length === 0 &&
        (discourse.mentionCounts.get(holder) ?? 0) >= 2 &&
        inView(discourse, match.index, phrase, holder)
      ) {
        const start = match.index + 4
        const end = start + words.slice(0, count).join(' ').length
        found.push({ start, end, actor: holder, kind: 'person', form: 'title' })
      }
      break
    }
  }
  return found
}
