import { analyze } from '../../analyze.ts'

// A text that shows Labour in office and the speaker in opposition, so "ministers" and "the government" are Labour's.
export const IN_OFFICE = 'Labour has been in power since 1997. Tory leader Ann Vale spoke on Monday.'

/** The stance of a text's first statement as [target, polarity], null for none. */
export function firstStance(text: string) {
  const stance = analyze(text).statements[0]?.stance
  return stance ? [stance.target, stance.polarity] : null
}

/** The stance of a text's last statement as [target, polarity], null for none. */
export function lastStance(text: string) {
  const stance = analyze(text).statements.at(-1)?.stance
  return stance ? [stance.target, stance.polarity] : null
}

/** A text's last statement as its cue, content and stance, so a row of no stance shows the statement was read. */
export function lastRead(text: string) {
  const statement = analyze(text).statements.at(-1)
  const slice = (span?: { start: number; end: number }) => span && text.slice(span.start, span.end)
  const stance = statement?.stance
  return {
    cue: slice(statement?.cue ?? undefined),
    content: slice(statement?.content),
    stance: stance ? [stance.target, stance.polarity] : null,
  }
}

/** The stances of a text's statements as "target polarity", in text order. */
export function stancesOf(text: string): string[] {
  return analyze(text).statements.flatMap((s) =>
    s.stance ? [`${s.stance.target} ${s.stance.polarity}`] : [],
  )
}
