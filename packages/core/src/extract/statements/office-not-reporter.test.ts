import { describe, expect, it } from 'vitest'
import { speakerWhere, spokenStatements } from './speaker-actors.fixture.ts'

describe('an office named inside a report is not the one who reports it', () => {
  it.each([
    [
      'the holder the article gives the office, not the writer of the book',
      'Tarn denies deal\n\nTom Tarn has dismissed talk of a deal with Ann Vale. The prime minister said the story was false.\n\nA new book by the writer Ed Rolt says the two fell out in May. According to Mr Rolt the prime minister said: "I will go next spring."',
      'said:',
      'person:tom-tarn',
    ],
  ])('%s', (_, text, cue, speaker) => {
    expect(speakerWhere(text, 'cue', cue, { last: true })).toBe(speaker)
  })

  it.each([
    [
      'a pronoun in a report, which is the reporter',
      'Tom Tarn spoke to farmers in Leeds on Monday. Mr Tarn said he would cut fuel duty next year, and he told them it would pass.',
      'told',
      'person:tom-tarn',
    ],
    [
      'an office that speaks before a report of its own',
      'Tarn backs plan\n\nPrime Minister Tom Tarn met Ann Vale in Leeds. The prime minister argued there were many voters whom he says feel ignored.',
      'argued',
      'person:tom-tarn',
    ],
    [
      'an office named outside any report',
      'Tarn backs plan\n\nPrime Minister Tom Tarn met Ann Vale in Leeds. The prime minister said the plan would go ahead.',
      'said',
      'person:tom-tarn',
    ],
  ])('leaves alone %s', (_, text, cue, speaker) => {
    expect(speakerWhere(text, 'cue', cue, { last: true })).toBe(speaker)
  })

  it('answers the same in a long text, where each office sits inside a report among many others', () => {
    // Forty reports by Mr Rolt, each with the office inside it, between forty statements that name no office: the
    // reports are looked up by where their content lies, and each must still be found.
    const blocks = Array.from(
      { length: 40 },
      (_, i) =>
        `Ann Vale said the talks on road ${i} would go on. Mr Rolt said the row over road ${i} was real.\n\n` +
        `According to Mr Rolt the prime minister said: "I will not pay for road ${i}."`,
    )
    const text = [
      'Tarn denies deal',
      'Tom Tarn has dismissed talk of a deal with Ann Vale. The prime minister said the story was false.',
      'A new book by the writer Ed Rolt says the two fell out in May.',
      ...blocks,
    ].join('\n\n')
    const tally = new Map<string, number>()
    for (const { cue, source, speaker } of spokenStatements(text)) {
      const key = `${cue} | ${source} | ${speaker}`
      tally.set(key, (tally.get(key) ?? 0) + 1)
    }
    expect(Object.fromEntries(tally)).toEqual({
      'has dismissed talk of | Tom Tarn | Tom Tarn': 1,
      'said | The prime minister | Tom Tarn': 1,
      'says | A new book by the writer Ed Rolt | Ed Rolt': 1,
      'said | Ann Vale | Ann Vale': 40,
      'said | Mr Rolt | Ed Rolt': 40,
      'According to | Mr Rolt | Ed Rolt': 40,
      // The article gives the office to Mr Rolt too, so each inner report is left to no one rather than to him.
      'said: | the prime minister | none': 40,
    })
  })
})
