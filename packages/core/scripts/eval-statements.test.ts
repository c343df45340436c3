import { describe, expect, it } from 'vitest'
import type { Actor } from '../src/schemas/actor.ts'
import type { Span } from '../src/schemas/span.ts'
import type { Statement } from '../src/schemas/statement.ts'
import {
  type Breakdown,
  checkSpeakers,
  evaluate,
  isWrittenAsName,
  judgeNamedSpeaker,
  readSource,
  type SourceReading,
  sourceNameAt,
  spansOfSourcePart,
} from './eval-statements.ts'
import type { GoldArticle } from './read-polnear.ts'

const text = 'Ann said the plan would fail. Bob thinks rain is near.'

/** The span of the first occurrence of `words` in the text. */
function at(words: string): Span {
  const start = text.indexOf(words)
  return { start, end: start + words.length }
}

const article: GoldArticle = {
  name: 'table',
  text,
  attributions: [
    { cue: [at('said')], content: [at('the plan would fail')], source: [at('Ann')] },
    { cue: [at('thinks')], content: [at('rain is near')], source: [at('Bob')] },
  ],
}

function predicted(cue: string, content: string): Statement {
  return { cue: at(cue), content: at(content), source: at('Ann') } as Statement
}

describe('evaluate breakdown', () => {
  it.each<[string, Statement[], Partial<Breakdown>]>([
    ['nothing found', [], { missedNoCue: 2 }],
    ['a match', [predicted('said', 'the plan would fail')], { missedNoCue: 1 }],
    [
      'too long',
      [predicted('said', 'the plan would fail. Bob thinks rain is near')],
      { missedNoCue: 1, missedTooLong: 1, extraGoldCue: 1 },
    ],
    ['too short', [predicted('said', 'plan')], { missedNoCue: 1, missedTooShort: 1, extraGoldCue: 1 }],
    [
      'crossing',
      [predicted('said', 'would fail. Bob')],
      { missedNoCue: 1, missedCrossing: 1, extraGoldCue: 1 },
    ],
    ['elsewhere', [predicted('said', 'Ann')], { missedNoCue: 1, missedElsewhere: 1, extraGoldCue: 1 }],
    [
      'a cue of no attribution',
      [predicted('said', 'the plan would fail'), predicted('is', 'near')],
      { missedNoCue: 1, extraNoGoldCue: 1 },
    ],
  ])('%s', (_, statements, expected) => {
    const { breakdown } = evaluate([article], () => statements)
    expect(breakdown).toEqual({
      missedNoCue: 0,
      missedTooLong: 0,
      missedTooShort: 0,
      missedCrossing: 0,
      missedElsewhere: 0,
      extraNoGoldCue: 0,
      extraGoldCue: 0,
      ...expected,
    })
  })
})

describe('evaluate cue words', () => {
  it.each<[string, Statement[], Record<string, number>, Record<string, number>]>([
    ['nothing found', [], { said: 1, thinks: 1 }, {}],
    ['a match', [predicted('said', 'the plan would fail')], { thinks: 1 }, {}],
    ['a gold cue with a wrong content', [predicted('said', 'plan')], { thinks: 1 }, {}],
    [
      'a cue of no attribution',
      [predicted('said', 'the plan would fail'), predicted('is', 'near')],
      { thinks: 1 },
      { is: 1 },
    ],
  ])('%s', (_, statements, missed, extra) => {
    const { cueWords } = evaluate([article], () => statements)
    expect(Object.fromEntries(cueWords.missed)).toEqual(missed)
    expect(Object.fromEntries(cueWords.extra)).toEqual(extra)
  })
})

describe('readSource', () => {
  it.each<[string, SourceReading]>([
    ['Ann Vale', { form: 'name', key: 'ann-vale' }],
    ['Sen. Ann Vale (D-Ore.)', { form: 'name', key: 'ann-vale' }],
    ['Rep. Vale', { form: 'name', key: 'vale' }],
    ['former Secretary of State Bo Tarn', { form: 'name', key: 'bo-tarn' }],
    ['Senator Ann Lee of New Tarrow', { form: 'name', key: 'ann-lee' }],
    ['Mr. Vale of the Tarrow Club', { form: 'name', key: 'vale' }],
    ['the Bank of Tarrow', { form: 'name', key: 'tarrow' }],
    ['Tarn campaign manager Ed Vale', { form: 'name', key: 'ed-vale' }],
    ["Tarn's campaign manager, Ed Vale", { form: 'name', key: 'ed-vale' }],
    ['Ed Vale, a spokesman for the city', { form: 'name', key: 'ed-vale' }],
    ['the Vale Institute', { form: 'name', key: 'vale-institute' }],
    ['he', { form: 'person-pronoun', key: '' }],
    ['She', { form: 'person-pronoun', key: '' }],
    ['they', { form: 'other-pronoun', key: '' }],
    ['the president', { form: 'person-description', key: '' }],
    ['The President', { form: 'person-description', key: '' }],
    ['a spokeswoman for Ann Vale', { form: 'person-description', key: '' }],
    ['the head of the Vale Institute', { form: 'person-description', key: '' }],
    ['the board of the Vale Institute', { form: 'other-description', key: '' }],
    ["Tarn's campaign", { form: 'other-description', key: '' }],
    ['officials', { form: 'other-description', key: '' }],
    ['Some Wardens', { form: 'other-description', key: '' }],
  ])('%s', (source, reading) => {
    expect(readSource(source)).toEqual(reading)
  })

  it('reads a lone word opening a sentence as a name only when the text writes it so elsewhere', () => {
    const text = 'Lawmakers said no. Tarn said yes. They asked Tarn.'
    const isName = (word: string) => isWrittenAsName(text, word)
    expect(readSource('Lawmakers', isName).form).toBe('other-description')
    expect(readSource('Tarn', isName)).toEqual({ form: 'name', key: 'tarn' })
  })
})

describe('judgeNamedSpeaker', () => {
  const source = [{ start: 10, end: 18 }]
  const actor = (name: string, aliases: string[], mentions: Span[]) => ({ name, aliases, mentions })
  it.each<[string, Parameters<typeof judgeNamedSpeaker>[2], string]>([
    ['no speaker', undefined, 'null'],
    ['a mention over the source', actor('Ann Vale', [], [{ start: 14, end: 18 }]), 'right'],
    ['a mention touching it only', actor('Bo Tarn', [], [{ start: 18, end: 22 }]), 'wrong'],
    ['the same name elsewhere', actor('Ann Vale', [], [{ start: 40, end: 48 }]), 'right'],
    ['an alias', actor('Ann Vale-Tarn', ['Ann Vale'], [{ start: 40, end: 48 }]), 'right'],
    ['someone else', actor('Bo Tarn', ['Tarn'], [{ start: 40, end: 44 }]), 'wrong'],
  ])('%s', (_, speaker, verdict) => {
    expect(judgeNamedSpeaker(source, 'ann-vale', speaker)).toBe(verdict)
  })
})

describe('checkSpeakers', () => {
  const speakerText =
    'Ann Vale said the dam would hold. He said the river was low. Officials said rain was near.'
  const span = (words: string, from = 0): Span => {
    const start = speakerText.indexOf(words, from)
    return { start, end: start + words.length }
  }
  const gold: GoldArticle = {
    name: 'speakers',
    text: speakerText,
    attributions: [
      { source: [span('Ann Vale')], cue: [span('said')], content: [span('the dam would hold')] },
      { source: [span('He')], cue: [span('said', 30)], content: [span('the river was low')] },
      { source: [span('Officials')], cue: [span('said', 62)], content: [span('rain was near')] },
    ],
  }
  const ann = {
    id: 'person:ann-vale',
    name: 'Ann Vale',
    kind: 'person',
    aliases: [],
    mentions: [span('Ann Vale')],
  }
  const river = { id: 'location:dam', name: 'Dam', kind: 'location', aliases: [], mentions: [] }
  const statement = (content: string, speaker: string | null) =>
    ({ content: span(content), source: null, cue: null, speaker, speakerReason: 'unresolved' }) as Statement

  it('tallies names by verdict and the other forms by the kind given', () => {
    const { tally, errors } = checkSpeakers([gold], () => ({
      statements: [
        statement('the dam would hold', 'person:ann-vale'),
        statement('the river was low', 'location:dam'),
        statement('rain was near', null),
      ],
      actors: [ann, river] as Actor[],
    }))
    expect(tally.named).toEqual({ right: 1, null: 0, wrong: 0 })
    expect(tally.kinds['person-pronoun']).toEqual({ location: 1 })
    expect(tally.kinds['other-description']).toEqual({ null: 1 })
    expect(errors.map((e) => e.verdict)).toEqual(['wrong-kind'])
  })

  it('counts a named source without a speaker as null, and as held by no actor when none has it', () => {
    const { tally } = checkSpeakers([gold], () => ({
      statements: [statement('the dam would hold', null)],
      actors: [],
    }))
    expect(tally.named).toEqual({ right: 0, null: 1, wrong: 0 })
    expect(tally.nameNotAnActor).toBe(1)
  })
})

describe('checkSpeakers with two names in one source', () => {
  // [gold source, the name it gives, the other name in it]
  it.each([
    ['Ann Lee, a spokeswoman for Tom Reed', 'Ann Lee', 'Tom Reed'],
    ["Tom Reed's aide Ann Vale", 'Ann Vale', 'Tom Reed'],
    ['Bo Tarn, who works for Ed Mann', 'Bo Tarn', 'Ed Mann'],
    ['Senator Bo Tarn of Ed Mann County', 'Bo Tarn', 'Ed Mann'],
  ])('%s: only %s is right, not %s', (source, name, other) => {
    const text = `${source} said the dam would hold.`
    const at = (words: string): Span => ({
      start: text.indexOf(words),
      end: text.indexOf(words) + words.length,
    })
    const gold: GoldArticle = {
      name: 'two-names',
      text,
      attributions: [{ source: [at(source)], cue: [at('said')], content: [at('the dam would hold')] }],
    }
    const person = (words: string) => ({
      id: `person:${words.toLowerCase().replace(' ', '-')}`,
      name: words,
      kind: 'person',
      aliases: [],
      mentions: [at(words)],
    })
    const judge = (speaker: string) =>
      checkSpeakers([gold], () => ({
        statements: [
          {
            content: at('the dam would hold'),
            source: null,
            cue: null,
            speaker: person(speaker).id,
            speakerReason: 'unresolved',
          } as unknown as Statement,
        ],
        actors: [person(name), person(other)] as Actor[],
      })).tally.named
    expect(judge(name)).toEqual({ right: 1, null: 0, wrong: 0 })
    expect(judge(other)).toEqual({ right: 0, null: 0, wrong: 1 })
  })

  it('finds the name inside its source', () => {
    const source = 'Ann Lee, a spokeswoman for Tom Reed'
    const at = sourceNameAt(source)
    expect(at && source.slice(at.start, at.end)).toBe('Ann Lee')
    // Names joined by "and" are the source's name together: the first of them is as right as the last.
    const both = 'Mr. Vale and Mr. Tarn'
    const joined = sourceNameAt(both)
    expect(joined && both.slice(joined.start, joined.end)).toBe('Mr. Vale and Mr. Tarn')
    expect(
      spansOfSourcePart(
        [
          { start: 5, end: 9 },
          { start: 20, end: 24 },
        ],
        { start: 2, end: 7 },
      ),
    ).toEqual([
      { start: 7, end: 9 },
      { start: 20, end: 22 },
    ])
  })
})
