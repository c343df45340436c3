import { describe, expect, it } from 'vitest'
import { speakerNames } from './speaker-actors.fixture.ts'

/** The speaker's name (or "none") of each statement whose source is a bare or qualified "MPs". */
const membersSpeakers = (text: string) => speakerNames(text, ({ source }) => /\bMPs$/.test(source))

// Bare "MPs" in a report of one parliamentary committee are that committee (committee-members.ts).
describe('bare MPs are the one committee the article names', () => {
  it.each([
    [
      'committee named after the lead',
      'Ferry fares are far too high, MPs have said. In a report, the Transport Select Committee said prices rose.',
      ['Transport Select Committee'],
    ],
    [
      'committee named before, "the MPs" later',
      'The Transport Select Committee said ferry prices rose by half. The MPs said the ports were to blame.',
      ['Transport Select Committee'],
    ],
    [
      'after an opening word',
      'The Transport Select Committee said ferry prices rose. But MPs said the ports were not to blame.',
      ['Transport Select Committee'],
    ],
    [
      'no committee named: no one',
      'Ferry fares are far too high, MPs have said. Ministers said prices rose by half.',
      ['none'],
    ],
    [
      'two committees named: no one',
      'The Transport Select Committee and the Health Select Committee met. MPs said the ports were to blame.',
      ['none'],
    ],
    [
      'MPs gathered in another body: no one',
      'Ferry fares are far too high, a group of MPs has said. The Transport Select Committee met. MPs said ports were to blame.',
      ['none', 'none'],
    ],
    [
      'members qualified by a word before: not the committee',
      'The Transport Select Committee said ferry prices rose. Many backbench MPs said the ports were to blame.',
      ['none'],
    ],
  ])('%s', (_case, text, expected) => {
    expect(membersSpeakers(text)).toEqual(expected)
  })
})
