import { describe, expect, it } from 'vitest'
import { spokenStatements } from './speaker-actors.fixture.ts'

/** The speaker's name and the content of the statement whose cue is `cue`. */
function spokenWith(text: string, cue: string): [string, string] {
  const statement = spokenStatements(text).find((s) => s.cue === cue)
  return statement ? [statement.speaker, statement.content] : ['no statement', '']
}

// A name after "said" is what was said, not who said it, when a "who" clause set off after the subject comes before.
describe('a name after the cue of a subject with a "who" aside', () => {
  it.each([
    [
      'the subject of a who clause said something of a name',
      'Dr Ames, who chaired the board until May, said Ms Hollis "had misled" the staff.',
      'Ames',
      'Ms Hollis "had misled" the staff',
    ],
    [
      'after an opening adverb',
      'However, Ann Pike, who ran the club for years, said Tom Reed "must go".',
      'Ann Pike',
      'Tom Reed "must go',
    ],
    [
      'a name and a whole clause after the cue',
      'Lena Dray, who coached the team, said Ivo Marsh had left early.',
      'Lena Dray',
      'Ivo Marsh had left early',
    ],
    [
      'an inverted cue after a plain clause is still inverted',
      'Prices will rise next year, said Tom Reed.',
      'Tom Reed',
      'Prices will rise next year',
    ],
    [
      'an inverted cue after a clause with a which aside is still inverted',
      'The market, which fell, will recover soon, said Tom Reed.',
      'Tom Reed',
      'The market, which fell, will recover soon',
    ],
  ])('%s', (_case, text, speaker, content) => {
    expect(spokenWith(text, 'said')).toEqual([speaker, content])
  })
})
