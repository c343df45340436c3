import { describe, expect, it } from 'vitest'
import { collectDocumentStats } from './document-stats.ts'
import { describeWord } from './word-info.ts'

describe('collectDocumentStats', () => {
  it.each([
    [['The mayor of Tarrow spoke .', 'Tarrow voted no .']],
    [['BIG NEWS FROM THE COAST', 'The coast is calm , said Ann .']],
    [['" Yes , " Ben said .', 'ben is a word here .']],
  ])('%j: the same casing from a list of sentences and from sentences made on demand', (lines) => {
    const sentences = lines.map((line) => line.split(' ').map(describeWord))
    const made: number[] = []
    const onDemand = collectDocumentStats({
      count: sentences.length,
      wordsOf: (s) => {
        made.push(s)
        return sentences[s] ?? []
      },
    })
    expect(onDemand).toEqual(collectDocumentStats(sentences))
    expect(made).toEqual(lines.map((_, s) => s))
  })

  it('finds a word capitalized inside a sentence, and one written in lower case', () => {
    const stats = collectDocumentStats([['The', 'mayor', 'of', 'Tarrow', 'spoke'].map(describeWord)])
    expect([...stats.seenCapitalizedInside]).toEqual(['tarrow'])
    expect(stats.seenLower.has('mayor')).toBe(true)
    expect(stats.allCapsSentence).toEqual([false])
  })
})
