import type { ParsedArticle, Token } from '../../parse/document.ts'
import type { Anchor } from './anchors.ts'

// "the US-led coalition", "a UN-backed plan": a name joined to a participle of leading or paying for a thing,
// which makes the thing that actor's own. Written by hand; general English.
const LED_BY = /^(.+)-(?:led|backed|sponsored|funded|brokered|run|owned|controlled)$/i

/**
 * The actor a "Y-led" word stands for, as an anchor at that word: the actor named elsewhere in the text by exactly
 * the word's first part ("the US-led coalition" where "the US" is named), so a stance toward the thing it leads is
 * a stance toward it. The actors stage does not take the name inside the compound.
 * @example ledBy(parsed, anchors, token) // { start, end, actor: 'country:united-states', kind: 'country', form: 'name' }
 */
export function ledBy(parsed: ParsedArticle, anchors: readonly Anchor[], token: Token): Anchor | undefined {
  const name = LED_BY.exec(token.text)?.[1]
  if (name === undefined || !/^\p{Lu}/u.test(name)) return undefined
  const named = anchors.find(
    (anchor) => anchor.form === 'name' && parsed.view.slice(anchor.start, anchor.end) === name,
  )
  return named && { ...named, start: token.start, end: token.start + name.length }
}
