import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The stance of a text's last statement as [target, polarity], null for none. */
function lastStance(text: string) {
  const stance = analyze(`Tom Reed spoke on Monday. ${text}`).statements.at(-1)?.stance
  return stance ? [stance.target, stance.polarity] : null
}

describe('cueStance: the agent of the act a stance verb takes as object', () => {
  it.each([
    // "by Y" after a noun phrase and its "of" complement: the act is Y's.
    ['Ann Vale criticised the handling of the crisis by Tom Reed.', 'oppose'],
    ['Ann Vale praised the handling of the floods by Tom Reed.', 'support'],
    ['Ann Vale condemned the treatment of the workers by Tom Reed.', 'oppose'],
  ])('%s → %s of Tom Reed', (text, polarity) => {
    expect(lastStance(text)).toEqual(['person:tom-reed', polarity])
  })

  it.each([
    // Deeper in the object, past verbs of its own, the one after "by" or "under" is not the agent judged.
    'Ann Vale criticised the figures showing families were better off under Tom Reed.',
    'Ann Vale criticised the claim that voters had been taken for granted by Tom Reed.',
  ])('%s → no stance', (text) => {
    expect(lastStance(text)).toBeNull()
  })
})

describe("cueStance: a warning's object that opens a clause of its own", () => {
  it.each([
    // "warned Y would have to": a forecast about Y, whose "to" belongs to Y's own verb.
    'Ann Vale warned the Green Party would have to work hard to win.',
    'Ann Vale warned Tom Reed was going to lose the vote.',
  ])('%s → no threat', (text) => {
    expect(lastStance(text)?.[1]).not.toBe('threaten')
  })

  it('a warning not to act still threatens', () => {
    expect(lastStance('Ann Vale warned the Green Party not to cut taxes.')).toEqual([
      'organization:green-party',
      'threaten',
    ])
  })
})

describe('cueStance: a stance verb in the passive', () => {
  it.each([
    // The thing condemned stands before the verb; what follows it is not its object.
    "Efforts to relax the European Union's embargo on weapons sales to Peru have been condemned by church leaders and the Green Party.",
    'Plans to lift the ban on exports to Peru have been condemned by Ann Vale.',
  ])('%s → no stance', (text) => {
    expect(lastStance(text)).toBeNull()
  })
})

describe('cueStance: "from" after a word for what someone made known', () => {
  it.each([
    ['Ann Vale welcomed the news from Tom Reed about the bridge.', 'person:tom-reed', 'support'],
    [
      'Ann Vale welcomed the announcement from Labour about the school.',
      'organization:labour-party',
      'support',
    ],
    ['Ann Vale criticised the proposals from Labour on housing.', 'organization:labour-party', 'oppose'],
  ])('%s → %s %s', (text, target, polarity) => {
    expect(lastStance(text)).toEqual([target, polarity])
  })

  it.each([
    // A place left, and someone's people: "from" names no maker.
    'Ann Vale welcomed the soldiers home from Peru.',
    'Ann Vale welcomed the return of the soldiers from Peru.',
  ])('%s → no stance', (text) => {
    expect(lastStance(text)).toBeNull()
  })
})
