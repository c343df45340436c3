import { describe, expect, it } from 'vitest'
import { contentByStage } from './content-stage.fixture.ts'
import { throughVerblessSubject } from './content-verbless-subject.ts'

/** The words of the content `throughVerblessSubject` gives (see contentByStage). */
function contentOf(text: string, cue: string, last: string, side: 'after' | 'before' = 'after'): string {
  return contentByStage(throughVerblessSubject, text, cue, last, side)
}

describe('throughVerblessSubject', () => {
  it.each([
    // "as" and a modal or auxiliary after it.
    [
      'Ms Vale said rents as a share of pay would climb again next year.',
      'rents',
      'rents as a share of pay would climb again next year',
    ],
    ['Mr Hart argued spending as a whole was too low.', 'spending', 'spending as a whole was too low'],
    // "and" or "or" and more of the subject, then its verb.
    [
      'Ms Vale said the council and the bus company were to blame for the delays.',
      'council',
      'the council and the bus company were to blame for the delays',
    ],
    [
      'Mr Hart claimed the mayor or her deputy would sign the deal.',
      'mayor',
      'the mayor or her deputy would sign the deal',
    ],
    [
      'Ms Vale said the club and its fans hoped to stay in the town.',
      'club',
      'the club and its fans hoped to stay in the town',
    ],
    // The auxiliary is the verb, the participle after it part of the clause.
    [
      'Mr Hart said the plan and the budget had been agreed.',
      'plan',
      'the plan and the budget had been agreed',
    ],
    // The rest of the clause ends at its comma.
    [
      'Mr Hart said fares and parking fees would rise, a blow to drivers.',
      'fares',
      'fares and parking fees would rise',
    ],
  ])('goes on: %s', (text, last, expected) => {
    const cue = text.split(' ')[2] ?? ''
    expect(contentOf(text, cue, last)).toBe(expected)
  })

  it.each([
    // Not a cue that reports a clause.
    ['Ms Vale announced plans and staff cheered loudly.', 'announced', 'plans', 'plans'],
    // The content already has its verb.
    ['Mr Hart said prices rose and wages fell last year.', 'said', 'rose', 'prices rose'],
    // A pronoun, an adverb or a verb after "and" opens the writer's clause.
    ['Ms Vale said nothing and she left the room.', 'said', 'nothing', 'nothing'],
    ['Mr Hart said sorry and then walked out of the hall.', 'said', 'sorry', 'sorry'],
    // After "as", a past verb is an aside of the writer's.
    ['Ms Vale said goodbye as the bus pulled away.', 'said', 'goodbye', 'goodbye'],
    // A second report after the link is not the subject's verb.
    ['Mr Hart said yes and Ms Vale said no to the plan.', 'said', 'yes', 'yes'],
    // No verb close enough after the link.
    [
      'Ms Vale said peace and quiet in the old market square of the town on Sundays.',
      'said',
      'quiet',
      'peace and quiet',
    ],
    // After "as", only "a" or "an" opens more of the subject ("as a whole"): "as the coffin was carried" is the
    // writer's aside, auxiliary or not.
    ['Ms Vale said a prayer as the coffin was carried into the church.', 'said', 'prayer', 'a prayer'],
    ['Mr Hart said his goodbyes as the crowd was leaving the ground.', 'said', 'goodbyes', 'his goodbyes'],
  ])('stays: %s', (text, cue, last, expected) => {
    expect(contentOf(text, cue, last)).toBe(expected)
  })
})
