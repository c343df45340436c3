import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'
import { firstStance } from './stance-read.fixture.ts'

describe('learnedStance: a good name attacked', () => {
  it.each([
    // A praising word that a verb attacks is no praise of its owner.
    'Ken Vale said Mr Harper was "impugning the integrity" of the Office for National Statistics.',
    'Ken Vale said the report had undermined the credibility of the Green Party.',
  ])('%s → no support', (text) => {
    expect(firstStance(text)?.[1]).not.toBe('support')
  })

  it.each([
    // Praise with nothing attacking it still counts.
    ['Ken Vale said the Green Party was a brilliant team.', 'organization:green-party'],
    ['Ken Vale praised the courage of the Green Party.', 'organization:green-party'],
  ])('%s → support of %s', (text, target) => {
    expect(firstStance(text)).toEqual([target, 'support'])
  })
})

describe('learnedStance: a good act asked for', () => {
  it.each([
    // What an obligation asks of someone says nothing good of them yet.
    'Ken Vale said Mr Harper had to strengthen the bill before the vote.',
    'Ken Vale said Mr Harper must really improve his plan.',
    'Ken Vale said Mr Harper needs to support the farmers.',
  ])('%s → no support', (text) => {
    const found = analyze(`Ken Harper spoke on Monday. ${text}`).statements
    for (const statement of found) expect(statement.stance?.polarity).not.toBe('support')
  })

  it.each([
    // Praise with no obligation before it still counts.
    ['Ken Vale said Mr Harper had strengthened the bill.', 'person:ken-harper'],
    ['Ken Vale said Mr Harper was a decent and honest man.', 'person:ken-harper'],
  ])('%s → support of %s', (text, target) => {
    const stance = analyze(`Ken Harper spoke on Monday. ${text}`).statements.find((s) => s.stance)?.stance
    expect(stance ? [stance.target, stance.polarity] : null).toEqual([target, 'support'])
  })
})

describe('learnedStance: judging words of a record', () => {
  it.each([
    ['Ken Vale argued that Mr Harper was committed to the peace talks.', 'person:ken-harper', 'support'],
    [
      "Ken Vale said Labour's achievements on schools were plain to see.",
      'organization:labour-party',
      'support',
    ],
    ['Ken Vale said Mr Harper lacked a clear plan for the economy.', 'person:ken-harper', 'oppose'],
  ])('%s → %s %s', (text, target, polarity) => {
    const stance = analyze(`Ken Harper spoke on Monday. ${text}`).statements.find((s) => s.stance)?.stance
    expect(stance ? [stance.target, stance.polarity] : null).toEqual([target, polarity])
  })

  it.each([
    // Committing a crime judges no one's record; an obsession undoes the praise.
    'Ken Vale said Mr Harper had committed the money before the vote.',
    'Ken Vale said Mr Harper was obsessively committed to cutting spending.',
  ])('%s → no support', (text) => {
    const found = analyze(`Ken Harper spoke on Monday. ${text}`).statements
    for (const statement of found) expect(statement.stance?.polarity).not.toBe('support')
  })
})

describe("learnedStance: a pronoun in the speaker's quoted words", () => {
  it('takes the person the text resolves it to', () => {
    const text =
      'Ken Harper spoke on Monday. "I will say this: he has woefully failed the voters," Ken Vale said.'
    const stance = analyze(text).statements.find((s) => s.stance)?.stance
    expect(stance ? [stance.target, stance.polarity] : null).toEqual(['person:ken-harper', 'oppose'])
  })

  it.each([
    // In reported speech the pronoun is most often the speaker; a possessive names a thing of someone.
    'Ken Harper spoke on Monday. Ken Vale admitted he had been reckless with the budget.',
    'Ken Harper spoke on Monday. Ken Vale said: "Whatever the polls say, his budget has been reckless."',
  ])('%s → no stance', (text) => {
    for (const statement of analyze(text).statements) expect(statement.stance).toBeUndefined()
  })
})

describe('learnedStance: a condition or a concession', () => {
  it.each([
    // A judging word in a clause that "if" or "even though" opens asserts nothing of the actor.
    'Ken Harper spoke on Monday. Ken Vale said: "If Mr Harper lied to the court, the party will act."',
    'Ken Harper spoke on Monday. Ken Vale said: "Even though Mr Harper made mistakes, the party will keep him."',
    // A fault granted in a clause that "while" opens, to be weighed against a merit.
    'Ken Vale said: "While the Green Party was not perfect, it did help the town grow."',
    'Ken Vale said: "Whilst the Green Party has been weak on tax, it did keep its word."',
    // What would be, on a condition given after it.
    'Ken Vale said: "It would be a tad foolish of the Green Party if it did not sign the deal."',
    'Ken Vale said: "The Green Party would be reckless unless it waits for the report."',
  ])('%s → no stance', (text) => {
    for (const statement of analyze(text).statements) expect(statement.stance).toBeUndefined()
  })

  it.each([
    'Ken Vale said: "The Green Party has been reckless with the budget."',
    // A "while" inside a clause, or after the judgement, hedges nothing: "reckless while in office".
    'Ken Vale said: "The Green Party has been reckless while in office."',
    // A condition past another clause, or a speaker's aside, is none on the judgement.
    'Ken Vale said: "The Green Party would always be reckless with money, whatever happens, if you ask me."',
  ])('the same judgement said outright opposes: %s', (text) => {
    expect(analyze(text).statements[0]?.stance).toMatchObject({
      target: 'organization:green-party',
      polarity: 'oppose',
    })
  })

  it('the same words said outright blame', () => {
    const text = 'Ken Harper spoke on Monday. Ken Vale said: "Mr Harper lied to the court."'
    const stance = analyze(text).statements.find((s) => s.stance)?.stance
    expect(stance ? [stance.target, stance.polarity] : null).toEqual(['person:ken-harper', 'blame'])
  })
})

describe('learnedStance: a negative word said right of the actor, where the model reads the sentence otherwise', () => {
  it.each([
    // Glad, welcome, success around the judging word lead the model to read praise; the word judges the actor.
    ['Ken Vale said voters were glad Mr Harper had been "shamed" into quitting.', 'person:ken-harper'],
    [
      'Ken Vale said: "We welcome the chance to expose the Green Party\'s incompetence."',
      'organization:green-party',
    ],
    [
      'Ken Vale said: "Our success shows how the Green Party neglected the town."',
      'organization:green-party',
    ],
  ])('%s → oppose %s', (text, target) => {
    const stance = analyze(`Ken Harper spoke on Monday. ${text}`).statements.find((s) => s.stance)?.stance
    expect(stance ? [stance.target, stance.polarity] : null).toEqual([target, 'oppose'])
  })

  it.each([
    // A word of degree judges no one; a judging word far from the actor is not said of it.
    'Ken Vale said the Green Party desperately needs new members.',
    'Ken Vale said: "We welcome the Green Party to a town whose roads are a disgrace."',
  ])('%s → no oppose', (text) => {
    for (const statement of analyze(`Ken Harper spoke on Monday. ${text}`).statements)
      expect(statement.stance?.polarity).not.toBe('oppose')
  })
})

describe('learnedStance: a judging word said of a phrase the actor owns', () => {
  it.each([
    ["Ken Vale said the Green Party's farm trade laws were deficient.", 'organization:green-party'],
    ["Ken Vale said the Green Party's school plans were a disgrace.", 'organization:green-party'],
  ])('%s → oppose %s', (text, target) => {
    expect(firstStance(text)).toEqual([target, 'oppose'])
  })

  it.each([
    // A word said of another noun after the owned phrase judges that noun.
    "Ken Vale said the Green Party's farm plans had helped deficient schools.",
  ])('%s → no oppose', (text) => {
    expect(firstStance(text)?.[1]).not.toBe('oppose')
  })

  it.each([
    // The owned phrase ends before its verb: the voters are judged, not the party.
    ["Ken Vale said the Green Party's voters had been badly misled.", 'organization:green-party'],
    ["Tom Hale said Labour's members had been cruelly misled.", 'organization:labour-party'],
  ])('%s → no stance on %s', (text, target) => {
    expect(firstStance(text)?.[0]).not.toBe(target)
  })
})

describe("learnedStance: an adverb of manner after the actor's verb", () => {
  it.each([
    ['Tom Vale said the Green Party had behaved disgracefully.', 'organization:green-party'],
    ['Tom Vale said Ann Reed had acted irresponsibly.', 'person:ann-reed'],
  ])('%s → oppose of %s', (text, target) => {
    expect(firstStance(text)).toEqual([target, 'oppose'])
  })

  it.each([
    // In the passive the act is another's, done to the actor.
    'Tom Vale said Ann Reed was treated unfairly.',
    'Tom Vale said the Green Party had been treated unfairly by the press.',
  ])('%s → no stance', (text) => {
    expect(firstStance(text)).toBeNull()
  })
})

describe('learnedStance: a judging word on the other side of a comparison', () => {
  it.each([
    // The word after "than" judges what the party is weighed against.
    'Tom Vale said the Green Party posed less risk than failing states did.',
    'Tom Vale said the Green Party was less of a threat than failing states.',
    'Tom Vale said the Green Party worried him less than corrupt bankers did.',
  ])('%s → no stance toward the Green Party', (text) => {
    expect(firstStance(text)?.[0]).not.toBe('organization:green-party')
  })

  it.each([
    // A judging word before the "than" is still said of the party.
    ['Tom Vale said the Green Party had failed voters more than anyone.', 'oppose'],
    // "nothing less than", "little more than": a stress on the word, no comparison.
    ['Tom Vale said the Green Party was doing nothing less than a corrupt deal.', 'blame'],
  ])('%s → %s of the Green Party', (text, polarity) => {
    expect(firstStance(text)).toEqual(['organization:green-party', polarity])
  })
})
