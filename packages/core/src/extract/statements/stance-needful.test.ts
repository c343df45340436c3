import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

// A text that shows Labour in office and the speaker in opposition, so "ministers" are Labour's.
const IN_OFFICE = 'Labour has been in power since 1997. Tory leader Ann Vale spoke on Monday.'

/** The stance of a text's last statement as [target, polarity], null for none. */
function lastStance(text: string) {
  const stance = analyze(`${IN_OFFICE} ${text}`).statements.at(-1)?.stance
  return stance ? [stance.target, stance.polarity] : null
}

/** A text's last statement as its cue, content and stance, so a row of no stance shows the statement was read. */
function lastRead(text: string) {
  const statement = analyze(text).statements.at(-1)
  const slice = (span?: { start: number; end: number }) => span && text.slice(span.start, span.end)
  const stance = statement?.stance
  return {
    cue: slice(statement?.cue ?? undefined),
    content: slice(statement?.content),
    stance: stance ? [stance.target, stance.polarity] : null,
  }
}

describe('needfulStance: a demand made by calling an act needful', () => {
  it.each([
    'Ann Vale said it was vital that ministers listened to teachers.',
    'Ann Vale said it was essential that Labour kept its promise.',
    'Ann Vale said: "It is absolutely crucial that Labour acts now."',
    // A verb that only starts like a verb of knowing ("seeks", not "sees") is still an act asked for.
    'Ann Vale said it was vital that Labour seeks a deal with the unions.',
  ])('%s → demand of Labour', (text) => {
    expect(lastStance(text)).toEqual(['organization:labour-party', 'demand'])
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
