import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'
import { speakerNames } from './speaker-actors.fixture.ts'

/** The speaker's name (or "none") of each statement whose source is "Police" or "the police". */
const policeSpeakers = (text: string) => speakerNames(text, ({ source }) => /^(?:the )?police$/i.test(source))

// Bare "police" after the text has named one force are that force (speakers.ts, onlyBodyNamed).
describe('bare police are the one police force named before', () => {
  it.each([
    [
      'one force named before',
      'Two men were held in Tarnby on Monday. Kent Police said a man was arrested. Police say the suspect ran off.',
      ['Kent Police'],
    ],
    [
      'two forces named before: no one',
      'Two men were held. Kent Police and Essex Police said a man was arrested. Police say the suspect ran off.',
      ['none'],
    ],
    ['no force named', 'Two men were held on Monday. Police say the suspect ran off.', ['none']],
  ])('%s', (_case, text, expected) => {
    expect(policeSpeakers(text)).toEqual(expected)
  })

  it('leaves police a passive speaks of to whoever accused them', () => {
    const text = 'Kent Police said a man was arrested. Police were accused of ignoring the crash.'
    const analysis = analyze(text)
    const kent = analysis.actors.find((actor) => actor.name === 'Kent Police')?.id
    const accused = analysis.statements.filter(
      (s) => s.cue && text.slice(s.cue.start, s.cue.end).startsWith('were'),
    )
    expect(kent).toBeDefined()
    expect(accused.length).toBeGreaterThan(0)
    expect(accused.every((s) => s.speaker !== kent)).toBe(true)
  })
})
