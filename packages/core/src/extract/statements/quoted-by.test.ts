import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'
import { withoutQuotingPaper } from './quoted-by.ts'

/** The speaker (or reason for none) of the statement whose content starts with `opening`. */
function speakerOf(text: string, opening: string): string | undefined {
  const { statements } = analyze(text)
  const found = statements.find((statement) => text.slice(statement.content.start).startsWith(opening))
  return found ? (found.speaker ?? `null:${found.speakerReason}`) : undefined
}

describe('the publication that quoted a speaker is not the speaker', () => {
  it.each([
    [
      'an unnamed spokesman quoted in a paper',
      'Vale bans new mills\n\nVale has enough mills already, according to a spokesman for the mills regulator quoted in the Daily Post. The ban starts in May.',
      'Vale has enough',
      'null:anonymous',
    ],
    [
      'an analyst quoted by an agency',
      'Vale buys a stake\n\n"I think the plan is sound," said one analyst quoted by the Tarn Press news agency. Shares rose.',
      'I think the plan',
      'null:anonymous',
    ],
    [
      'a named man quoted in a paper',
      'Candidate suspended\n\nTom Reed, the suspended candidate, was angry. "The party over-reacted," Mr Reed was quoted in the Herald as saying.',
      'The party over-reacted',
      'person:tom-reed',
    ],
  ])('%s', (_, text, opening, speaker) => {
    expect(speakerOf(text, opening)).toBe(speaker)
  })
})

describe('withoutQuotingPaper', () => {
  it.each([
    ['one analyst quoted by AFP', 'one analyst'],
    ['Mr Reed was quoted in the Herald', 'Mr Reed'],
    ['a spokesman for the regulator', 'a spokesman for the regulator'],
    ['quoted in the Herald', 'quoted in the Herald'],
  ])('%s → %s', (words, kept) => {
    const span = withoutQuotingPaper(words, { start: 0, end: words.length })
    expect(words.slice(span.start, span.end)).toBe(kept)
  })

  it('stays linear on adversarial input', () => {
    const words = `${' '.repeat(200_000)}quoted in`
    expect(withoutQuotingPaper(words, { start: 0, end: words.length }).end).toBe(words.length)
  })
})
