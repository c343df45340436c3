import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { buildContext } from './context.ts'
import { makeCue } from './cue.ts'
import { afterNamedAudience } from './named-audience.ts'

/** The content afterNamedAudience leaves when the chosen content starts at the word `from` and runs to the last word. */
function settled(text: string, from: string): string {
  const context = buildContext(parseArticle(text))
  const cueAt = context.tokens.findIndex((token) => /^(?:told|tells|said)$/.test(token.text))
  const start = context.tokens.findIndex((token, t) => t > cueAt && token.text === from)
  let last = context.tokens.length - 1
  while (last > 0 && !context.isWord[last]) last--
  const place = afterNamedAudience(context, makeCue(context, cueAt, cueAt + 1), {
    start,
    last,
    side: 'after',
  })
  return text.slice(context.tokens[place.start]?.start, context.tokens[place.last]?.end)
}

describe('afterNamedAudience', () => {
  // [case, text, the word the chosen content starts at, the content left]
  const cases: Array<[string, string, string, string]> = [
    [
      'a radio programme with a number and a possessive',
      "Ms Dunn told BBC Radio 5's Morning Call programme there was no deal yet.",
      'Call',
      'there was no deal yet',
    ],
    [
      'a programme name with a small word inside',
      "He told ITV's Lunch with Lorna show the vote would be close.",
      'Lorna',
      'the vote would be close',
    ],
    [
      'a newspaper after "the"',
      'The coach told the Riverside Echo newspaper he would stay on.',
      'Echo',
      'he would stay on',
    ],
    [
      'a content that starts after the audience stays',
      "Ms Dunn told BBC Radio 5's Morning Call programme that talks had stalled.",
      'that',
      'that talks had stalled',
    ],
    [
      'no head noun: the choice stays',
      'Ms Dunn told Radio Kent prices would rise.',
      'Kent',
      'Kent prices would rise',
    ],
    [
      'not a verb of telling: the choice stays',
      "Ms Dunn said BBC Radio 5's Morning Call programme was ending.",
      'Call',
      'Call programme was ending',
    ],
  ]
  it.each(cases)('%s', (_, text, from, content) => {
    expect(settled(text, from)).toBe(content)
  })
})
