import { wordTable } from '../../parse/word-table.ts'
import type { Span } from '../../schemas/span.ts'
import { anchorsWithin } from './anchors.ts'
import { type Discourse, type EarlierSpeaker, sentenceIndexAt } from './antecedents.ts'

// A spokesperson of a side, named by "the" and the side's name: "The Tory spokesman", "the Lib Dem health spokeswoman".
const THE_SIDE_SPOKESPERSON = /^the\s+(?:[\p{L}-]+\s+){1,3}spokes(man|woman|person)$/iu
// A role that speaks for a party: a spokesman's own, or a shadow minister's.
const SPEAKS_FOR_SIDE = /\bspokes(?:man|woman|person)\b|\bshadow\b/i
// How many sentences back the person the description stands for may have spoken.
const REACH = 1
const GENDER = wordTable<'male' | 'female' | undefined>({
  man: 'male',
  woman: 'female',
  person: undefined,
})

/**
 * The person "the Tory spokesman" stands for: the one who spoke in this sentence or the one before, when their role
 * speaks for a side ("Shadow foreign secretary Tom Reed", "the Tory health spokesman Tom Reed") or the text ties them
 * to that side ("Mr Reed asked … The Tory spokesman also criticised …"). A nameless spokesperson who spoke before
 * ("a Tory spokesman said") is left to the body it speaks for.
 * @example sideSpokespersonQuoted(discourse, source, earlier) // 'person:tom-reed'
 */
export function sideSpokespersonQuoted(
  discourse: Discourse,
  source: Span,
  earlier: readonly EarlierSpeaker[],
): string | undefined {
  const { parsed } = discourse
  const match = THE_SIDE_SPOKESPERSON.exec(parsed.view.slice(source.start, source.end).trim())
  if (!match) return undefined
  const side = anchorsWithin(discourse.anchors, source.start, source.end).find(
    (anchor) => anchor.kind === 'organization' || anchor.kind === 'group',
  )
  if (!side) return undefined
  const last = earlier.findLast((spoke) => spoke.at < source.start)
  if (!last || last.voice) return undefined
  const sentence = sentenceIndexAt(parsed.sentences, source.start)
  if (sentence - sentenceIndexAt(parsed.sentences, last.at) > REACH) return undefined
  const person = discourse.actors.get(last.actor)
  if (person?.kind !== 'person') return undefined
  const gender = GENDER[(match[1] as string).toLowerCase()]
  const known = discourse.genders.get(person.id)
  if (gender && known && known !== gender) return undefined
  if (person.affiliation !== undefined && person.affiliation !== side.actor) return undefined
  const speaks = person.affiliation === side.actor || SPEAKS_FOR_SIDE.test(person.role ?? '')
  return speaks ? person.id : undefined
}
