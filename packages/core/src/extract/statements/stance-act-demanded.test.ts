import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The stance of a short text's last statement as [target, polarity], null for none. */
function lastStance(text: string) {
  const stance = analyze(text).statements.at(-1)?.stance
  return stance ? [stance.target, stance.polarity] : null
}

/** The targets of every demand in a short text, whichever statement carries it. */
function demandTargets(text: string) {
  return analyze(text)
    .statements.filter((statement) => statement.stance?.polarity === 'demand')
    .map((statement) => statement.stance?.target)
}

const MET = 'Ann Vale and Tom Reed met on Monday.'

describe('actDemandedOf: an act a demand asks of its doer', () => {
  it.each([
    `${MET} Ms Vale called for the resignation of Mr Reed.`,
    `${MET} Ms Vale called for Mr Reed's resignation.`,
    `${MET} Ms Vale demanded the immediate resignation of Mr Reed.`,
    `${MET} Ms Vale demanded a public apology from Mr Reed.`,
    `${MET} Ms Vale called for an investigation by the ethics commissioner Tom Reed.`,
  ])('%s → demand of Tom Reed', (text) => {
    expect(lastStance(text)).toEqual(['person:tom-reed', 'demand'])
  })

  it.each([
    // The act is another's whom the actor has, or no act of one's own is named, or the verb asks nothing.
    `${MET} Ms Vale demanded an apology from Mr Reed's aides.`,
    `${MET} Ms Vale called for the withdrawal of troops from Iraq.`,
    `${MET} Ms Vale demanded more money from Mr Reed's fund.`,
    `${MET} Ms Vale demanded more money from the fund, Mr Reed said.`,
    // The doer is looked for inside the content only: here Mr Reed is the reporter.
    `${MET} Ms Vale called for an inquiry by MPs, Mr Reed said.`,
    `${MET} Ms Vale called for a review by Friday, Mr Reed said.`,
    `${MET} Ms Vale demanded answers on the resignation of Mr Reed.`,
    `${MET} Ms Vale called for an inquiry into Mr Reed's conduct.`,
  ])('%s → no demand', (text) => {
    expect(demandTargets(text)).toEqual([])
  })
})
