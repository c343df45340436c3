import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The contents analyze finds in a text, as written. */
const contents = (text: string) =>
  analyze(text).statements.map((statement) => text.slice(statement.content.start, statement.content.end))

describe('inHeadline', () => {
  // [case, text, a content in a headline]
  const headlines: Array<[string, string, string]> = [
    [
      'the title printed again above the text',
      'Tax Will Rise Next Year, Minister Says\n\nTax Will Rise Next Year, Minister Says\n\nThe minister told MPs on Monday that taxes would rise. She gave no figures.',
      'Tax Will Rise Next Year',
    ],
    [
      'a heading in title case between paragraphs',
      'Tax rise ahead\n\nThe minister told MPs on Monday that taxes would rise.\n\nBudget Cuts Will Hurt Schools, Union Leader Says\n\nShe spoke at length.',
      'Budget Cuts Will Hurt Schools',
    ],
  ]
  it.each(headlines)('%s', (_, text, content) => {
    expect(contents(text)).not.toContain(content)
  })

  // [case, text, content kept]
  const prose: Array<[string, string, string]> = [
    [
      'a line of prose with its full stop',
      'Tax rise ahead\n\nThe minister told MPs on Monday that taxes would rise.\n\nShe gave no figures.',
      'that taxes would rise',
    ],
    [
      'a transcript line in capitals, then prose',
      'Tax rise ahead\n\nThe minister spoke to MPs.\n\nANN LEE: We will win this fight',
      'We will win this fight',
    ],
    [
      'a quote with capitals in prose that ends without a mark',
      'Minister sets out plan\n\nThe minister said taxes would rise, adding that "the Treasury Will Decide"',
      'the Treasury Will Decide',
    ],
  ]
  it.each(prose)('%s', (_, text, content) => {
    expect(contents(text)).toContain(content)
  })
})

describe('namesATitle', () => {
  // [case, text, a content that is a title]
  const titles: Array<[string, string, string]> = [
    [
      'a title after "titled:"',
      'The journal published the findings in a paper titled: "A filtered approach to tracking control of a printer."',
      'A filtered approach to tracking control of a printer',
    ],
    [
      'a title after "entitled"',
      'She wrote a report entitled "Lessons from the flood".',
      'entitled "Lessons from the flood',
    ],
  ]
  it.each(titles)('%s', (_, text, content) => {
    expect(contents(text)).not.toContain(content)
  })

  it('keeps what a titled work said', () => {
    expect(contents('The report, titled "Safe Streets", said that crime fell.')).toContain('that crime fell')
  })
})
