import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The stance of a short text's last statement as [target, polarity], null for none. */
function lastStance(text: string) {
  const stance = analyze(text).statements.at(-1)?.stance
  return stance ? [stance.target, stance.polarity] : null
}

describe('coordinatedStance: a judging verb coordinated with the subject’s own', () => {
  it.each([
    [
      'Ann Vale said Tom Reed has had the chance to fix the roads in the north and has failed.',
      'person:tom-reed',
      'oppose',
    ],
    [
      'Ann Vale said the Green Party had promised to cut taxes for small firms and then betrayed the voters.',
      'organization:green-party',
      'oppose',
    ],
    // A country in the first predicate's object is where, not who.
    [
      'Ann Vale said Tom Reed had the chance to help the farmers of Peru and has failed.',
      'person:tom-reed',
      'oppose',
    ],
  ])('%s → %s %s', (text, target, polarity) => {
    expect(lastStance(text)).toEqual([target, polarity])
  })

  it.each([
    // In the passive, a thing done to the subject.
    'Ann Vale said Tom Reed was beaten and robbed last night.',
    'Ann Vale said Tom Reed had been attacked and killed by a gang.',
    // Denied.
    'Ann Vale said Tom Reed has had the chance to fix the roads and has not failed.',
    // Another subject after "and".
    'Ann Vale said Tom Reed met the minister and she failed.',
    'Ann Vale said the Green Party met the workers and they failed to agree.',
    // The verb is not the content's last word but for a short object.
    'Ann Vale said Tom Reed visited the school and failed to notice the broken windows in the hall.',
    // A verb of attitude is the subject's stance toward its object, not a judgement of the subject.
    '"Tom Reed read the report and praised it," Ann Vale said.',
    'Ann Vale said: "Tom Reed read the plan and trusted it."',
    '"Tom Reed watched the match and blamed the referee," Ann Vale said.',
    '"Tom Reed toured the site and admired it," Ann Vale said.',
  ])('%s → no stance', (text) => {
    expect(lastStance(text)).toBeNull()
  })
})

describe('coordinatedStance: a clause of its own before "and"', () => {
  it('leaves the reporting subject alone: its clause has a subject of its own, whose the verb may be', () => {
    const text = 'Ann Vale said Tom Reed thinks Peru signed the deal at the summit in May and then failed.'
    expect(lastStance(text)?.[0]).not.toBe('person:tom-reed')
  })
})
