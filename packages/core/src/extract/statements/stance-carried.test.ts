import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

const OPENING = "Ann Vale attacked the Green Party's plans for schools on Monday."

/** The stance of the statement after the opening one, as [target, polarity], null for none. */
function nextStance(text: string) {
  const full = `${OPENING} ${text}`
  const statement = analyze(full).statements.find((found) => found.content.start > OPENING.length)
  expect(statement).toBeDefined()
  return statement?.stance ? [statement.stance.target, statement.stance.polarity] : null
}

describe('carryStances: the same speaker judging on without naming anyone', () => {
  it('the opening statement opposes the party', () => {
    expect(analyze(OPENING).statements[0]?.stance?.target).toBe('organization:green-party')
  })

  it.each([
    '"They are a shambles and they will make things worse," she said.',
    '"It is a disgrace," Ms Vale said.',
    '"It\'s a disgrace," she said.',
    '"Their new plans would be a disaster," she said.',
    '"These proposals have failed," she said.',
    '"By closing libraries they would make our towns worse," she said.',
  ])('%s → oppose the Green Party', (text) => {
    expect(nextStance(text)).toEqual(['organization:green-party', 'oppose'])
  })

  it.each([
    // Another speaker's words are their own.
    '"It is a disgrace," Tom Hale said.',
    // A judgment denied, or of what a verb acts on, is none of the party.
    '"It is not a disgrace," she said.',
    '"We would tackle excessive spending," she said.',
    // Words that judge no one.
    '"We will publish our own plans next week," she said.',
    // A judgment of something else than what was opposed.
    '"Flooding is a terrible problem for farmers," she said.',
    '"Crime is a disgrace," she said.',
    '"Our schools have been badly let down," she said.',
  ])('%s → no stance carried', (text) => {
    expect(nextStance(text)?.[0]).not.toBe('organization:green-party')
  })

  it('carries only from the words that took the stance, not on from a carried one', () => {
    const text = `${OPENING} "They are a shambles," she said. "It is a disgrace," she added.`
    const [, carried, third] = analyze(text).statements
    expect(carried?.stance?.target).toBe('organization:green-party')
    expect(third?.content.start).toBeGreaterThan(carried?.content.end ?? 0)
    expect(third?.stance).toBeUndefined()
  })

  it('carries a blame as an oppose', () => {
    const text = 'Ann Vale blamed the Green Party for the flooding. "They are a disgrace," she said.'
    const [first, second] = analyze(text).statements
    expect(first?.stance?.polarity).toBe('blame')
    expect(second?.stance).toMatchObject({ target: 'organization:green-party', polarity: 'oppose' })
  })
})
