import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The sources and contents analyze finds in a text, as written. */
const found = (text: string) =>
  analyze(text).statements.map((statement) => ({
    source: statement.source ? text.slice(statement.source.start, statement.source.end) : '',
    content: text.slice(statement.content.start, statement.content.end),
  }))

describe('invertedBy', () => {
  // [case, text, source, content]: a speaker after the cue, the words said before it
  const inverted: Array<[string, string, string, string]> = [
    [
      'a study ends the sentence',
      'By 2030, most small towns will have no bank branch at all, says a study.',
      'a study',
      'By 2030, most small towns will have no bank branch at all',
    ],
    [
      'common nouns before a name',
      'Ticket sales have doubled since the spring, said market analysts Tallyfield.',
      'market analysts Tallyfield',
      'Ticket sales have doubled since the spring',
    ],
    [
      'a gerund inside the description',
      'Cheap drones could swamp the airports, says safety consulting firm Vantrel.',
      'safety consulting firm Vantrel',
      'Cheap drones could swamp the airports',
    ],
    [
      'a preposition inside the description',
      'Rents will keep rising next year, says a panel of housing experts.',
      'a panel of housing experts',
      'Rents will keep rising next year',
    ],
    [
      'a relative clause about a described speaker',
      'Fares on the night buses will double, said an official who asked not to be named.',
      'an official who asked not to be named',
      'Fares on the night buses will double',
    ],
    [
      'a relative clause with "which"',
      'The harvest will be the worst in a decade, says a study which the farmers union paid for.',
      'a study which the farmers union paid for',
      'The harvest will be the worst in a decade',
    ],
    [
      'a lone plural of people ends the sentence',
      'The night trains will be cut in winter, said officials.',
      'officials',
      'The night trains will be cut in winter',
    ],
    [
      'a lone plural after "say"',
      'Cheaper batteries may double the sale of e-bikes, say economists.',
      'economists',
      'Cheaper batteries may double the sale of e-bikes',
    ],
    [
      'a relative clause with "that" after a body',
      'Bus fares will go up in spring, warned a charity that helps commuters.',
      'a charity that helps commuters',
      'Bus fares will go up in spring',
    ],
    [
      'a relative clause with commas inside runs to the end',
      'Tolls will rise again, said an engineer who, like his colleagues, asked not to be named.',
      'an engineer who, like his colleagues, asked not to be named',
      'Tolls will rise again',
    ],
    [
      'a name, as before',
      'The ferry will run again in May, said Ann Orlow.',
      'Ann Orlow',
      'The ferry will run again in May',
    ],
    [
      'a possessive inside the description',
      "The ferry will not sail this winter, said the council's spokesman.",
      "the council's spokesman",
      'The ferry will not sail this winter',
    ],
    [
      'a role the tagger reads as an adjective',
      'The plant will shut in June, said the chief executive.',
      'the chief executive',
      'The plant will shut in June',
    ],
  ]
  it.each(inverted)('%s', (_, text, source, content) => {
    expect(found(text)).toContainEqual({ source, content })
  })

  // [case, text, a content that must not be reported]: no speaker follows the cue
  const notInverted: Array<[string, string, string]> = [
    [
      'an aside after the subject leaves the subject the speaker',
      'Mr Olsen, the club chairman, said the new stand opens in June.',
      'Mr Olsen, the club chairman',
    ],
    [
      'a comma and a verb go on with the subject',
      'The driver stopped, said a few words, and left.',
      'The driver stopped',
    ],
    ['one word that names no people is no speaker', 'The guard waved, said nothing.', 'The guard waved'],
    ['a plural that names no people is no speaker', 'The old man bowed, said prayers.', 'The old man bowed'],
    [
      'a verb\'s object with a "which" clause is no speaker',
      'Ms Ruiz frowned, said a word which the class ignored.',
      'Ms Ruiz frowned',
    ],
    [
      'an object with a "which" clause after "added"',
      'The coach shrugged, added a remark which made the players grin.',
      'The coach shrugged',
    ],
    [
      'a subject with no verb before the cue is not the content',
      'The merger, said a banker who knew of it, was called off.',
      'The merger',
    ],
    [
      'a quote after the noun phrase is what was said',
      'Ms Berg, a nurse, said the rules "make no sense".',
      'Ms Berg, a nurse',
    ],
    ['a possessive object, then a verb', "He stood up, said the town's prayer, and sat down.", 'He stood up'],
  ]
  it.each(notInverted)('%s', (_, text, content) => {
    expect(found(text).map((statement) => statement.content)).not.toContain(content)
  })
})

describe('closesSubjectAppositive', () => {
  // [case, text, statements as "source | content"]: a subject and its aside before the cue say nothing
  const cases: Array<[string, string, string[]]> = [
    [
      'a time between the cue and what was said',
      'Ann Reid, the town mayor, said last month the road would help.',
      ['Ann Reid, the town mayor | last month the road would help'],
    ],
    [
      'a possessive in the aside',
      'Ann Reid, the town’s mayor, said last month the road would help.',
      ['Ann Reid, the town’s mayor | last month the road would help'],
    ],
    [
      'no time: what was said follows the cue',
      'Ann Reid, the town mayor, said the road would help.',
      ['Ann Reid, the town mayor | the road would help'],
    ],
    [
      'not a subject: a clause before the speaker and its aside',
      'Prices will rise, Ann Lee, an analyst, said.',
      ['Ann Lee, an analyst | Prices will rise'],
    ],
    [
      'not a subject: a comma inside the clause before "according to"',
      'KENT, UK — The storm left the town in a grim, sorry state, according to the council.',
      ['the council | The storm left the town in a grim, sorry state'],
    ],
    [
      'not a subject: a place line and a clause before "according to"',
      'KENT, UK — The storm has left the town in ruins, according to a report by the council.',
      ['a report by the council | The storm has left the town in ruins'],
    ],
  ]
  it.each(cases)('%s', (_, text, expected) => {
    expect(found(text).map(({ source, content }) => `${source} | ${content}`)).toEqual(expected)
  })
})
