import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from '../actors/index.ts'
import { foldTitleCase } from './headline-case.ts'
import { extractStatements } from './index.ts'
import { shippedModel } from './model.ts'

describe('foldTitleCase', () => {
  it.each([
    ['Mayor Vale Calls For New Vote On Tram Line', 'Mayor Vale calls for New Vote on Tram Line'],
    ['Tom Reed Endorses Ann Lee With Party Blessing', 'Tom Reed endorses Ann Lee with Party Blessing'],
    ['Union Chief Warns Of Strike Over Pay', 'Union Chief warns of Strike over Pay'],
    // Sentence case, a short headline, capitals and mixed-case names are left alone.
    ['Mayor Vale calls for a new vote on the tram line', 'Mayor Vale calls for a new vote on the tram line'],
    ['Vale Says No', 'Vale Says No'],
    ['GOP Chief Says McCain Will Win', 'GOP Chief says McCain will Win'],
  ])('%j → %j', (headline, folded) => {
    expect(foldTitleCase(headline)).toBe(folded)
  })

  it('keeps every offset', () => {
    const headline = 'Ann Lee Says Tram Plan Is Dead'
    expect(foldTitleCase(headline)).toHaveLength(headline.length)
  })
})

describe("extractStatements 'all' with a title-case headline", () => {
  it.each([
    ['Vale Calls On Reed To Resign.\n\nThe call came on Monday.', 'Calls On'],
    ['Tom Reed Endorses Ann Lee For Mayor.\n\nThe vote is in May.', 'Endorses'],
  ])('%j → cue %j', (text, cue) => {
    const parsed = parseArticle(text)
    const statements = extractStatements(parsed, extractActors(parsed), shippedModel(), 'all')
    const cues = statements.map((s) => s.cue && text.slice(s.cue.start, s.cue.end))
    expect(cues).toContain(cue)
  })
})
