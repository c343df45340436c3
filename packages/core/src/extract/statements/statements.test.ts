import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'
import { parseArticle } from '../../parse/index.ts'
import type { Span } from '../../schemas/span.ts'
import { StatementSchema } from '../../schemas/statement.ts'
import { extractStatements, type StatementReach } from './index.ts'
import { shippedModel } from './model.ts'

/** The statements of a short text as readable strings: source, cue, content (parts joined by " | "), mode. */
function statements(text: string, reach: StatementReach = 'spoken') {
  const slice = (span: Span | null | undefined) => (span ? text.slice(span.start, span.end) : null)
  return extractStatements(parseArticle(text), [], shippedModel(), reach).map((statement) => ({
    source: slice(statement.source),
    cue: slice(statement.cue),
    content: statement.contentParts
      ? statement.contentParts.map(slice).join(' | ')
      : slice(statement.content),
    mode: statement.mode,
    negated: statement.negated,
  }))
}

describe('extractStatements: constructions', () => {
  it.each([
    // [construction, text, source, cue, content, mode]
    [
      'direct',
      '"We will not accept this," the minister said.',
      'the minister',
      'said',
      'We will not accept this',
      'direct',
    ],
    [
      'curly quotes',
      '“We will not accept this,” the minister said.',
      'the minister',
      'said',
      'We will not accept this',
      'direct',
    ],
    [
      'single curly quotes',
      '‘The plan is dead,’ Ryabkov said.',
      'Ryabkov',
      'said',
      'The plan is dead',
      'direct',
    ],
    [
      'a quote over two sentences',
      '"The talks failed. We will try again next week," Lopez said.',
      'Lopez',
      'said',
      'The talks failed. We will try again next week',
      'direct',
    ],
    [
      'an interrupted quote',
      '"We are ready," the general said, "but we will not attack first."',
      'the general',
      'said',
      'We are ready | but we will not attack first',
      'direct',
    ],
    [
      'indirect with "that"',
      'The ministry said that the border would stay closed.',
      'The ministry',
      'said',
      'that the border would stay closed',
      'indirect',
    ],
    [
      'indirect without "that"',
      'Officials said the bridge would reopen on Monday.',
      'Officials',
      'said',
      'the bridge would reopen on Monday',
      'indirect',
    ],
    [
      'told',
      'He told reporters that the deal was finished.',
      'He',
      'told',
      'that the deal was finished',
      'indirect',
    ],
    [
      'denied',
      'The company denied that it had broken the law.',
      'The company',
      'denied',
      'that it had broken the law',
      'indirect',
    ],
    [
      'warned',
      'The union warned that strikes would follow.',
      'The union',
      'warned',
      'that strikes would follow',
      'indirect',
    ],
    [
      'according to, first',
      'According to the police, the driver fled the scene.',
      'the police',
      'According to',
      'the driver fled the scene',
      'indirect',
    ],
    [
      'according to, last',
      'The driver fled the scene, according to the police.',
      'the police',
      'according to',
      'The driver fled the scene',
      'indirect',
    ],
    [
      'mixed',
      'The senator said the bill was "a disgrace to the nation" and would fail.',
      'The senator',
      'said',
      'the bill was "a disgrace to the nation" and would fail',
      'mixed',
    ],
    [
      'inverted, with an apposition',
      '"The numbers are wrong," said Maria Lopez, a spokeswoman for the bank.',
      'Maria Lopez, a spokeswoman for the bank',
      'said',
      'The numbers are wrong',
      'direct',
    ],
    [
      "a quote that ends the paragraph before is not this cue's",
      'A title\n\n"We need more staff at the border."\n\nAnn Lee said the party would act soon.',
      'Ann Lee',
      'said',
      'the party would act soon',
      'indirect',
    ],
    [
      'no source',
      'It is widely reported that prices will rise.',
      null,
      'is widely reported',
      'that prices will rise',
      'indirect',
    ],
  ])('%s: %s', (_construction, text, source, cue, content, mode) => {
    expect(statements(text)).toContainEqual({ source, cue, content, mode, negated: false })
  })

  it.each([
    [
      'a participle after an action',
      'France announced new limits on Monday, saying that the virus was spreading.',
      [['France', 'saying', 'that the virus was spreading']],
    ],
    [
      'a participle after the main clause',
      'France said on Monday that it would act, saying that the virus was spreading.',
      [
        ['France', 'said', 'that it would act'],
        ['France', 'saying', 'that the virus was spreading'],
      ],
    ],
    [
      'a fronted participle',
      'Admitting that the plan had failed, the mayor claimed that the city would recover.',
      [
        ['the mayor', 'Admitting', 'that the plan had failed'],
        ['the mayor', 'claimed', 'that the city would recover'],
      ],
    ],
    [
      'a quote that goes on after the cue',
      'She said she was tired. "I need a break," she added.',
      [
        ['She', 'said', 'she was tired'],
        ['she', 'added', 'I need a break'],
      ],
    ],
    [
      'a transcript',
      'A title\n\nThe debate went on for hours.\n\nWALLACE: Do you expect a close race?\n\nPENCE: I expect a very close race.',
      [
        ['WALLACE', ':', 'Do you expect a close race'],
        ['PENCE', ':', 'I expect a very close race'],
      ],
    ],
  ])('%s: %s', (_construction, text, expected) => {
    const found = statements(text).map(({ source, cue, content }) => [source, cue, content])
    expect(found).toEqual(expected)
  })

  it.each([
    ['The embassy has not commented on the report.', 'has not commented on', 'the report'],
    ['The minister never said that the talks were over.', 'never said', 'that the talks were over'],
    ["The company wouldn't say how many jobs were lost.", "wouldn't say", 'how many jobs were lost'],
  ])('negation: %s', (text, cue, content) => {
    expect(statements(text)).toContainEqual(expect.objectContaining({ cue, content, negated: true }))
  })

  it('marks a negated cue whatever words it spans', () => {
    const [found] = statements('The ministry did not immediately respond to questions.', 'all')
    expect(found?.negated).toBe(true)
    expect(found?.cue).toMatch(/^did not immediately respond/)
  })

  it.each([
    ['a belief', 'Many voters believe that the tax is unfair.', 'believe'],
    ['an action', 'France announced new limits on Monday, saying that the virus was spreading.', 'announced'],
    [
      'a refusal to answer',
      'The ministry did not immediately respond to questions.',
      'did not immediately respond',
    ],
  ])('keeps %s among all attributions, not among spoken statements', (_case, text, cue) => {
    expect(statements(text, 'all').map((found) => found.cue)).toContain(cue)
    expect(statements(text).map((found) => found.cue)).not.toContain(cue)
  })

  it('keeps a statement that names its own speaker inside another one', () => {
    const found = statements('The book claimed that the coach told the players: "You will win the cup."')
    expect(found.map(({ source, cue }) => [source, cue])).toEqual([
      ['The book', 'claimed'],
      ['the coach', 'told'],
    ])
  })

  it('ends a content at the ", and" that opens another statement a few words on', () => {
    const found = statements(
      'The coach denied the club was for sale, and before he left on Monday the owner told reporters it was not.',
    )
    expect(found.map(({ cue, content }) => [cue, content])).toEqual([
      ['denied', 'the club was for sale'],
      ['told', 'it was not'],
    ])
  })

  it('keeps a statement inside an attribution that is not spoken', () => {
    const found = statements('Many voters believe that the mayor said the tax was fair.')
    expect(found.map(({ source, cue }) => [source, cue])).toEqual([['the mayor', 'said']])
  })

  it.each([
    ['Russia will soon hold military exercises on the border.'],
    ['The withdrawal ordered by the president was completed in August.'],
    ['The weather was cold and the roads were empty.'],
  ])('finds no statement in an action or a description: %s', (text) => {
    expect(statements(text)).toEqual([])
  })

  it('drops a statement nested in another one', () => {
    const found = statements('The minister said that the company announced record profits.')
    expect(found.map(({ cue }) => cue)).toEqual(['said'])
  })
})

describe('extractStatements: the records', () => {
  const text =
    '"We are ready," the general said, "but we will not attack first." Officials said talks would resume.'

  it('gives valid statements with stable ids, in text order', () => {
    const first = extractStatements(parseArticle(text), [])
    const second = extractStatements(parseArticle(text), [])
    expect(first).toEqual(second)
    for (const statement of first) expect(StatementSchema.parse(statement)).toEqual(statement)
    expect(new Set(first.map((statement) => statement.id)).size).toBe(first.length)
    const starts = first.map((statement) => statement.cue?.start ?? 0)
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
  })

  it('gives a statement no speaker and a reason when no actor is named in its source', () => {
    const found = extractStatements(parseArticle(text), []).map((statement) => [
      statement.source ? text.slice(statement.source.start, statement.source.end) : null,
      statement.speaker,
      statement.speakerReason,
    ])
    expect(found).toEqual([
      ['the general', null, 'unresolved'],
      ['Officials', null, 'anonymous'],
    ])
  })

  it('resolves speakers inside analyze', () => {
    const found = analyze('Foreign Minister Anna Berg said Sweden opposed the plan of Norway.').statements
    expect(found[0]?.speaker).toBe('person:anna-berg')
  })
})

describe('stance, end to end', () => {
  it.each([
    ['President Emmanuel Macron urged Germany to send more troops.', 'country:germany', 'demand'],
    ['Senator Maria Lopez said Mexico must pay for the wall.', 'country:mexico', 'demand'],
    [
      'Prime Minister Viktor Orban said Hungary would retaliate against Austria.',
      'country:austria',
      'threaten',
    ],
    ['Chancellor Olaf Scholz threatened to sanction Iran.', 'country:iran', 'threaten'],
    ['Foreign Minister Anna Berg said Sweden welcomed the decision of Norway.', 'country:norway', 'support'],
    ['Foreign Minister Anna Berg said Sweden opposed the plan of Norway.', 'country:norway', 'oppose'],
  ])('%s → %s %s', (text, target, polarity) => {
    const [first] = analyze(text).statements
    expect(first?.stance).toMatchObject({ target, polarity })
  })

  it('leaves stance out of a negated statement', () => {
    const found = analyze('The embassy of Norway has not commented on the plans of Sweden.').statements
    expect(found.every((statement) => statement.stance === undefined)).toBe(true)
  })
})
