import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { splitSentenceOpeners } from './sentence-openers.ts'
import { tagArticle } from './tag-article.ts'
import { TAGS } from './tagger/tags.ts'

/**
 * Tags the text, then makes its first three words one name of the given type, as the tagger does with real names
 * ("Comedian" glued to the name after it), runs the stage and returns the first three tags.
 */
function openerTags(text: string, type: 'PER' | 'ORG'): string[] {
  const article = tagArticle(parseArticle(text))
  article.tags.fill(0, 0, 3)
  article.tags[0] = TAGS.indexOf(`B-${type}`)
  article.tags[1] = TAGS.indexOf(`I-${type}`)
  article.tags[2] = TAGS.indexOf(`I-${type}`)
  splitSentenceOpeners(article)
  return [...article.tags.slice(0, 3)].map((tag) => TAGS[tag] as string)
}

describe('a calling or an adjective opening a sentence is no part of the name after it', () => {
  it.each([
    ['Comedian Ann Rusk will host the show.', 'PER'],
    ['Rappers Bo Reed and others met.', 'PER'],
    ['Injured Tom Hale will miss the game.', 'ORG'],
    ['Veteran Tarrow Vale will retire.', 'PER'],
  ] as const)('%s (%s)', (text, type) => {
    expect(openerTags(text, type)).toEqual(['O', 'B-PER', 'I-PER'])
  })

  it.each([
    // A given name opens the name.
    ['Will Ann Rusk host the show?', 'PER'],
    // An honorific.
    ['Lord Tarrow Vale will retire.', 'PER'],
    // A body's name that no given name continues.
    ['Rival Vexco Telecom cut prices.', 'ORG'],
    // A word no dictionary has: a name's own.
    ['Vexmoor Ann Rusk will retire.', 'PER'],
  ] as const)('%s (%s): unchanged', (text, type) => {
    expect(openerTags(text, type)).toEqual([`B-${type}`, `I-${type}`, `I-${type}`])
  })
})
