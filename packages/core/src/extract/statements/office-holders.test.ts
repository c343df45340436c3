import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'
import { officeOf } from './office-holders.ts'

/** The speaker (or reason for none) of the statement whose content starts with `opening`. */
async function speakerOf(text: string, opening: string): Promise<string | undefined> {
  const { statements } = await analyze(text)
  const found = statements.find((statement) => text.slice(statement.content.start).startsWith(opening))
  return found ? (found.speaker ?? `null:${found.speakerReason}`) : undefined
}

describe('an office has one holder in an article', () => {
  it.each([
    [
      'the chancellor is not the man the article calls the prime minister',
      'Tom Varle says his party will win. The prime minister is touring Kent. He is also claiming the party is united. Ed Brame is touring Africa. On Wednesday Mr Varle denied Mr Brame had made the remark, and the chancellor told reporters: "I trust the prime minister."',
      'I trust',
      'person:ed-brame',
    ],
    [
      'the Tory leader is not the prime minister named more often',
      "Tom Varle does not believe tax should be an election issue. The prime minister's spokesman set out Mr Varle's view after the bishop backed Ed Brame's stance. The Tory leader supports a cut and has said current rules are wrong.",
      'current rules',
      'person:ed-brame',
    ],
    [
      'the premier is the prime minister, not the man praised just before',
      'Tom Varle says his party will win. The prime minister is touring Kent. Ed Brame met him in Dover. Mr Varle praised Mr Brame, and the premier told reporters: "We are ready."',
      'We are ready',
      'person:tom-varle',
    ],
    [
      'the chancellor in the same words is the other man',
      'Tom Varle says his party will win. The prime minister is touring Kent. Ed Brame met him in Dover. Mr Varle praised Mr Brame, and the chancellor told reporters: "We are ready."',
      'We are ready',
      'person:ed-brame',
    ],
  ])('%s', async (_, text, opening, speaker) => {
    expect(await speakerOf(text, opening)).toBe(speaker)
  })
})

describe('a person named beside an office is someone else', () => {
  it.each([
    [
      'the office told the nearer man',
      'Tom Varle says his party will win. Ed Brame is touring Kent. Mr Brame praised the plan, and the prime minister told Mr Brame to stay. Mr Brame smiled. The prime minister said the plan would work.',
      'the plan would',
      'person:tom-varle',
    ],
    [
      'a man who quotes the office',
      'Tom Varle says his party will win. Ed Brame is touring Kent. Mr Brame told reporters: "I trust the prime minister." He smiled. The prime minister said the plan would work.',
      'the plan would',
      'person:tom-varle',
    ],
    [
      'a man who speaks of the chancellor is not the chancellor',
      'Ed Brame met bankers in Leeds. Tom Varle said the chancellor had failed. The chancellor insisted his plans were affordable.',
      'his plans were',
      'person:ed-brame',
    ],
    [
      'a name far off in the sentence may be the same man',
      'Ed Brame is touring Kent. Tom Varle said the prime minister should sack his deputy, but did not believe Mr Brame was strong enough. The prime minister said the plan would work.',
      'the plan would',
      'person:ed-brame',
    ],
    [
      'a name in apposition is the holder',
      'Ed Brame is touring Kent. The prime minister, Tom Varle, met him there. The prime minister said the plan would work.',
      'the plan would',
      'person:tom-varle',
    ],
  ])('%s', async (_, text, opening, speaker) => {
    expect(await speakerOf(text, opening)).toBe(speaker)
  })
})

describe('officeOf', () => {
  it.each([
    ['The chancellor', 'chancellor'],
    ['the premier', 'prime minister'],
    ['The Conservative leader', 'tory leader'],
    ['the home secretary', 'home secretary'],
    ['the Scottish Executive', undefined],
    ["the prime minister's spokesman", undefined],
    ['the minister', undefined],
    ['the leader', undefined],
  ])('%s → %s', (words, office) => {
    expect(officeOf(words)).toBe(office)
  })

  // Long near-misses of the office pattern: a backtracking pattern would not return.
  it.each([`the ${'ab '.repeat(200_000)}leader`, `The ${'Ab-cd '.repeat(200_000)}`, 'the '.repeat(300_000)])(
    'stays linear on adversarial input %#',
    (words) => {
      expect(officeOf(words)).toBeUndefined()
    },
  )
})
