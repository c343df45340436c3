import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'
import { firstStance } from './stance-read.fixture.ts'

describe('phraseStance: what someone is due to do', () => {
  it.each([
    // "an opportunity for Y to", "time for Y to": a demand of Y, whatever the sentence's subject.
    [
      'Tom Vale said the budget was an opportunity for Labour to show its commitment to farmers.',
      'organization:labour-party',
    ],
    [
      'Tom Vale said: "Next week\'s budget is a crucial opportunity for the Green Party to act."',
      'organization:green-party',
    ],
    ['Tom Vale said it was time for Labour to come clean about its plans.', 'organization:labour-party'],
    ['Ann Vale said the time had come for the Green Party to apologise.', 'organization:green-party'],
  ])('%s → demand of %s', (text, target) => {
    expect(firstStance(text)).toEqual([target, 'demand'])
  })

  it.each([
    // The one due to act as a pronoun the stance stage read: the only man named before the quote.
    'Tom Reed was seen at a party. Ann Vale told reporters: "The time has come for him to make a public apology."',
  ])('%s → demand of Tom Reed', (text) => {
    expect(analyze(text).statements.at(-1)?.stance).toMatchObject({
      target: 'person:tom-reed',
      polarity: 'demand',
    })
  })

  it.each([
    // Without "to" after the actor, or denied, it asks nothing of anyone.
    'Tom Vale said the summit was a good opportunity for France and Spain.',
    "Tom Vale said there was no time for Labour's leader to rest.",
    'Tom Vale said there was no time for Labour to rest.',
  ])('%s → no demand', (text) => {
    expect(firstStance(text)?.[1]).not.toBe('demand')
  })
})

describe('phraseStance: the speaker in the first person, a quoted or pronoun subject of "should"', () => {
  it.each([
    // A clause the speaker opens with "I" or "we" voices its stance verb, after a clause of another subject.
    [
      'Tom Vale said: "If you ask what I do, I attack Walter Brisk on his record."',
      'person:walter-brisk',
      'oppose',
    ],
    [
      'Tom Vale said: "Whatever the polls say, we have always opposed Walter Brisk."',
      'person:walter-brisk',
      'oppose',
    ],
    // A quotation mark between the subject and its "should" leaves the subject the one it is said of.
    ['Tom Vale said Walter Brisk "should resign at once" after the vote.', 'person:walter-brisk', 'demand'],
    // "should have" and a past participle reproaches its subject for what is done: blame, no forecast, no demand.
    ['Tom Vale said Walter Brisk should have resigned months ago.', 'person:walter-brisk', 'blame'],
    ['Tom Vale said Walter Brisk should have paid the fine in May.', 'person:walter-brisk', 'blame'],
    // A pronoun right before "should" stands for the one the text resolves it to.
    [
      'Walter Brisk has refused to apologise. "It is simple: he should apologise to the voters," Tom Vale said.',
      'person:walter-brisk',
      'demand',
    ],
  ])('%s → %s, %s', (text, target, polarity) => {
    const stance = analyze(text).statements.find((statement) => statement.stance)?.stance
    expect(stance ? [stance.target, stance.polarity] : null).toEqual([target, polarity])
  })

  it.each([
    // Another's clause, a denial, a forecast or a guess takes no stance.
    'Tom Vale said: "If they ask, the unions attack Walter Brisk every week."',
    'Tom Vale said: "If you ask what I do, I would never attack Walter Brisk."',
    'Tom Vale said Walter Brisk should have a majority of ten.',
    'Tom Vale said Walter Brisk should have seven seats after the vote.',
    'Tom Vale said Walter Brisk should have been the winner.',
    'Tom Vale said Walter Brisk should have been sacked by the board.',
    'Tom Vale said Walter Brisk must have known about the plan.',
    'Tom Vale said Walter Brisk should be arriving in Leeds on Friday.',
    // "should be" and a present participle is mostly a plan forecast, not a demand.
    'Tom Vale said Walter Brisk should be meeting the union on Friday.',
    'Tom Vale said Walter Brisk should be speaking at the conference next week.',
    'Tom Vale said Walter Brisk should be announcing his decision later today.',
    // An adverb of a stance word is the speaker's mood: no thanks given, no urging done.
    'Tom Vale said: "Thankfully Walter Brisk has gone quiet."',
    "Tom Vale said he was urgently asking for Walter Brisk's papers.",
    'Tom Vale said: "I do not see why Walter Brisk should be helping the Greens."',
  ])('%s → no stance toward Brisk', (text) => {
    const stance = analyze(text).statements.find((statement) => statement.stance)?.stance
    expect(stance?.target).not.toBe('person:walter-brisk')
  })
})

describe('phraseStance: "ought to" as "should"', () => {
  it.each([
    ['Tom Vale said the Green Party ought to apologise to farmers.'],
    ['"The Green Party ought to listen to farmers," Tom Vale said.'],
  ])('%s → demand of the Green Party', (text) => {
    expect(firstStance(text)).toEqual(['organization:green-party', 'demand'])
  })

  it('"ought to have" and a participle reproaches: blame of the Green Party', () => {
    expect(firstStance('Tom Vale said the Green Party ought to have withdrawn the plan.')).toEqual([
      'organization:green-party',
      'blame',
    ])
  })

  it.each([
    // A result or a state after it is a forecast; what is to be done to Y asks nothing of Y.
    'Tom Vale said the Green Party ought to win the seat easily.',
    'Tom Vale said the Green Party ought to be banned.',
  ])('%s → no demand', (text) => {
    expect(firstStance(text)?.[1]).not.toBe('demand')
  })
})

describe('phraseStance: confidence held in someone', () => {
  it.each([
    ['Tom Vale said he had full confidence in the Green Party.'],
    ['"We have every confidence in the Green Party," Tom Vale said.'],
  ])('%s → support of the Green Party', (text) => {
    expect(firstStance(text)).toEqual(['organization:green-party', 'support'])
  })

  it.each([
    // Confidence lost, or no one's: no trust the speaker holds.
    'Tom Vale said voters had lost confidence in the Green Party.',
    'Tom Vale said confidence in the Green Party had fallen.',
  ])('%s → no support', (text) => {
    expect(firstStance(text)?.[1]).not.toBe('support')
  })
})

describe('phraseStance: trust withdrawn, an act judged well done', () => {
  it.each([
    ['Tom Vale said he had lost confidence in the Green Party.', 'oppose'],
    ['"We have lost all confidence in the Green Party," Tom Vale said.', 'oppose'],
    ['Tom Vale said he had no confidence in the Green Party.', 'oppose'],
    ['Tom Vale said he had lost faith in the Green Party.', 'oppose'],
    ['Tom Vale said the Green Party was right to quit the talks.', 'support'],
    ['Tom Vale said the Green Party were right to vote no.', 'support'],
    // A rival's act judged well done is support all the same.
    ['Labour leader Tom Vale said the Green Party was right to reject the plans.', 'support'],
    ['Tom Vale said the Green Party would be well advised to quit the talks.', 'demand'],
    ['Tom Vale said the Green Party would be much better advised to wait.', 'demand'],
    ['Tom Vale said the Green Party had learned nothing from the defeat.', 'oppose'],
  ])('%s → %s of the Green Party', (text, polarity) => {
    expect(firstStance(text)).toEqual(['organization:green-party', polarity])
  })

  it.each([
    // Others' trust lost; a right held, not an act judged; a right denied.
    'Tom Vale said voters had lost confidence in the Green Party.',
    'Tom Vale said the Green Party had the right to quit the talks.',
    'Tom Vale said it was right to ask the Green Party.',
    'Tom Vale said the Green Party was not right to quit the talks.',
    // Advice or a lesson about the speaker, the party only named after it.
    'Tom Vale said he would be well advised to ask the Green Party.',
    'Tom Vale said he had learned nothing from the Green Party.',
  ])('%s → no stance toward the Green Party', (text) => {
    expect(firstStance(text)).toBeNull()
  })
})

describe('phraseStance: disagreement, credit deserved, confidence voiced', () => {
  it.each([
    ['Tom Vale said he disagreed with the Green Party over tax.', 'oppose'],
    ['Tom Vale said the Green Party deserved credit for the deal.', 'support'],
    ['Tom Vale said the Green Party deserves praise for its work.', 'support'],
    ['Tom Vale said he expressed full confidence in the Green Party.', 'support'],
    ['Tom Vale said they voiced confidence in the Green Party.', 'support'],
    // Doubt the speaker voices of another's claims, an adverb of degree between.
    [
      'Ann Vale, the Labour leader, said: "We are extremely sceptical of the Green Party\'s figures."',
      'oppose',
    ],
    ['Ann Vale said she was skeptical of the Green Party.', 'oppose'],
  ])('%s → %s of the Green Party', (text, polarity) => {
    expect(firstStance(text)).toEqual(['organization:green-party', polarity])
  })

  it.each([
    // Another's disagreement, one denied, or confidence voiced by no one in particular.
    'Tom Vale said their disagreement with the Green Party was old.',
    'Tom Vale said he did not disagree with the Green Party.',
    'Tom Vale said voters expressed little confidence in the Green Party.',
    // An adverb of time reports an act; only one of degree keeps the speaker's voice.
    'Ann Vale said he repeatedly warned the Green Party that cutting the budget would be the only way.',
    // Others' doubt, or doubt denied.
    'Ann Vale said voters were sceptical of the Green Party.',
    'Ann Vale said: "I am not sceptical of the Green Party\'s figures."',
  ])('%s → no stance toward the Green Party', (text) => {
    expect(firstStance(text)?.[0]).not.toBe('organization:green-party')
  })
})

describe('phraseStance: one passed over and unity in a wrong', () => {
  it.each([
    // "rather than Y should": the demand is of the one preferred, not of Y.
    'Tom Vale said Labour rather than the Green Party should form the next government.',
  ])('%s → no stance toward the Green Party', (text) => {
    expect(firstStance(text)?.[0]).not.toBe('organization:green-party')
  })

  it.each([
    // Unity in a wrong, or against something, is no praise of those united.
    'Tom Vale said Labour and the Green Party were united in relying on fear.',
    'Tom Vale said the Green Party and Labour were united against reform.',
  ])('%s → no support', (text) => {
    expect(firstStance(text)?.[1]).not.toBe('support')
  })

  it.each([
    // The one passed over is skipped and the one before it is judged.
    'Tom Vale said the Green Party, rather than Labour, deserves praise.',
    'Tom Vale said the Green Party rather than Labour deserved credit.',
  ])('%s → support of the Green Party', (text) => {
    expect(firstStance(text)).toEqual(['organization:green-party', 'support'])
  })

  it('unity itself is still praise', () => {
    expect(firstStance('Tom Vale said the Green Party was united and strong.')).toEqual([
      'organization:green-party',
      'support',
    ])
  })
})

describe('phraseStance: whether someone makes a difference', () => {
  it.each([
    ['Ruth Amos said Oxfam is making a noticeable difference in the camps.', 'support'],
    ['Ruth Amos told the meeting that Oxfam makes a lasting difference to villages.', 'support'],
    ['Ann Vale said the Green Party made a very welcome difference on the estates.', 'support'],
    ['Ann Vale said the Green Party had made a big difference in the town.', 'support'],
    // Denied, the difference judges the work as failing.
    ['Mark Tolley said Oxfam would not make any difference to the vote.', 'oppose'],
    ['Ann Vale said the Green Party made no difference at all.', 'oppose'],
    ['Mark Tolley said Oxfam did not make a difference.', 'oppose'],
    ['Ann Vale said the Green Party has had no measurable impact on housing.', 'oppose'],
    ['Ruth Amos said Oxfam had no lasting effect on hunger in the region.', 'oppose'],
  ])('%s → %s', (text, polarity) => {
    const target = text.includes('Oxfam') ? 'organization:oxfam' : 'organization:green-party'
    expect(firstStance(text)).toEqual([target, polarity])
  })

  it.each([
    // The difference is made to the actor, not by it; a question asserts nothing.
    ['Mark Tolley said the new money would make a real difference to Oxfam.', 'said'],
    ['Mark Tolley asked whether Oxfam could make any difference.', 'asked'],
    // The free words before the noun are adjectives, not the start of another phrase.
    ['Mark Tolley said Oxfam had no doubt the effect would be small.', 'said'],
  ])('%s → no stance', (text, cue) => {
    // The statement itself is read, with its whole content, so the row cannot pass by losing it.
    const statement = analyze(text).statements[0]
    expect(statement && text.slice(statement.cue?.start, statement.cue?.end)).toBe(cue)
    expect(statement && text.slice(statement.content.start, statement.content.end)).toBe(
      text.slice(text.indexOf(cue) + cue.length + 1, -1),
    )
    expect(statement?.stance ?? null).toBeNull()
  })
})

describe('phraseStance: "should" and an account or a duty asked for', () => {
  it.each([
    'Ann Vale said Tom Reed should make a full statement to the council.',
    'Ann Vale said Tom Reed should take responsibility for the flooding.',
    'Ann Vale said Tom Reed should come clean about the contract.',
  ])('%s → demand of Tom Reed', (text) => {
    expect(firstStance(text)).toEqual(['person:tom-reed', 'demand'])
  })

  it.each([
    // What a party should make or take in a vote is a forecast.
    'Ann Vale said the Green Party should make gains in the city.',
    'Ann Vale said the Green Party should take the seat with ease.',
  ])('%s → no stance', (text) => {
    expect(firstStance(text)).toBeNull()
  })
})
