import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The ids of a text's government actors. */
const governmentsOf = (text: string) =>
  analyze(text)
    .actors.filter((a) => a.kind === 'organization' && a.id.endsWith('government'))
    .map((a) => a.id)

/** The stances of a text's statements as "target polarity". */
const stancesOf = (text: string) =>
  analyze(text).statements.flatMap((s) => (s.stance ? [`${s.stance.target} ${s.stance.polarity}`] : []))

describe('a government only judged is an actor when the text tells whose it is', () => {
  it.each([
    [
      'Nurses in Britain are striking. British doctors and nurses criticised the government over pay.',
      'organization:united-kingdom-government',
    ],
    [
      'MPs debated the bill in the Commons. Farmers blamed ministers for the late payments.',
      'organization:united-kingdom-government',
    ],
    [
      'Peru has cut fuel taxes. In Peru, Tom Rake urged the government to think again.',
      'organization:peru-government',
    ],
    ['Tom Rake said the Japanese government has forecast slower growth.', 'organization:japan-government'],
    // A text that names a party but shows none in office: Westminster's words and the party tell whose it is
    // (government-in-office.ts).
    [
      'MPs voted on Monday. The Tories criticised the government over pay.',
      'organization:united-kingdom-government',
    ],
  ])('%s → %s', (text, id) => {
    expect(governmentsOf(text)).toEqual([id])
  })

  it.each([
    // No country told: whose government it is the text does not say.
    'The union criticised the government over pay.',
    // A country named once in passing does not tell either.
    'Exports of cars to China rose last year. Ann Vale blamed the government for the high taxes on them.',
    'Tom Rake, who grew up in Ghana, said the government should cut taxes.',
    // A text that shows a party in office leaves a judged government to that party (stance-targets.ts).
    'MPs voted on Monday. The Labour government met. The Tories criticised the government over pay.',
    // A devolved country's text may mean either of two governments.
    'Schools in Scotland will close. Ann Vale criticised the government over pay.',
    // Generic uses.
    'MPs voted on Monday. Ann Vale said any government would have cut the tax.',
    'MPs voted on Monday. Ann Vale said local government needed more money.',
  ])('%s → none', (text) => {
    expect(governmentsOf(text)).toEqual([])
  })
})

describe('the stance stage finds the judged government as its target', () => {
  it.each([
    [
      'Nurses in Britain are striking. British doctors and nurses criticised the government over pay.',
      'organization:united-kingdom-government oppose',
    ],
    [
      'Peru has cut fuel taxes. In Peru, Tom Rake urged the government to think again.',
      'organization:peru-government demand',
    ],
    [
      'Peru has floods. Ann Vale praised the government for its help in Peru.',
      'organization:peru-government support',
    ],
  ])('%s → %s, once', (text, stance) => {
    expect(stancesOf(text)).toEqual([stance])
  })
})
