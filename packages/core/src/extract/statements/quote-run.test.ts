import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { buildContext } from './context.ts'
import { runToQuoteClose } from './quote-run.ts'

/** The words of the content runToQuoteClose gives a content from the word `from` to the word `to`, cue at `cue`. */
function runFrom(text: string, cue: string, from: string, to: string): string {
  const context = buildContext(parseArticle(text))
  const at = (word: string) => context.tokens.findIndex((token) => token.text === word)
  const head = at(cue)
  const place = { start: at(from), last: at(to), side: 'after' }
  const content = runToQuoteClose(context, place, { start: head, end: head + 1, head, negated: false })
  return text.slice(context.tokens[content.start]?.start, context.tokens[content.last]?.end)
}

describe('runToQuoteClose', () => {
  // [case, text, cue, first word, last word of the content found, content expected]
  const cases: Array<[string, string, string, string, string, string]> = [
    [
      'cut at a comma inside a quote that goes on',
      'A title\n\nShe called him a "liar who is amoral, a bully and a cheat." Then she left.',
      'called',
      'him',
      'amoral',
      'him a "liar who is amoral, a bully and a cheat',
    ],
    [
      'a quote opened by the content runs over a sentence end inside it',
      'A title\n\nHe went on to say that the town had "waited long enough. We want the road now." Nobody replied.',
      'say',
      'that',
      'enough',
      'that the town had "waited long enough. We want the road now',
    ],
    [
      'already at the quote close',
      'A title\n\nShe called him a "liar," and then she left.',
      'called',
      'him',
      'liar',
      'him a "liar',
    ],
    [
      'a quote that holds the cue is not crossed',
      'A title\n\n"We will stay, " Ann said, "and we will win."',
      'said',
      'We',
      'stay',
      'We will stay',
    ],
    [
      'a content that starts inside the quote is left as it is',
      'A title\n\nHe read "the rules, and the rules alone" aloud.',
      'read',
      'rules',
      'rules',
      'rules',
    ],
    [
      'a content that opens with the quote itself is left as it is',
      'A title\n\nShe said "we will stay, and we will win" today.',
      'said',
      'we',
      'stay',
      'we will stay',
    ],
    [
      'single marks, which apostrophes close, are not followed',
      "A title\n\nShe called him a 'liar who is amoral, a bully' in the debate.",
      'called',
      'him',
      'amoral',
      "him a 'liar who is amoral",
    ],
    [
      'a quote that never closes',
      'A title\n\nShe called him a "liar who is amoral, a bully and a cheat. Then she left.',
      'called',
      'him',
      'amoral',
      'him a "liar who is amoral',
    ],
  ]
  it.each(cases)('%s', (_case, text, cue, from, to, expected) => {
    expect(runFrom(text, cue, from, to)).toBe(expected)
  })
})
