import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The statements analyze finds in a text, as "source | content". */
const statements = (text: string) =>
  analyze(text).statements.map(
    (s) =>
      `${s.source ? text.slice(s.source.start, s.source.end) : ''} | ${text.slice(s.content.start, s.content.end)}`,
  )

// reportsWords (spoken.ts): a statement inside another's content, with a speaker of its own and a verb that only
// reports words, is a statement too; both are counted.
describe('a statement reported inside another', () => {
  // [case, text, the inner statement]
  const cases: Array<[string, string, string]> = [
    [
      '"warned"',
      'The report says the unions warned that members would strike rather than accept the deal.',
      'the unions | that members would strike rather than accept the deal',
    ],
    [
      '"admitted"',
      'The book claims that the chancellor admitted that he had misled the cabinet.',
      'the chancellor | that he had misled the cabinet',
    ],
    [
      '"urged"',
      'The paper says the minister urged colleagues to back the bill.',
      'the minister | colleagues to back the bill',
    ],
    ['"told", as before', 'The book claims that Brown told Blair he would stay.', 'Brown | he would stay'],
  ]
  it.each(cases)('%s', (_, text, inner) => {
    expect(statements(text)).toContain(inner)
  })

  // "accused" judges as much as it reports: the stance rules read 'X said the Greens accused Y' as X's words alone.
  it('a verb that does not only report words stays inside the outer content', () => {
    const text = 'The report says the unions threatened the security of the plant.'
    expect(statements(text)).toEqual(['The report | the unions threatened the security of the plant'])
  })
})
