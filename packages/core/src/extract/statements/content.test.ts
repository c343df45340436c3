import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import type { Span } from '../../schemas/span.ts'
import { extractStatements, type StatementReach } from './index.ts'
import { shippedModel } from './model.ts'

/** The content of the statement whose cue is `cue`, parts joined by " | ". */
function contentOf(text: string, cue: string, reach: StatementReach = 'all'): string | null {
  const slice = (span: Span) => text.slice(span.start, span.end)
  const found = extractStatements(parseArticle(text), [], shippedModel(), reach).find(
    (statement) => statement.cue !== null && slice(statement.cue) === cue,
  )
  if (!found) return null
  return found.contentParts ? found.contentParts.map(slice).join(' | ') : slice(found.content)
}

describe('settleContent', () => {
  it.each([
    // [case, text, cue, content]
    [
      'a quote right after the cue, then more words',
      'A woman walked up to him, saying "John, that is nonsense" as she waved a leaflet.',
      'saying',
      'John, that is nonsense',
    ],
    [
      'a quote after the audience and a colon',
      'Mr Hale told BBC Radio 4\'s Today programme: "There has been a lot of talk about this by those that oppose the rule.',
      'told',
      'There has been a lot of talk about this by those that oppose the rule',
    ],
    [
      'a quote after the topic and a colon',
      'Mr Smith has worked in the Treasury. A Department for Transport spokeswoman said of Mr Smith\'s honour: "The award reflects all that he has achieved in a career in the Revenue."',
      'said',
      'The award reflects all that he has achieved in a career in the Revenue',
    ],
    [
      'a quote that ends its sentence inside the marks, a sentence after it',
      'Mr Fox mocked the event, saying: "It was the worst acting since Cell Block H." Labour had raised taxes 66 times and cut growth, he said.',
      'saying:',
      'It was the worst acting since Cell Block H.',
    ],
    [
      'an infinitive after "not"',
      'The council is telling residents not to drink the water.',
      'is telling',
      'not to drink the water',
    ],
    [
      'an object that the next predicate of the subject follows',
      'Ann Roe announced a move to Leeds in March and then persuaded the board to hire her son.',
      'announced',
      'a move to Leeds in March',
    ],
    [
      'a quote resumed after its cue, closed',
      'Dr Amos Ferr spoke in Hull. "We cannot go on," he said. "The roads are closed." Schools stayed open.',
      'said',
      'We cannot go on | The roads are closed',
    ],
  ])('%s', (_case, text, cue, content) => {
    expect(contentOf(text, cue)).toBe(content)
  })

  // Reach 'spoken' gives the next quote a statement of its own; reach 'all' folds it into the one it goes on from,
  // as one attribution in parts (continued-parts.ts).
  const resumed =
    'Dr Amos Ferr spoke in Hull. "We cannot go on," he said. "The roads are closed. "Next week the schools close too."'

  it("ends a quote resumed after its cue where the next paragraph's quote opens", () => {
    expect(contentOf(resumed, 'said', 'spoken')).toBe('We cannot go on | The roads are closed')
    expect(contentOf(resumed, 'said', 'all')).toBe(
      'We cannot go on | The roads are closed | Next week the schools close too',
    )
  })

  it("gives the next paragraph's quote, after a resumed quote, a statement of its own", () => {
    const contents = extractStatements(parseArticle(resumed), [], shippedModel(), 'spoken').map((statement) =>
      resumed.slice(statement.content.start, statement.content.end),
    )
    expect(contents).toContain('Next week the schools close too')
  })

  it.each([
    // A quote of a word or two inside a phrase is not all of the content.
    [
      'a short quote naming a show before the quote',
      'Ms Tate told "Morning Live" host Ann Cole, "We will not give up on this town."',
      'told',
      'We will not give up on this town',
    ],
    [
      'a clause and its coordination',
      'The minister said prices rose in March and wages fell in April.',
      'said',
      'prices rose in March and wages fell in April',
    ],
  ])('keeps %s', (_case, text, cue, content) => {
    expect(contentOf(text, cue)).toBe(content)
  })

  it('keeps a quote that opens a longer clause, running to the clause end', () => {
    // Which quote marks the span takes is not what this checks: the words run from the quote to the end of the clause.
    const content = contentOf('The club said "badly run" stalls remain at the back of the ground.', 'said')
    expect(content?.replaceAll('"', '')).toBe('badly run stalls remain at the back of the ground')
  })
})

describe('the content of a quote the cue does not continue', () => {
  it.each([
    // [case, text, cue, content]
    [
      'a quote before the cue, the speaker described after it',
      'Phones\n\n"Broadband and telephony are attractive to customers and the firm wants to be in the first wave of services," said Ian Fogg, an analyst with a research firm. "It had a quiet launch," he added.',
      'said',
      'Broadband and telephony are attractive to customers and the firm wants to be in the first wave of services',
    ],
    [
      "a quote ending the sentence before is the last speaker's: the clause after the cue is the content",
      'Films\n\n"Voters often vote with their hearts." And Mr Dunn said best film and director were between two dramas. Mr Karger stayed upbeat.',
      'said',
      'best film and director were between two dramas',
    ],
    [
      'a quoted word inside the reported clause does not carry it into the next quote',
      'Seats\n\nIan Cole said his party was "ambitious" to win more seats. "We have not ruled out shortlists," he said.',
      'said',
      'his party was "ambitious" to win more seats',
    ],
    [
      'a quote right after the cue still carries on into the next quotes of its paragraph',
      'Seats\n\nIan Cole said: "We have not ruled out shortlists." "We will talk."',
      'said:',
      'We have not ruled out shortlists." "We will talk',
    ],
  ])('%s', (_case, text, cue, content) => {
    expect(contentOf(text, cue)).toBe(content)
  })
})
