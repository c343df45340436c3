import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { buildContext } from './context.ts'
import type { Cue } from './cue.ts'
import { fromSentenceStart } from './inverted-start.ts'

/**
 * The words fromSentenceStart gives for a content chosen as `chosen` before the cue word `cue` (first place each),
 * the cue taken as inverted when no pronoun stands before it.
 */
function settled(text: string, chosen: string, cue: string): string {
  const context = buildContext(parseArticle(text))
  const token = (at: number) => context.tokens.findIndex((t) => t.start === at)
  const at = text.indexOf(chosen)
  const start = token(at)
  const last = context.tokens.findLastIndex((t) => t.end === at + chosen.length)
  const head = token(text.indexOf(cue))
  const inverted = context.pos(head - 1) !== 'PR'
  const cueAt = { start: head, end: head + 1, head, negated: false } as Cue
  const place = fromSentenceStart(context, cueAt, { start, last, side: 'before' }, inverted)
  return text.slice(context.tokens[place.start]?.start, context.tokens[place.last]?.end)
}

describe('fromSentenceStart', () => {
  // [case, text, content chosen, cue, content settled]
  const cases: Array<[string, string, string, string, string]> = [
    [
      'a content that opens at a relative',
      'The dishes will help a network of observatories that is trying to track ripples, says Ms Vale.',
      'that is trying to track ripples',
      'says',
      'The dishes will help a network of observatories that is trying to track ripples',
    ],
    [
      'a content that opens at "such as"',
      'The grant will fund studies of rare events, such as collisions of dense stars, says Dr Hale.',
      'such as collisions of dense stars',
      'says',
      'The grant will fund studies of rare events, such as collisions of dense stars',
    ],
    [
      'a content that opens after a word, past a linking "But"',
      'But the archive will soon be open to everyone, says Tom Reed.',
      'soon be open to everyone',
      'says',
      'the archive will soon be open to everyone',
    ],
    [
      "a content that opens in an earlier sentence, another statement's quote",
      'Mr Fox said: "It was worse than Block H." Labour had raised taxes, he said.',
      'Mr Fox said: "It was worse than Block H." Labour had raised taxes',
      'said.',
      'Labour had raised taxes',
    ],
    [
      'a content that opens after a word, before a pronoun and its cue: left',
      'Costs rose, and more than half went to fees, she said.',
      'more than half went to fees',
      'said.',
      'more than half went to fees',
    ],
    [
      'a quoted exclamation inside the sentence: left',
      'He was greeted with chants of "Bobby!" at a conference in May, according to aides.',
      'at a conference in May',
      'according',
      'at a conference in May',
    ],
    [
      'a content that opens after a comma, at a clause: left',
      'In May, prices rose sharply, says Ann Lee.',
      'prices rose sharply',
      'says',
      'prices rose sharply',
    ],
    [
      'a content after the comma of a fronted "despite" phrase',
      'Despite the storm, the ferry sailed on time, says Ann Lee.',
      'the ferry sailed on time',
      'says',
      'Despite the storm, the ferry sailed on time',
    ],
    [
      'a content after the comma of a fronted "although" clause, the speaker before the cue',
      'Although fares went up, the line still lost money, the manager said.',
      'the line still lost money',
      'said.',
      'Although fares went up, the line still lost money',
    ],
    [
      'a content after a fronted phrase, past a linking "But"',
      'But unlike last year, the harvest came in early, says Tom Reed.',
      'the harvest came in early',
      'says',
      'unlike last year, the harvest came in early',
    ],
    [
      'a fronted phrase with a second comma inside it: left',
      'Despite the storm, and the fog, the ferry sailed, says Ann Lee.',
      'the ferry sailed',
      'says',
      'the ferry sailed',
    ],
    [
      'a fronted time phrase: left',
      'After the storm, the ferry sailed late, says Ann Lee.',
      'the ferry sailed late',
      'says',
      'the ferry sailed late',
    ],
    [
      'a sentence with a quote before the cue: left',
      'The plan is "a farce" that will fail, says Ann Lee.',
      'that will fail',
      'says',
      'that will fail',
    ],
    [
      'a content that does not end at the comma before the cue: left',
      'The plan will fail in May and cost more, says Ann Lee.',
      'will fail in May',
      'says',
      'will fail in May',
    ],
  ]
  it.each(cases)('%s', (_, text, chosen, cue, expected) => {
    expect(settled(text, chosen, cue)).toBe(expected)
  })
})
