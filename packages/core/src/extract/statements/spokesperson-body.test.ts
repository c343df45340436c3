import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** Each statement's speaker (or reason for none), in text order. */
async function speakersOf(text: string): Promise<string[]> {
  const { statements } = await analyze(text)
  return [...statements]
    .sort((a, b) => a.content.start - b.content.start)
    .map((statement) => statement.speaker ?? `null:${statement.speakerReason}`)
}

describe('a spokesperson the source ties to no one', () => {
  it.each([
    [
      'the body that spoke in the sentence before',
      'The Vale Office said the plan had been reviewed. A spokesman said the site was safe.',
      'organization:vale-office',
    ],
    [
      'the body that refused to comment, in the paragraph before',
      'Roads row\n\nTom Varle wrote to the Vale Office. But the Vale Office defended the rules.\n\nA spokeswoman said: "We never discuss contracts."',
      'organization:vale-office',
    ],
    [
      'the body this sentence opens with',
      'The Vale Office said the plan was sound, and a spokesman added that it would go ahead.',
      'organization:vale-office',
    ],
    [
      'the body whose spokesperson spoke just before, for "the spokesman"',
      '"It is not right to say so," said a Vale Office spokesman. "It is about focus," the spokesman added.',
      'organization:vale-office',
    ],
    [
      'the body a spokeswoman spoke for, when "she" goes on, not the woman named before',
      'Ann Rolt made a complaint. A spokeswoman for the Vale Office said it was looking at the case. "We are investigating," she said.',
      'organization:vale-office',
    ],
    [
      'the body a spokesman spoke for, when "He" opens the next sentence, not the man named before',
      'Tom Varle wrote to the board. But a spokesman for the Vale Office defended the plan. He said: "It is fair."',
      'organization:vale-office',
    ],
    [
      'the body a spokeswoman spoke for, when "She added" follows a quote of several sentences',
      'Ann Rolt lost her job at Vale Air. A spokeswoman for Vale Air told reporters: "We do not discuss staff. We never do. It is a rule." She added that the case was closed.',
      'organization:vale-air',
    ],
    [
      'the body a spokeswoman spoke for, when "She said" follows her words naming someone of no known gender',
      'The Vale Office is moving its staff. A spokeswoman for the Vale Office said Sam Rolt would stay as head. She said that the dates were not yet set.',
      'organization:vale-office',
    ],
  ])('%s', async (_, text, speaker) => {
    expect((await speakersOf(text)).at(-1)).toBe(speaker)
  })

  it.each([
    [
      'a woman is named in her words',
      'The Vale Office is moving its staff. A spokeswoman for the Vale Office said Ann Rolt would stay as head. She said that the dates were not yet set.',
    ],
    [
      'someone of no known gender is named after her words',
      'The Vale Office is moving its staff. A spokeswoman for the Vale Office said the head would stay. Sam Rolt wrote to staff. She said that the dates were not yet set.',
    ],
  ])('"she" is not the spokeswoman\'s body when %s', async (_, text) => {
    expect((await speakersOf(text)).at(-1)).not.toBe('organization:vale-office')
  })

  it.each([
    // A person as the subject before: whose spokesman is left unsaid, never the person.
    [
      'a person spoke before',
      'Tom Varle said he would resign. A spokesman later said Mr Varle had no comment.',
    ],
    // A body named inside what was said is not whom the spokesman is for.
    ['a body inside the words', 'The Vale Party would lose the seat, a spokesman said.'],
    // A name in an opening phrase is not the sentence's subject.
    [
      'a body in an opening phrase',
      'Speaking before the Vale Board met, a spokesman said the talks had failed.',
    ],
    // "the spokesman" after an unnamed office's spokesman is someone unnamed, not the minister in view.
    [
      'an unnamed office before "the spokesman"',
      'Home Secretary Ann Varle opened the centre. "It works," said a ministry spokesman. "It is about focus," the spokesman added.',
    ],
  ])('gives no name when %s', async (_, text) => {
    expect((await speakersOf(text)).at(-1)).toBe('null:anonymous')
  })
})

describe('the people around a person speak as no one named', () => {
  it.each([
    ['Former minister Tom Varle has died at a hospice, his family has announced.', 0],
    ["Tom Varle was 80. Mr Varle's family said he died peacefully.", -1],
    ['Ann Rolt lost the race. Her agent said she would retire.', -1],
    ['Ann Rolt was charged on Monday. Her solicitor said she would deny it.', -1],
  ])('%s', async (text, index) => {
    expect((await speakersOf(text)).at(index)).toBe('null:anonymous')
  })
})
