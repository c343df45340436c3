import { describe, expect, it } from 'vitest'
import { speakerWhere } from './speaker-actors.fixture.ts'

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
})
