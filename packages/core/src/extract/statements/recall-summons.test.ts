import { describe, expect, it } from 'vitest'
import { foundCues as cues } from './found-cues.fixture.ts'

describe('callsBack', () => {
  // [case, text]: someone called back or goods taken back, no memory put in words
  const summons: Array<[string, string]> = [
    ['a passive with "by"', 'The ambassador was recalled by the government for talks.'],
    ['an opening participle', 'Eventually recalled by the board for his spending, Reed was sacked in May.'],
    ['an aside', 'Mr Ode, recalled from his post in Paris, resigned on Friday.'],
    ['a player named', "Wales recalled Ann Lee for Saturday's game against Italy."],
    ['players counted in words', 'Ireland are recalling three players for the match in Rome.'],
    ['goods counted', 'The firm recalled 20,000 cars over a brake fault.'],
    ['an adverb in the passive', 'The envoy was quietly recalled to the capital.'],
  ]
  it.each(summons)('%s', (_, text) => {
    expect(cues(text).filter((cue) => cue.includes('recall'))).toEqual([])
  })

  // [case, text, cue kept]: memories told
  const memories: Array<[string, string, string]> = [
    ['a clause', 'He recalled that the team had struggled in the spring.', 'recalled'],
    ['a progressive memory', 'She is recalling how the team struggled.', 'is recalling'],
    ['how', 'He recalled how the team had struggled in the spring.', 'recalled'],
    ['a day recalled', 'She recalled the day her father came home from the war.', 'recalled'],
    ['a listener after "to"', 'Mr Ode recalled to the panel that the mill had burned down.', 'recalled'],
    ['occasions counted', 'The coach recalled three times when his side had lost at home.', 'recalled'],
    ['a year recalled', 'She recalled 1974, when the mines had closed for a month.', 'recalled'],
    ['a name, then an aside', 'Ann Lee recalled Tom Rowe, who had coached her as a child.', 'recalled'],
  ]
  it.each(memories)('%s', (_, text, cue) => {
    expect(cues(text)).toContain(cue)
  })
})
