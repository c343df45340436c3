import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The contents analyze finds in a text, as written. */
const contents = (text: string) =>
  analyze(text).statements.map((statement) => text.slice(statement.content.start, statement.content.end))

describe('speaksWithoutWords', () => {
  // [case, text, a content that is no words]
  const acts: Array<[string, string, string]> = [
    ['a length', 'The mayor spoke for an hour at the dinner.', 'an hour at the dinner'],
    ['a turn', 'Even doctors spoke their piece on the matter.', 'their piece on the matter'],
  ]
  it.each(acts)('%s', (_, text, content) => {
    expect(contents(text)).not.toContain(content)
  })

  // [case, text, content kept]
  const words: Array<[string, string, string]> = [
    [
      'a topic, left to the topic checks',
      'The mayor spoke of her sadness at the loss.',
      'her sadness at the loss',
    ],
  ]
  it.each(words)('%s', (_, text, content) => {
    expect(contents(text)).toContain(content)
  })
})

describe('passesOnAnEvent', () => {
  // [case, text, a content that is an event passed on]
  const events: Array<[string, string, string]> = [
    [
      'an incident reported to the police',
      'The hospital reported the incident to the police station on Monday.',
      'the incident to the police station on Monday',
    ],
    [
      'an attack reported to officials',
      'A neighbour reported the attack to officials.',
      'the attack to officials',
    ],
  ]
  it.each(events)('%s', (_, text, content) => {
    expect(contents(text)).not.toContain(content)
  })

  // [case, text, content kept]
  const reports: Array<[string, string, string]> = [
    ['a figure after "to"', 'The firm reported a rise to £5m in profits.', 'a rise to £5m in profits'],
    ['a result', 'The firm reported a 5% rise in profits.', 'a 5% rise in profits'],
    ['a clause', 'Police reported that the road was closed.', 'that the road was closed'],
    [
      'a clause with "to" before its verb',
      'The charity reports that access to the site is being restored.',
      'that access to the site is being restored',
    ],
  ]
  it.each(reports)('%s', (_, text, content) => {
    expect(contents(text)).toContain(content)
  })
})
