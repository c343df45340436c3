import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { buildContext } from './context.ts'
import { makeCue } from './cue.ts'
import { extractStatements } from './index.ts'
import { isNominalCueWithoutContent } from './nominal-cues.ts'

/**
 * Whether the words `cue` of a text, taken as a cue (as the tagger may), are a noun of speech with no content:
 * the cue is the first run of tokens that spells them.
 */
function isDropped(text: string, cue: string): boolean {
  const context = buildContext(parseArticle(text))
  const words = cue.toLowerCase().split(' ')
  for (let t = 0; t < context.tokens.length; t++) {
    if (words.every((word, k) => context.lower(t + k) === word))
      return isNominalCueWithoutContent(context, makeCue(context, t, t + words.length))
  }
  throw new Error(`no "${cue}" in the text`)
}

describe('isNominalCueWithoutContent', () => {
  // [case, text, noun of speech, whether it stays a cue]
  const cases: Array<[string, string, string, boolean]> = [
    [
      'criticism followed by its critics is no statement',
      'Snacks\n\nThe firm cut its adverts after criticism from parents worried about sugar.',
      'criticism',
      false,
    ],
    [
      'the question of whether is no statement',
      'Papers\n\nThe row raised the question of whether the files should be kept secret.',
      'question',
      false,
    ],
    [
      'a possessive noun with no clause after it',
      'Rates\n\nThe mayor broke his pledge after a row with the council.',
      'pledge',
      false,
    ],
    [
      'concerns about a topic',
      'Fraud\n\nThere are growing concerns about online banking and stolen cards.',
      'concerns',
      false,
    ],
    [
      'talks between two sides',
      'Peace\n\nThe talks between the two leaders came close to a deal.',
      'talks',
      false,
    ],
    [
      'criticism that keeps its clause',
      'Festival\n\nThe festival has faced criticism that it has become too commercial.',
      'criticism',
      true,
    ],
    [
      'a vow with a to-infinitive',
      'Term\n\nThe minister repeated her vow to stay in office for a full term.',
      'vow',
      true,
    ],
    [
      'a claim with its that left out',
      'Arms\n\nHe said the ministry was naive to accept the claim it did not want weapons.',
      'claim',
      true,
    ],
    [
      'a plural name that calls is a verb',
      'Report\n\nThe Consumers Association calls the rise an alarming development.',
      'calls',
      true,
    ],
    [
      'a light verb after a noun is no verb of the cue',
      'Talks\n\nThe two firms held talks about a merger last week.',
      'talks about',
      false,
    ],
    [
      'a verb in the cue keeps it',
      'Iraq\n\nThe businessman also voiced concern about the violence in the region.',
      'voiced concern about',
      true,
    ],
  ]
  it.each(cases)('%s', (_case, text, noun, kept) => {
    expect(isDropped(text, noun)).toBe(!kept)
  })
})

describe('findCues without nominal cues', () => {
  it('drops criticism followed by its critics, keeps the verb', () => {
    const text = 'Snacks\n\nThe firm cut its adverts after criticism from parents, Ms Lee said.'
    expect(
      extractStatements(parseArticle(text), []).map((s) => (s.cue ? text.slice(s.cue.start, s.cue.end) : '')),
    ).toEqual(['said'])
  })
})
