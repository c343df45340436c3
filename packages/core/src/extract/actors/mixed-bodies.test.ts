import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import type { ActorKind } from '../../schemas/actor.ts'
import type { Mention } from './mentions.ts'
import { settleMixedBodies } from './mixed-bodies.ts'
import { tagArticle } from './tag-article.ts'

/**
 * The kinds of a name's mentions after the stage, given the kinds the tagger gave them in order: every
 * capitalized token equal to `name` is one mention.
 */
function kindsAfter(text: string, name: string, kinds: readonly ActorKind[]): ActorKind[] {
  const article = tagArticle(parseArticle(text))
  const mentions: Mention[] = []
  article.tokens.forEach((token, k) => {
    if (token.text !== name) return
    const kind = kinds[mentions.length] ?? 'location'
    mentions.push({ first: k, last: k + 1, start: 0, end: 0, text: name, kind })
  })
  settleMixedBodies(article, { mentions, demonyms: [] })
  return mentions.map((m) => m.kind)
}

describe('one name, one kind between place and organization', () => {
  it.each<[string, ActorKind[], ActorKind[]]>([
    // Most mentions decide.
    [
      'Quorvex grew. Quorvex hired. Ann Pell works at Quorvex.',
      ['organization', 'organization', 'location'],
      ['organization', 'organization', 'organization'],
    ],
    [
      'Ardleigh is busy. Tourists visit Ardleigh. Ardleigh won.',
      ['location', 'location', 'organization'],
      ['location', 'location', 'location'],
    ],
    // Even, and the name speaks or follows a post and "at": the body's.
    [
      'Ann Pell, a manager at Quorvex, agreed. Quorvex said sales fell.',
      ['location', 'organization'],
      ['organization', 'organization'],
    ],
    [
      'Quorvex subsidiary Orlin grew. Ann Pell visited Quorvex.',
      ['organization', 'location'],
      ['organization', 'organization'],
    ],
    // Even, and the name stands where only a place goes: a town and its club keep both.
    [
      'Leeds said sales fell. Fans gathered in Leeds.',
      ['organization', 'location'],
      ['organization', 'location'],
    ],
    // Lines in capitals (a sports table) keep the tagger's kinds.
    [
      'QUORVEX SAID NOTHING . QUORVEX WON AT QUORVEX .',
      ['location', 'organization', 'location'],
      ['location', 'organization', 'location'],
    ],
    // Even, the name after a preposition that takes a place, and nothing shows a body: the place's.
    [
      'Campaigners in Ardleigh met. The people of Ardleigh agree.',
      ['location', 'organization'],
      ['location', 'location'],
    ],
    [
      'The Ardleigh vote was close. Rain fell across Ardleigh.',
      ['organization', 'location'],
      ['location', 'location'],
    ],
    // Even, and nothing shows a body or a place: left as tagged.
    [
      'Ardleigh is busy. Tourists visit Ardleigh.',
      ['organization', 'location'],
      ['organization', 'location'],
    ],
  ])('%s', (text, before, after) => {
    const name = text
      .split(' ')
      .find((w) => w === 'Quorvex' || w === 'QUORVEX' || w === 'Ardleigh' || w === 'Leeds') as string
    expect(kindsAfter(text, name, before)).toEqual(after)
  })
})
