import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { clauseAroundAside } from './clause-aside.ts'
import { buildContext } from './context.ts'

/** The words of the content clauseAroundAside gives the cue word, or null. */
function around(text: string, cueWord: string): string | null {
  const context = buildContext(parseArticle(text))
  const at = context.tokens.findIndex((token) => token.text === cueWord)
  const cue = { start: at, end: at + 1, head: at, negated: false }
  const place = clauseAroundAside(context, cue, { from: 0, to: context.tokens.length })
  if (!place) return null
  return text.slice(context.tokens[place.start]?.start, context.tokens[place.last]?.end)
}

describe('clauseAroundAside', () => {
  // [case, text, cue word, the content, or null]
  const cases: Array<[string, string, string, string | null]> = [
    [
      'a clause before the aside',
      'Though the vote was close, she said, the result stands.',
      'said',
      'Though the vote was close, she said, the result stands',
    ],
    [
      'an infinitive before the aside',
      'To win the seat, he argued, the party must change.',
      'argued',
      'To win the seat, he argued, the party must change',
    ],
    [
      'a conjunction joins the writer’s clause',
      'Sales fell in May, but in June, the manager noted, they recovered.',
      'noted',
      'in June, the manager noted, they recovered',
    ],
    [
      'a quote that goes on with the sentence',
      'In the north, he said, "prices have doubled."',
      'said',
      'In the north, he said, "prices have doubled',
    ],
    // Must not fire:
    ['the aside ends the sentence', 'The result stands, she said.', 'said', null],
    ['a quote that opens a sentence of its own', 'Asked why, he said, "We had no choice."', 'said', null],
    [
      'the speaker’s own participle follows',
      'The road is shut, she said, adding that it would reopen.',
      'said',
      null,
    ],
    ['a verb that is not of speech', 'When the rain stopped, he ran, and the dog followed.', 'ran', null],
  ]
  it.each(cases)('%s', (_, text, cueWord, content) => {
    expect(around(text, cueWord)).toBe(content)
  })
})
