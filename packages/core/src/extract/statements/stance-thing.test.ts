import { describe, expect, it } from 'vitest'
import type { ParsedArticle } from '../../parse/document.ts'
import type { ActorKind } from '../../schemas/actor.ts'
import type { Anchor } from './anchors.ts'
import { withoutThings } from './stance-thing.ts'

/** Whether the stance targets keep the actor named by `name` (every mention of it, by name) in `text`. */
function kept(text: string, name: string, kind: ActorKind = 'organization'): boolean {
  const anchors: Anchor[] = []
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
    anchors.push({ start: at, end: at + name.length, actor: 'x', kind, form: 'name' })
  return withoutThings({ view: text } as ParsedArticle, anchors, anchors).length > 0
}

describe('withoutThings', () => {
  it.each([
    // Only ever a place or a thing someone has: no actor to take a stance toward.
    ['Reed said the fighting in the Green Vale was a disgrace.', 'Green Vale', false, 'organization'],
    ['Reed said the Minister’s Plan would fail. He said his Plan was a sham.', 'Plan', false, 'organization'],
    ['Reed deplored the riots across Westmark.', 'Westmark', false, 'organization'],
    // Once named as a doer, it stays a target; "confidence in" takes an actor; people are never things.
    ['Reed said the unrest in Westmark was shameful. Westmark must act.', 'Westmark', true, 'organization'],
    ['Reed said he had no confidence in the Alliance.', 'Alliance', true, 'organization'],
    ['Reed attacked the Alliance.', 'Alliance', true, 'organization'],
    ['Reed said the fans in Tom Hale had cheered.', 'Tom Hale', true, 'person'],
  ] satisfies [string, string, boolean, ActorKind][])('%s (%s) → kept %s', (text, name, expected, kind) => {
    expect(kept(text, name, kind)).toBe(expected)
  })
})
