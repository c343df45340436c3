import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { nameEnds } from './possessive-ends.ts'
import { tagArticle } from './tag-article.ts'

/** The words nameEnds' answer keeps of the span from the first token `from` to the first "'s" after it, inclusive. */
function keptWords(text: string, from: string): string {
  const article = tagArticle(parseArticle(text))
  const words = article.tokens.map((t) => t.text)
  const first = words.indexOf(from)
  const last = words.indexOf("'s", first) + 1
  return words.slice(first, nameEnds(article)(first, last)).join(' ')
}

describe('a possessive at the end of a name', () => {
  it.each([
    ["Vexco's new Radio Hub is out. Vexco said so.", 'Vexco', 'Vexco'],
    // A name that opens in lower case is looked for among all the words, not only the capitalized ones.
    ["eVexo's new Radio Hub is out. eVexo said so.", 'eVexo', 'eVexo'],
    ["The Orlin Group's iCan site won. The Orlin Group said so.", 'Orlin', 'Orlin Group'],
    // Written with its possessive everywhere: the possessive is the name's.
    ["Ardley's said sales rose. Shares in Ardley's fell.", 'Ardley', "Ardley 's"],
    // A longer word that starts with the name is no bare name.
    ["Tarrow's plant shut. Tarrowsoft said so.", 'Tarrow', "Tarrow 's"],
    // Before another capitalized word it is part of a longer name: "Lord's" the ground, "Lord Vell" a peer.
    ["Rain stopped play at Lord's. Lord Vell said so.", 'Lord', "Lord 's"],
  ])('%s', (text, from, kept) => {
    expect(keptWords(text, from)).toBe(kept)
  })
})
