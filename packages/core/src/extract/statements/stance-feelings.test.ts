import { describe, expect, it } from 'vitest'
import { firstStance } from './stance-read.fixture.ts'

describe('phraseStance: a feeling the speaker holds toward someone', () => {
  it.each([
    ['Tom Vale said he was highly critical of the Green Party.', 'oppose'],
    ['Tom Vale said he was deeply disappointed with the Green Party.', 'oppose'],
    ['"We are appalled by the Green Party," Tom Vale said.', 'oppose'],
    ['Tom Vale said she was furious with the Green Party over the vote.', 'oppose'],
    ['Tom Vale said he was not happy with the Green Party.', 'oppose'],
    ['Tom Vale said he was very proud of the Green Party.', 'support'],
    ['"I am grateful to the Green Party," Tom Vale said.', 'support'],
    ['Tom Vale said he was impressed by the Green Party.', 'support'],
    // "am" is an auxiliary of the speaker's own clause, as "are" is.
    ['"I am sceptical of the Green Party," Tom Vale said.', 'oppose'],
  ])('%s → %s of the Green Party', (text, polarity) => {
    expect(firstStance(text)).toEqual(['organization:green-party', polarity])
  })

  it.each([
    // Others' feelings, a feeling about a thing that only names the party further on, or the party's own feeling.
    'Tom Vale said voters were angry with the Green Party.',
    'Tom Vale said he was happy with the result of the Green Party ballot.',
    'Tom Vale said he was proud of what the Green Party had done.',
    'Tom Vale said the Green Party was pleased with the poll.',
  ])('%s → no stance toward the Green Party', (text) => {
    expect(firstStance(text)?.[0]).not.toBe('organization:green-party')
  })
  it.each([
    // Pride in the country one speaks in is no side taken toward it.
    'Britain has a strong film trade. Tom Vale, the culture minister, said he was proud of Britain.',
  ])('%s → no stance toward Britain', (text) => {
    expect(firstStance(text)?.[0]).not.toBe('country:united-kingdom')
  })
})
