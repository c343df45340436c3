import { describe, expect, it } from 'vitest'
import { firstStance } from './stance-read.fixture.ts'

describe('phraseStance: trust, admiration and faith the speaker holds in someone', () => {
  it.each([
    ['Tom Vale insisted he still trusted Ann Reed.'],
    ['"I trust Ann Reed completely," Tom Vale said.'],
    ['Tom Vale said he admired Ann Reed for her courage.'],
    ['"We admire Ann Reed," Tom Vale said.'],
    ['Tom Vale said he had full faith in Ann Reed.'],
    ['Tom Vale insisted he still trusted Ann Reed, whatever others claimed.'],
    ['"We have every faith in Ann Reed," Tom Vale said.'],
  ])('%s → support of Ann Reed', (text) => {
    expect(firstStance(text)).toEqual(['person:ann-reed', 'support'])
  })

  it.each([
    ['Tom Vale said he no longer trusted Ann Reed.', 'oppose'],
    ['"I do not trust Ann Reed," Tom Vale said.', 'oppose'],
  ])('%s → %s of Ann Reed', (text, polarity) => {
    expect(firstStance(text)).toEqual(['person:ann-reed', polarity])
  })

  it.each([
    // Others' trust, a trust as a body or a fund, faith that is no one's or lost by others: no side the speaker takes.
    'Tom Vale said voters trusted Ann Reed.',
    'Tom Vale said the trust paid Ann Reed.',
    'Tom Vale said a trust fund was set up by Ann Reed.',
    'Tom Vale said faith in Ann Reed had fallen.',
    'Tom Vale said fans admired Ann Reed.',
    'Tom Vale said the trustees of Ann Reed met.',
    'Tom Vale said the trust for Ann Reed had closed.',
    'Tom Vale said a trusted aide of Ann Reed had quit.',
    'Tom Vale said Admiral Ann Reed had retired.',
  ])('%s → no support of Ann Reed', (text) => {
    expect(firstStance(text)?.[1]).not.toBe('support')
  })
})
