import { describe, expect, it } from 'vitest'
import { parseArticle } from './index.ts'

/** The sentences of a one-paragraph body after a short title, as written. */
const sentencesOf = (body: string) => {
  const text = `A title\n\n${body}`
  const parsed = parseArticle(text)
  return parsed.sentences.map((s) => text.slice(s.start, s.end)).filter((s) => s !== 'A title')
}

describe('splitSentences', () => {
  // [case, body, sentences]
  const cases: Array<[string, string, string[]]> = [
    [
      'a comma after an abbreviation goes on with the sentence',
      'The vote was close, Rep. Joan Pike, D-Ore., said on Friday. Ballots were counted twice.',
      ['The vote was close, Rep. Joan Pike, D-Ore., said on Friday.', 'Ballots were counted twice.'],
    ],
    [
      'a semicolon after a company suffix too',
      'She sold Harlow Ltd.; the buyers kept the staff. It was a fair price.',
      ['She sold Harlow Ltd.; the buyers kept the staff.', 'It was a fair price.'],
    ],
    [
      'a capital after a period still opens one',
      'The vote was close. Ballots were counted twice.',
      ['The vote was close.', 'Ballots were counted twice.'],
    ],
  ]
  it.each(cases)('%s', (_, body, sentences) => {
    expect(sentencesOf(body)).toEqual(sentences)
  })
})
