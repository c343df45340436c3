import type { Polarity } from '../../schemas/statement.ts'
import type { Anchor } from './anchors.ts'

/** Who speaks: the speaker, and the speaker with their own party, country or organization. */
export interface Sides {
  speaker: string
  own: ReadonlySet<string | undefined>
  /** The organization the speaker belongs to (a party, a company), when the article says. */
  camp?: string | undefined
  /** The organization an actor belongs to, or the actor itself when it is one. */
  campOf?: (actor: string) => string | undefined
  /** The country the article is set in, when the speaker belongs to no other country. */
  home?: string | undefined
  /** The starts of the pronouns the stance stage read itself (stance-pronouns.ts), targets as a name is. */
  readPronouns?: ReadonlySet<number> | undefined
  /** The starts of the acts read as their one owner ("the plans" → the one shown unveiling them; stance-act-owner.ts). */
  readActs?: ReadonlySet<number> | undefined
}

/**
 * Whether an anchor can be the target of a stance of this polarity: places never are, nor pronouns unless they
 * are a stance verb's object ("accused him of"), where the coreference that resolved them is surest.
 */
export function canTarget(anchor: Anchor, polarity: Polarity, sides: Sides, object = false): boolean {
  if ((anchor.form === 'pronoun' && !object) || anchor.kind === 'location') return false
  return polarity === 'support' ? anchor.actor !== sides.speaker : !sides.own.has(anchor.actor)
}

/** Whether the speaker's own side beyond themselves is known: a party, country or organization they belong to. */
export function sidesKnown(sides: Sides): boolean {
  for (const actor of sides.own) if (actor !== undefined && actor !== sides.speaker) return true
  return false
}

/** Whether an actor belongs to another organization than the speaker's, both known. */
export function isRival(sides: Sides, actor: string): boolean {
  const camp = sides.campOf?.(actor)
  return sides.camp !== undefined && camp !== undefined && camp !== sides.camp
}
