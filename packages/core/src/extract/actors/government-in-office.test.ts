import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'
import { stancesOf } from '../statements/stance-read.fixture.ts'

/** The speakers of a text's statements. */
const speakersOf = (text: string) => analyze(text).statements.map((s) => s.speaker)

const UK = 'organization:united-kingdom-government'

describe('a judged government is the home country’s where no party is shown in office', () => {
  it.each([
    [
      'Britain will vote in May. Labour and the Tories met in Britain. Ann Vale, a Tory, accused the government of failing Britain.',
      `${UK} blame`,
    ],
    [
      'Rail fares in Britain rose again. The Greens and Labour both complained. Tom Rake urged ministers to freeze fares in Britain.',
      `${UK} demand`,
    ],
    [
      'Farmers in Britain are angry. The Liberal Democrats met on Monday. Ann Vale criticised the government over the delay to payments in Britain.',
      `${UK} oppose`,
    ],
  ])('%s → %s', (text, stance) => {
    expect(stancesOf(text)).toContain(stance)
  })

  it.each([
    // The party the text shows in office keeps the words (stance-targets.ts).
    [
      'Britain will vote in May. The Labour government met in Britain. Ann Vale accused the government of failing Britain.',
      'organization:labour-party blame',
    ],
  ])('%s → %s', (text, stance) => {
    expect(stancesOf(text)).toEqual([stance])
  })

  it.each([
    // A country named once does not tell whose government it is.
    'Labour and the Tories met. Ann Vale, who grew up in Ghana, accused the government of failing farmers.',
    // A devolved nation has two governments.
    'Scotland will vote in May. Labour and the SNP met in Scotland. Ann Vale accused the government of failing Scotland.',
    // Another place's government.
    'Britain will vote in May. Labour and the Tories met in Britain. Ann Vale accused the government of Peru of lying.',
    // No words of government at all.
    'Britain will vote in May. Labour and the Tories met in Britain. Ann Vale said the weather was bad.',
  ])('%s → no stance toward the government', (text) => {
    expect(stancesOf(text).filter((stance) => stance.startsWith(UK))).toEqual([])
  })

  it('a sentence of the text’s own voice that opens with the government does not make it a speaker', () => {
    const text =
      'Britain will vote in May. Labour and the Tories met in Britain. The government has suggested the vote could move to June. Ann Vale accused the government of failing Britain.'
    expect(speakersOf(text)).not.toContain(UK)
    expect(stancesOf(text)).toContain(`${UK} blame`)
  })
})
