import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'
import { lastRead, lastStance } from './stance-read.fixture.ts'

describe('actOwnerTargets: "the plans" as the one actor shown owning them', () => {
  it.each([
    // A party's name before its act.
    [
      'Tory plans would cut the budget. Green leader Ann Vale said the plans were cruel and shameful.',
      'organization:conservative-party',
      'oppose',
    ],
    // A possessive, with a modifier between.
    [
      "Labour's new decision angered miners. Tory MP Ken Hale condemned the decision.",
      'organization:labour-party',
      'oppose',
    ],
    // The agent after the act.
    [
      'Ministers backed plans by Labour to shut the mines. Green MP Ken Hale said the plans were a disgrace.',
      'organization:labour-party',
      'oppose',
    ],
    // The subject of a verb of issuing, the act's number changed.
    [
      'Labour has unveiled its farming policies. Tory MP Ken Hale said the policy was dangerous.',
      'organization:labour-party',
      'oppose',
    ],
    [
      'The bank fees were capped under a scheme announced by Labour. Green MP Ken Hale welcomed the scheme.',
      'organization:labour-party',
      'support',
    ],
    // A person who issued the act, and acts named "measures" or "strategy".
    [
      'Ann Vale unveiled proposals on Monday. Green MP Ken Hale said the proposals were a disgrace.',
      'person:ann-vale',
      'oppose',
    ],
    [
      'Ann Vale announced new measures on Monday. Green MP Ken Hale said the measures were reckless.',
      'person:ann-vale',
      'oppose',
    ],
    [
      "Labour's housing strategy came out on Friday. Green MP Ken Hale said the strategy was a shambles.",
      'organization:labour-party',
      'oppose',
    ],
    // "these" points back as "the" does.
    [
      "Labour's proposals came out on Friday. Green MP Ken Hale said these proposals were reckless.",
      'organization:labour-party',
      'oppose',
    ],
  ])('%s → %s %s', (text, target, polarity) => {
    expect(lastStance(text)).toEqual([target, polarity])
  })

  it('puts the evidence on the judging word', () => {
    const text = "Labour's plans came out. Green MP Ken Hale said the plans were a disgrace."
    const stance = analyze(text).statements.at(-1)?.stance
    expect(stance?.evidence && text.slice(stance.evidence.start, stance.evidence.end)).toBe('disgrace')
  })

  it.each([
    // Two owners of the same act: "the plans" has more than one reading.
    "Labour's plans and Tory plans came out on Monday. Green MP Ken Hale said the plans were a disgrace.",
    // The owner only named after.
    "Green MP Ken Hale said the plans were a disgrace. Labour's plans came out on Monday.",
    // The speaker's own party's plans: no stance toward one's own side.
    "Labour's plans came out on Monday. Labour MP Ken Hale said the plans were a disgrace.",
    // A verb between a name and the act is no ownership.
    'The Tories say plans to close pubs must wait. Green MP Ken Hale said the plans were a disgrace.',
    // Another act than the one owned.
    "Labour's plans came out on Monday. Green MP Ken Hale said the decision was a disgrace.",
    // A person's act only named after; measures with two owners.
    'Green MP Ken Hale said the measures were a disgrace. Ann Vale announced new measures on Monday.',
    "Ann Vale's measures and Tom Reed's measures came out. Green MP Ken Hale said the measures were a disgrace.",
  ])('%s → no stance', (text) => {
    const read = lastRead(text)
    expect(read.content).toMatch(/\bwas a disgrace$|\bwere a disgrace$/)
    expect(read.stance).toBeNull()
  })
})
