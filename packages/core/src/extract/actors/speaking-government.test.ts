import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'
import { parseArticle } from '../../parse/index.ts'
import { matchSpeakingGovernment } from './speaking-government.ts'
import { tagArticle } from './tag-article.ts'

const governmentsOf = (text: string) =>
  matchSpeakingGovernment(tagArticle(parseArticle(text))).map((m) => m.text)

describe('matchSpeakingGovernment', () => {
  it.each([
    ['Tom Rake met farmers. The government said the scheme would stay.', ['government']],
    ['That said the government have argued that fees could fall.', ['government']],
    ['The Irish government has also warned that prices will rise.', ['Irish government']],
    ['Later the government insisted it had acted.', ['government']],
  ])('%s → %j', (text, names) => {
    expect(governmentsOf(text)).toEqual(names)
  })

  it.each([
    // The plain noun: no verb of saying after it, or no "the" before it.
    'The government of the day fell.',
    'Ann Vale resigned from the government in May.',
    'A government said nothing.',
    // Its acts and wishes, not its words.
    'The government hopes to double the number of nurses.',
    'The government has announced plans to cut jobs.',
  ])('%s → none', (text) => {
    expect(governmentsOf(text)).toEqual([])
  })
})

describe('the government as a speaker', () => {
  it.each([
    [
      'Dorland schools will stay open. The government said the numbers could drop.',
      'organization:government',
    ],
    [
      'Ann Vale said the Government would act. Later the government insisted it had acted.',
      'organization:government',
    ],
    ['The Irish government has warned that fees will rise.', 'organization:ireland-government'],
  ])('%s → %s', (text, speaker) => {
    const analysis = analyze(text)
    expect(analysis.statements.at(-1)?.speaker).toBe(speaker)
  })
})
