import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'
import { isCabinetOffice } from './stance-cabinet.ts'

describe('isCabinetOffice', () => {
  it.each([
    ['Chancellor', true],
    ['the prime minister', true],
    ['Home Secretary', true],
    ['trade minister', true],
    ['shadow chancellor', false],
    ['former Home Secretary', false],
    ['general secretary', false],
    ['press secretary', false],
    ['First Minister', false],
    ['leader', false],
  ])('%s → %s', (words, cabinet) => {
    expect(isCabinetOffice(words)).toBe(cabinet)
  })
})

/** The stances of a text's statements as [target, polarity], null for none. */
function stances(text: string) {
  return analyze(text).statements.map((statement) =>
    statement.stance ? [statement.stance.target, statement.stance.polarity] : null,
  )
}

describe('a cabinet member sits for the party in office', () => {
  const governing = 'The Labour government met on Monday. Chancellor Tom Reed spoke. '
  it.each([
    // A rival party's member speaks of the chancellor's acts as of the governing party's.
    [
      `${governing}Liberal Democrat leader Ann Vale said: "Mr Reed has lost the trust of ordinary people."`,
      ['person:tom-reed', 'oppose'],
    ],
    // A rival's praise of the chancellor is irony as often as not, and left to the stance verbs.
    [`${governing}Liberal Democrat leader Ann Vale said Mr Reed was brilliant at talking.`, null],
  ])('%s → %j', (text, stance) => {
    expect(stances(text).at(-1)).toEqual(stance)
  })
})
