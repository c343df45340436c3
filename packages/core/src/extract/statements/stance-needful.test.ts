import { describe, expect, it } from 'vitest'
import { IN_OFFICE, lastRead, lastStance } from './stance-read.fixture.ts'

describe('needfulStance: a demand made by calling an act needful', () => {
  it.each([
    'Ann Vale said it was vital that ministers listened to teachers.',
    'Ann Vale said it was essential that Labour kept its promise.',
    'Ann Vale said: "It is absolutely crucial that Labour acts now."',
    // A verb that only starts like a verb of knowing ("seeks", not "sees") is still an act asked for.
    'Ann Vale said it was vital that Labour seeks a deal with the unions.',
  ])('%s → demand of Labour', (text) => {
    expect(lastStance(`${IN_OFFICE} ${text}`)).toEqual(['organization:labour-party', 'demand'])
  })

  it.each([
    // No actor after "that", a fact judged, a denial, or no "it is" before the adjective.
    'Ann Vale said it was important that the talks went well.',
    'Ann Vale said it was important that Labour had won.',
    'Ann Vale said it was not vital that Labour acted now.',
    'Ann Vale said the vital thing was that Labour acted now.',
    // Told something, or something to be done to Labour by someone else ("be", "is" or a modal and a participle).
    'Ann Vale said it was important that Labour realised the scale of the problem.',
    'Ann Vale said it was crucial that Labour be reformed.',
    'Ann Vale said it was essential that Labour is held to account.',
    'Ann Vale said it was crucial that Labour should be reformed.',
  ])('%s → none', (text) => {
    // The statement itself is read, with its whole content, so the row cannot pass by losing it.
    expect(lastRead(`${IN_OFFICE} ${text}`)).toEqual({
      cue: 'said',
      content: text.slice('Ann Vale said '.length, -1),
      stance: null,
    })
  })
})
