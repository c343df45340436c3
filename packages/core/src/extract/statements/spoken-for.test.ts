import { describe, expect, it } from 'vitest'
import { speakerWhere } from './speaker-actors.fixture.ts'

describe('a possessive spokesperson or office speaks for the person it names', () => {
  it.each([
    [
      "a named person's office",
      "Prosecutor Ann Vale opened a case against the Pellcom Bank. Ms Vale's office said the bank hid its losses.",
      "Ms Vale's office",
      'person:ann-vale',
    ],
    [
      "a named person's office, after the words",
      "Prosecutor Ann Vale opened a case against the Pellcom Bank. The losses were hidden for years, Ms Vale's office added.",
      "Ms Vale's office",
      'person:ann-vale',
    ],
    [
      'the office of the one person the article gives that office',
      "Prime Minister Tom Tarn wants to cut fuel duty. The prime minister's official spokesman said drivers would gain.",
      "The prime minister's official spokesman",
      'person:tom-tarn',
    ],
    [
      "an office's own office",
      "Mayor Ann Vale closed the bridge on Monday. The mayor's office said it would reopen in spring.",
      "The mayor's office",
      'person:ann-vale',
    ],
    [
      "a body's spokesperson, for the body the text named",
      "The Vale District Council has shut the pool at Tarnby. The council's spokesperson said it cost too much to run.",
      "The council's spokesperson",
      'organization:vale-district-council',
    ],
    [
      '"her office", for the woman the text is about',
      'Senator Ann Vale met the farmers on Friday. Her office said she would vote against the bill.',
      'Her office',
      'person:ann-vale',
    ],
  ])('%s', (_, text, source, speaker) => {
    expect(speakerWhere(text, 'source', source)).toBe(speaker)
  })

  it.each([
    [
      'an office no one in the article is given',
      "Tom Tarn runs a bakery in the town. The chancellor's spokesman said prices would rise.",
      "The chancellor's spokesman",
    ],
    [
      'an office two people are given',
      "Prime Minister Tom Tarn met Prime Minister Ann Vale in Rome. The prime minister's spokesman said the talks went well.",
      "The prime minister's spokesman",
    ],
    [
      "a named person's aides, who are not a voice of the person",
      "Senator Ann Vale met the farmers on Friday. Ms Vale's aides said the talks went well.",
      "Ms Vale's aides",
    ],
  ])('names no one for %s', (_, text, source) => {
    expect(speakerWhere(text, 'source', source)).toMatch(/^null:/)
  })
})
