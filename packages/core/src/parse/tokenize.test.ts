import { describe, expect, it } from 'vitest'
import { parseArticle } from './index.ts'
import { tokenize } from './tokenize.ts'

describe('tokenize', () => {
  it.each([
    ["Russia's U.S. envoy", ['Russia', "'s", 'U.S.', 'envoy']],
    ["don't stop", ['do', "n't", 'stop']],
    ['Mr. Smith, 1,000.5 votes.', ['Mr.', 'Smith', ',', '1,000.5', 'votes', '.']],
    ['re-emerge in counter-terrorism', ['re-emerge', 'in', 'counter-terrorism']],
    ["'Yes,' he said...", ["'", 'Yes', ',', "'", 'he', 'said', '...']],
    ['Москва сказала', ['Москва', 'сказала']],
    ['stability.For some', ['stability', '.', 'For', 'some']],
    ['e.g. the U.S.', ['e.g.', 'the', 'U.S.']],
    ['www.BBC.co.uk and Node.js', ['www.BBC.co.uk', 'and', 'Node.js']],
    ['talks in Jan.The end', ['talks', 'in', 'Jan.', 'The', 'end']],
  ])('%j', (text, expected) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(expected)
  })
})

describe('splitSentences', () => {
  it.each([
    ['He left. She stayed.', 2],
    ['Mr. Smith met Dr. Jones. They talked.', 2],
    ['"We will go," he said. "Now."', 2],
    ['It came from the U.S. The talks ended.', 2],
    ['The U.S. economy grew.', 1],
    ['No end punctuation at all', 1],
    ['A bid for stability.For some time it worked.', 2],
    ['Aid, e.g. food, reached the U.S. on Monday.', 1],
  ])('%j has %i sentences', (text, count) => {
    expect(parseArticle(text).sentences).toHaveLength(count)
  })
})
