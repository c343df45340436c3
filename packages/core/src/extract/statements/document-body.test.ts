import { describe, expect, it } from 'vitest'
import { speakerWhere } from './speaker-actors.fixture.ts'

describe('a writing with no author beside it speaks for the body that made it', () => {
  it.each([
    [
      'the body that spoke just before, for "the survey"',
      'The Harwick Institute said its index fell in May. The survey added that exports were weak.',
      'exports were weak',
      'organization:harwick-institute',
    ],
    [
      'the body the lead\'s "a report" is sourced to in the next sentence',
      'Fewer adults can read well, a report says. The Vale Audit Office found that courses were too short.',
      'Fewer adults can read well',
      'organization:vale-audit-office',
    ],
    [
      'that body again for "the report" later',
      'Fewer adults can read well, a report says. The Vale Audit Office found that courses were too short. Tom Varle welcomed it. The report said more money was needed.',
      'more money was needed',
      'organization:vale-audit-office',
    ],
  ])('%s', (_, text, words, speaker) => {
    expect(speakerWhere(text, 'content', words, { holds: true })).toBe(speaker)
  })

  it.each([
    [
      'a person spoke just before',
      'Tom Varle said the index fell. The survey added that exports were weak.',
      'exports were weak',
    ],
    [
      'a body answered through a spokesperson just before',
      'The Vale Board found faults. A Harwick Trust spokeswoman said it would reply. The report said more money was needed.',
      'more money was needed',
    ],
    [
      'a survey not met before is no work of the body that spoke',
      'Tom Varle visited a school. The Harwick Trust said prices were high. A survey suggested few could buy a home.',
      'few could buy a home',
    ],
    [
      'a writing outside the lead',
      'Tom Varle visited a school on Monday. Fewer adults can read well, a report says. The Harwick Trust found that courses were short.',
      'Fewer adults can read well',
    ],
  ])('no body when %s', (_, text, words) => {
    expect(speakerWhere(text, 'content', words, { holds: true })).toMatch(/^null:/)
  })
})
