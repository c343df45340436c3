import { describe, expect, it } from 'vitest'
import type { Token } from './document.ts'
import { parseArticle } from './index.ts'
import { type Lexeme, lexemeOf } from './lexemes.ts'
import { tokenize, tokenizeInto } from './tokenize.ts'

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
    ["WE'RE sure they'LL say I'M", ['WE', "'RE", 'sure', 'they', "'LL", 'say', 'I', "'M"]],
    ["CAN'T, won't, he'd, we've", ['CA', "N'T", ',', 'wo', "n't", ',', 'he', "'d", ',', 'we', "'ve"]],
    ["n't it's O'Neill's rock'n'roll", ["n't", 'it', "'s", "O'Neill", "'s", "rock'n'roll"]],
    ["ain't 'tis y'all", ['ai', "n't", "'", 'tis', "y'all"]],
    ['A. B. c. Dr. Prof.X', ['A.', 'B.', 'c', '.', 'Dr.', 'Prof.X']],
    ['save £4.3bn. Among', ['save', '£', '4.3bn', '.', 'Among']],
    ['They voted no. Others', ['They', 'voted', 'no', '.', 'Others']],
    ['seed no. 5 and No. 10', ['seed', 'no.', '5', 'and', 'No.', '10']],
    ['She was ill. Then', ['She', 'was', 'ill', '.', 'Then']],
    ['Springfield, Ill. police', ['Springfield', ',', 'Ill.', 'police']],
  ])('%j', (text, expected) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(expected)
  })
})

describe('tokenizeInto', () => {
  it.each([
    ["Russia's envoy said: 'We don't know.'"],
    ['Москва сказала, что U.S. officials...'],
    ['an extraordinarily-long-hyphenated-word, twice: an extraordinarily-long-hyphenated-word'],
  ])('gives the tokens of tokenize, each with the text of its lexeme: %j', (text) => {
    const tokens: Token[] = []
    const lexemes: Lexeme[] = []
    tokenizeInto(text, 0, text.length, tokens, lexemes)
    expect(tokens).toEqual(tokenize(text))
    expect(lexemes.map((lexeme) => lexeme.text)).toEqual(tokens.map((token) => token.text))
    tokens.forEach((token, t) => {
      expect(lexemes[t]).toBe(lexemeOf(token.text))
      expect(token.text).toBe(lexemes[t]?.text)
    })
  })

  it('appends after the tokens it is given, from the start offset on', () => {
    const tokens: Token[] = []
    const lexemes: Lexeme[] = []
    tokenizeInto('one two. three', 0, 3, tokens, lexemes)
    tokenizeInto('one two. three', 4, 14, tokens, lexemes)
    expect(tokens.map((token) => [token.start, token.text])).toEqual([
      [0, 'one'],
      [4, 'two'],
      [7, '.'],
      [9, 'three'],
    ])
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
    ['The plan would save £4.3bn. Among its targets are boards.', 2],
    ['The party said no. Its rivals said yes.', 2],
    ['He lives at No. 10 with his wife.', 1],
    ['The boy was ill. Doctors came.', 2],
  ])('%j has %i sentences', (text, count) => {
    expect(parseArticle(text).sentences).toHaveLength(count)
  })
})
