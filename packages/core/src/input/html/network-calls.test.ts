import { describe, expect, it } from 'vitest'
import { CLAUSE_CALL, isNetworkCall, NETWORK, PURPOSE_CALL } from './network-calls.ts'

// Each row: a line, and whether it sends the reader to the site's channels.
describe('isNetworkCall', () => {
  it.each([
    ['Follow the Daily Post on Twitter and Instagram.', true],
    ['¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular.', true],
    ['Neu: Folgt uns auf Instagram!', true],
    ['Gefällt dir der Text? Dann abonniere unseren Newsletter.', true],
    ['Download our app for iOS and Android.', true],
    ['For the latest stories and updates download the Harbour Post apps for iOS and Android.', true],
    ['For more news, follow us on Instagram.', true],
    ['For the first time, the council will join Facebook and TikTok.', false],
    // prose: a call inside a clause, a network named without a call, a quote, and a long passage
    ['Wer Ann Lee auf Twitter folgt, liest viel über den Hafen.', false],
    ['The minister said the app would be ready in March.', false],
    ['"Follow us on Twitter," the mayor told the crowd.', false],
    [`Follow the harbour debate on Twitter. ${'The council met again on Tuesday. '.repeat(8)}`, false],
  ])('%s: %s', (line, call) => {
    expect(isNetworkCall(line)).toBe(call)
  })

  // Long runs of what the patterns almost match; no duration is compared (a backtracking pattern would fail by
  // the suite's time limit).
  it.each([
    ' '.repeat(1_000_000),
    'and '.repeat(250_000),
    `${'. '.repeat(500_000)}x`,
    'app'.repeat(300_000),
    `${'for the '.repeat(125_000)}x`,
    `${'. for a, '.repeat(100_000)}x`,
  ])('runs in linear time on a long run (%#)', (line) => {
    expect(CLAUSE_CALL.test(line)).toBe(false)
    expect(PURPOSE_CALL.test(line)).toBe(false)
    expect(NETWORK.test(line)).toBe(false)
  })
})
