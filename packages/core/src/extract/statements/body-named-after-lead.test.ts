import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'
import { describesBody } from './body-named-after-lead.ts'

/** The speaker (or reason for none) of the statement whose content starts with `opening`. */
function speakerOf(text: string, opening: string): string | undefined {
  const { statements } = analyze(text)
  const found = statements.find((statement) => text.slice(statement.content.start).startsWith(opening))
  return found ? (found.speaker ?? `null:${found.speakerReason}`) : undefined
}

const TITLE = 'Savings row grows\n\n'

describe('a lead describes the organisation the next sentence names', () => {
  it.each([
    [
      "an owner's watchdog, named as the next subject",
      "Savers are paying too much in fees, the country's banking watchdog has said.\n\nThe Fair Lending Office said charges had doubled since 2019.",
      'Savers are paying',
      'organization:fair-lending-office',
    ],
    [
      'an indefinite agency, named after a describing word',
      'Online card theft is rising fast, an anti-fraud agency has warned.\n\nThe consultancy Trelwick Partners said losses rose by a third.',
      'Online card theft',
      'organization:trelwick-partners',
    ],
    [
      'a bare plural of regulators',
      'Thousands of kettles are unsafe, federal regulators have said.\n\nThe Office of Appliance Safety said the switches could fail.',
      'Thousands of kettles',
      'organization:office-of-appliance-safety',
    ],
  ])('%s', (_, body, opening, speaker) => {
    expect(speakerOf(TITLE + body, opening)).toBe(speaker)
  })

  it.each([
    [
      'a bare plural of people stays nameless',
      'Savers are paying too much in fees, analysts have said.\n\nThe Fair Lending Office said charges had doubled since 2019.',
      'Savers are paying',
    ],
    [
      'the next sentence names the body after a preposition, not as its subject',
      'Savers are paying too much in fees, the banking watchdog has said.\n\nFees rose at the Fair Lending Office last year.',
      'Savers are paying',
    ],
    [
      'a description in a later sentence is not the lead',
      'Fees rose again this year.\n\nSavers are paying too much, the banking watchdog said.\n\nThe Fair Lending Office said charges had doubled.',
      'Savers are paying',
    ],
    [
      'a body the next sentence names without having it speak',
      'Thousands of jobs will go, a charity has warned.\n\nThe Fair Lending Office is to end its cheap loans next month.',
      'Thousands of jobs',
    ],
    [
      'a name two sentences on',
      'Savers are paying too much in fees, the banking watchdog has said.\n\nFees rose.\n\nThe Fair Lending Office said charges had doubled.',
      'Savers are paying',
    ],
  ])('%s', (_, body, opening) => {
    expect(speakerOf(TITLE + body, opening)).not.toBe('organization:fair-lending-office')
  })
})

describe('describesBody', () => {
  it.each([
    ['the banking watchdog', true],
    ["the country's banking watchdog", true],
    ['an anti-fraud agency', true],
    ['federal regulators', true],
    ['the pan-European bourse', true],
    ['unions at the steel plant', false],
    ['the Fair Lending Office', false],
    ['analysts', false],
    ['watchdog', false],
    ['the minister', false],
  ])('%s → %s', (words, expected) => {
    expect(describesBody(words)).toBe(expected)
  })
})
