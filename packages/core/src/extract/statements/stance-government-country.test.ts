import { describe, expect, it } from 'vitest'
import { lastStance } from './stance-read.fixture.ts'

// A government that speaks in a sentence naming only the places its acts reached ("offices in Iraq and Kenya").
const OPENING =
  'UK to close consulates. Consulates in Peru, Chile and Ghana will close, Foreign Secretary Tom Reed said. It has opened offices in Iraq and Kenya in response to what the government says are new needs.'

describe("governmentWordsOf: the government's own country's words are its own", () => {
  it.each([
    'Tory MP Ann Vale said: "The government must show that British firms will not suffer."',
    'Tory MP Ann Vale said the government must explain why British staff were cut.',
  ])('%s → the government, demand', (sentence) => {
    expect(lastStance(`${OPENING} ${sentence}`)).toEqual(['organization:united-kingdom-government', 'demand'])
  })

  it.each([
    // Another country's firms: that country's government.
    'Tory MP Ann Vale said: "The government must show that Peruvian firms will not suffer."',
    'Tory MP Ann Vale said the government of Chile must explain why staff were cut.',
  ])('%s → none', (sentence) => {
    expect(lastStance(`${OPENING} ${sentence}`)).toBeNull()
  })
})
