import { describe, expect, it } from 'vitest'
import { analyze } from '../../index.ts'
import { parseArticle } from '../../parse/index.ts'
import { buildContext } from './context.ts'
import { findRulingCues } from './ruling-cues.ts'

/** The cue, the speaker's name (or its reason) and the content of each statement of a text. */
function statementsOf(text: string): string[][] {
  const analysis = analyze(text)
  const names = new Map(analysis.actors.map((actor) => [actor.id, actor.name]))
  return analysis.statements.map((s) => [
    s.cue ? text.slice(s.cue.start, s.cue.end) : '',
    s.speaker ? (names.get(s.speaker) ?? '') : `(${s.speakerReason})`,
    text.slice(s.content.start, s.content.end),
  ])
}

describe('findRulingCues: a court ruling is a statement by the court', () => {
  // [case, text, statements as [cue, speaker, content]]
  const cases: Array<[string, string, string[][]]> = [
    [
      'ruled that',
      'Ban\n\nThe Supreme Court has ruled that the ban was unlawful.',
      [['has ruled', 'Supreme Court', 'that the ban was unlawful']],
    ],
    [
      'a clause before an indefinite court',
      'Ban\n\nThe ban on smoking in bars was unlawful, a court has ruled.',
      [['has ruled', '(unresolved)', 'The ban on smoking in bars was unlawful']],
    ],
    [
      'a clause without its that',
      'Case\n\nJudge Anne Black ruled it was not a matter for the police.',
      [['ruled', 'Anne Black', 'it was not a matter for the police']],
    ],
    [
      'ruled out is no ruling but a position taken (ruled-out.ts)',
      'Deal\n\nThe party has ruled out a deal with the Greens.',
      [['has ruled out', '(unresolved)', 'a deal with the Greens']],
    ],
    ['ruled a country is no ruling', 'Past\n\nMr Smith ruled the country for ten years.', []],
    ['the rules is a noun', 'Budget\n\nThe firm broke the rules.', []],
    [
      'a noun phrase of rules is no ruling',
      "Budget\n\nThe board wants to change the fund's lending rules.",
      [],
    ],
    [
      'a present ruling after its clause',
      'Ban\n\nThe ban was unlawful, the judge rules.',
      [['rules', '(unresolved)', 'The ban was unlawful']],
    ],
  ]
  it.each(cases)('%s', (_case, text, statements) => {
    expect(statementsOf(text)).toEqual(statements)
  })
})

// A final "rules" is a ruling only after a clause and a comma right before its source's noun phrase.
describe('findRulingCues with a final rules', () => {
  it.each([
    ['The ban was unlawful, the judge rules.', ['rules']],
    ['The fee was too high, the high court rules.', ['rules']],
    ['In chess, as in life, patience rules.', []],
    ['At the club, as at home, good manners rules.', []],
  ])('"%s" → %j', (text, cues) => {
    const context = buildContext(parseArticle(text))
    const found = findRulingCues(context, []).map((cue) =>
      text.slice(context.tokens[cue.start]?.start, context.tokens[cue.end - 1]?.end),
    )
    expect(found).toEqual(cues)
  })
})
