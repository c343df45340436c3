import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The statements analyze finds without a cue, as [speaker's name or null, content]. */
function uncued(text: string): Array<[string | null, string]> {
  const { actors, statements } = analyze(text)
  const nameOf = (id: string | null) => actors.find((actor) => actor.id === id)?.name ?? null
  return statements
    .filter((statement) => statement.cue === null)
    .map((statement) => [
      nameOf(statement.speaker),
      text.slice(statement.content.start, statement.content.end),
    ])
}

describe('continueAfterWriter', () => {
  it.each([
    [
      'after one sentence of the writer',
      'Club news\n\nAnn Lee said the club had done well this year. The club was founded in 1901. "We have never had a season like it."',
      [['Ann Lee', 'We have never had a season like it']],
    ],
    [
      'after two sentences of the writer',
      'Tax news\n\nTom Reed said: "The plan is sound." The council meets again in May. Its budget is tight. "We will not raise the tax this year."',
      [['Tom Reed', 'We will not raise the tax this year']],
    ],
    [
      'in a paragraph of its own after an indirect report',
      'Club news\n\nAnn Lee said the club had done well this year.\n\n"We have never had a season like it."',
      [['Ann Lee', 'We have never had a season like it']],
    ],
    [
      'and the quote right after it',
      'Club news\n\nAnn Lee said the club had done well this year. The club was founded in 1901. "We have never had a season like it." "The fans deserve every bit of it."',
      [
        ['Ann Lee', 'We have never had a season like it'],
        ['Ann Lee', 'The fans deserve every bit of it'],
      ],
    ],
  ])('gives the speaker a quote %s', (_case, text, expected) => {
    expect(uncued(text)).toEqual(expected)
  })

  it.each([
    [
      'after three sentences of the writer',
      'Club news\n\nAnn Lee said the club had done well this year. The club was founded in 1901. It plays in red. Its ground holds 5,000. "We have never had a season like it."',
    ],
    [
      'when the writer names another person between',
      'Club news\n\nAnn Lee said the club had done well this year. Its coach Tom Reed joined in 2019. "We have never had a season like it."',
    ],
    [
      'after a heading',
      'Club news\n\nAnn Lee said the club had done well this year.\n\nThe new season\n\n"We have never had a season like it."',
    ],
    [
      'when the quote does not end its sentence',
      'Club news\n\nAnn Lee said the club had done well this year. The club was founded in 1901. "Never again" is what the fans sang.',
    ],
    [
      'for a quote of two words',
      'Club news\n\nAnn Lee said the club had done well this year. The club was founded in 1901. "Never again."',
    ],
    [
      'when nobody spoke before',
      'Club news\n\nThe club was founded in 1901. It plays in red. "We have never had a season like it."',
    ],
  ])('adds nothing %s', (_case, text) => {
    expect(uncued(text)).toEqual([])
  })
})
