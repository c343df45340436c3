import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The source and content text of the one statement whose cue starts with `cue`, or null when none. */
function spans(text: string, cue: string): { source: string | null; content: string } | null {
  const found = analyze(text).statements.find((s) => s.cue && text.slice(s.cue.start).startsWith(cue))
  if (!found) return null
  return {
    source: found.source ? text.slice(found.source.start, found.source.end) : null,
    content: text.slice(found.content.start, found.content.end),
  }
}

describe('ofHeadsContent (through analyze)', () => {
  // [case, text, cue, source, a word of the content, which lies after the cue]
  const cases: Array<[string, string, string, string, string]> = [
    ['a described firm warns of', 'The brewer warned of weaker beer sales.', 'warned', 'The brewer', 'sales'],
    [
      'after "although"',
      'Fares went up, although the carrier warned of thinner profits.',
      'warned',
      'the carrier',
      'profits',
    ],
    [
      'a perfect tense',
      'The lender has warned of more branch closures.',
      'has warned',
      'The lender',
      'closures',
    ],
    ['speaks of', 'The coach spoke of his pride in the squad.', 'spoke', 'The coach', 'pride'],
  ]
  it.each(cases)('%s', (_case, text, cue, source, content) => {
    const got = spans(text, cue)
    expect(got?.source).toBe(source)
    expect(got?.content).toContain(content)
    expect(text.indexOf(got?.content ?? '?')).toBeGreaterThan(text.indexOf(cue))
  })

  it('leaves "said of" with its content before the cue', () => {
    const text = '"It is a fine idea," the mayor said of the scheme.'
    const got = spans(text, 'said')
    expect(got?.content).toBe('It is a fine idea')
  })
})
