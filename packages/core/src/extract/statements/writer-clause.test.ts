import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import type { Span } from '../../schemas/span.ts'
import { extractStatements } from './index.ts'
import { shippedModel } from './model.ts'

/** The content of the statement whose cue is `cue`. */
function contentOf(text: string, cue: string): string | null {
  const slice = (span: Span) => text.slice(span.start, span.end)
  const found = extractStatements(parseArticle(text), [], shippedModel(), 'all').find(
    (statement) => statement.cue !== null && slice(statement.cue) === cue,
  )
  return found ? slice(found.content) : null
}

describe('withoutWriterClause', () => {
  it.each([
    // [case, text, cue, content]
    [
      'a contrast the writer adds after ", yet"',
      'Several retailers say they are ready to cut prices, yet few have actually done so.',
      'say',
      'they are ready to cut prices',
    ],
    [
      'a subordinate clause after a noun-phrase content',
      'Teachers have welcomed the new timetable as exam results have improved.',
      'have welcomed',
      'the new timetable',
    ],
    [
      'a gerund after a possessive is a noun, its phrase no clause',
      'Parents applauded their managing of the strike while the talks dragged on.',
      'applauded',
      'their managing of the strike',
    ],
    [
      '"while" opening a clause after a noun-phrase content',
      'Critics condemned the plan while the minister was abroad.',
      'condemned',
      'the plan',
    ],
    [
      '"as" with no clause after it stays',
      'Fans praised the goalkeeper as a hero of the club.',
      'praised',
      'the goalkeeper as a hero of the club',
    ],
    [
      '"as long as" measures the content, it is no writer\'s clause',
      'Farmers backed the scheme as long as subsidies were kept.',
      'backed',
      'the scheme as long as subsidies were kept',
    ],
    [
      '"as soon as" is one comparison, not a clause after "soon"',
      'The council approved the bypass as soon as funds were found.',
      'approved',
      'the bypass as soon as funds were found',
    ],
    [
      '"as far as" is one comparison too',
      'Residents supported the curfew as far as the law allowed.',
      'supported',
      'the curfew as far as the law allowed',
    ],
    [
      'a clause content keeps its own subordinate clause',
      'The mayor said prices rose as demand grew.',
      'said',
      'prices rose as demand grew',
    ],
    [
      '"yet" with no comma or clause stays',
      'She said the plan was modest yet sound.',
      'said',
      'the plan was modest yet sound',
    ],
    [
      'a clause after a gerund stays: the content is more than a noun phrase',
      'The party accused him of being absent when the vote was held.',
      'accused',
      'him of being absent when the vote was held',
    ],
    [
      'the verb of an inner clause does not make "as" open one, and "when" is not cut',
      'Voters described the senator as a reformer when she first ran.',
      'described',
      'the senator as a reformer when she first ran',
    ],
    [
      'a content holding a quote stays whole',
      'The minister dismissed the claims as "nonsense that nobody believes" at a rally.',
      'dismissed',
      'the claims as "nonsense that nobody believes" at a rally',
    ],
  ])('%s', (_, text, cue, content) => {
    expect(contentOf(text, cue)).toBe(content)
  })
})
