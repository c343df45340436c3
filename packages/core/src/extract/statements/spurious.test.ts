import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'
import { parseArticle } from '../../parse/index.ts'
import type { StatementDraft } from './assemble.ts'
import { buildContext } from './context.ts'
import { dropSpurious } from './spurious.ts'
import { spanOf } from './token-span.fixture.ts'

/** Whether dropSpurious keeps a draft whose source, content and cue are the given words (first place each occurs). */
function keeps(text: string, source: string | null, content: string, cue: string): boolean {
  const context = buildContext(parseArticle(text))
  const place = (words: string) => spanOf(context, text, words)
  const head = place(cue).start
  const draft = {
    cue: { start: head, end: head + 1, head, negated: false },
    source: source === null ? null : place(source),
    content: { ...place(content), side: 'after' },
  } as unknown as StatementDraft
  return dropSpurious(context, [draft]).length === 1
}

describe('dropSpurious', () => {
  // [case, text, source words, content words, cue word, kept]
  const cases: Array<[string, string, string | null, string, string, boolean]> = [
    [
      'a content that is a relative pronoun',
      'The report, which ministers denied, leaked.',
      'ministers',
      'which',
      'denied',
      false,
    ],
    [
      'a content that is a lone "it"',
      'The government denied it on Monday.',
      'The government',
      'it',
      'denied',
      false,
    ],
    [
      'a source that is a passive auxiliary',
      'He quit after being told the report was ready.',
      'being',
      'the report was ready',
      'told',
      false,
    ],
    [
      'a source that is a preposition',
      'Charities reacted with alarm to the plans.',
      'with',
      'to the plans',
      'alarm',
      false,
    ],
    [
      'a source that is a modal',
      'Mr Howard will acknowledge bias exists.',
      'will',
      'bias exists',
      'acknowledge',
      false,
    ],
    [
      'a source that is a weekday',
      'Wednesday is forecast to be colder.',
      'Wednesday',
      'to be colder',
      'forecast',
      false,
    ],
    [
      'a source that is a weekday and its part',
      'Tuesday morning announced that two men were held.',
      'Tuesday morning',
      'that two men were held',
      'announced',
      false,
    ],
    [
      'a source of adverbs',
      'The film most aptly describes the mood of the town.',
      'most aptly',
      'the mood of the town',
      'describes',
      false,
    ],
    [
      'the "Please" of an imperative',
      'Please read our terms before you sign up.',
      'Please',
      'our terms before you sign up',
      'read',
      false,
    ],
    [
      'a source with a name before a time',
      'The mayor Tuesday morning announced that two men were held.',
      'The mayor Tuesday morning',
      'that two men were held',
      'announced',
      true,
    ],
    [
      'a name and an adverb',
      'Police also said that two men were held.',
      'Police also',
      'that two men were held',
      'said',
      true,
    ],
    [
      'a source that is a pronoun',
      'He said the talks had failed.',
      'He',
      'the talks had failed',
      'said',
      true,
    ],
    [
      'a source that is a plural noun',
      'Critics said the plan was flawed.',
      'Critics',
      'the plan was flawed',
      'said',
      true,
    ],
    [
      'a one-word content that is a noun',
      'Mr Abbas confirmed Israel.',
      'Mr Abbas',
      'Israel',
      'confirmed',
      true,
    ],
    [
      'a one-word content that is an adverb',
      'Currently, said Dr Ivo Marsh, there are 70 patients.',
      'Dr Ivo Marsh',
      'Currently',
      'said',
      false,
    ],
    [
      'a source that opens with "no": what was not reported',
      'The car left the road and no injuries were reported.',
      'no injuries',
      'The car left the road',
      'reported',
      false,
    ],
    [
      'a source that opens with "no" in an aside',
      'A van driven by Tom Hale, no age or address reported, hit a fence.',
      'no age or address',
      'A van driven by Tom Hale',
      'reported',
      false,
    ],
    [
      'a source that is "nobody"',
      'The plan will work, nobody claimed.',
      'nobody',
      'The plan will work',
      'claimed',
      false,
    ],
    [
      'a source that opens with the reader\'s "your"',
      'Your body fat percentage tells what your weight is made of.',
      'Your body fat percentage',
      'what your weight is made of',
      'tells',
      false,
    ],
    [
      'an instruction "according to your" taste',
      'Add some water according to your desired thickness.',
      'your desired thickness',
      'Add some water',
      'according',
      false,
    ],
    [
      'a source whose "your" is not its first word',
      'The doctor at your clinic said the test was clear.',
      'The doctor at your clinic',
      'the test was clear',
      'said',
      true,
    ],
    [
      'a source that is "No 10", Downing Street',
      'No 10 said the talks had failed.',
      'No 10',
      'the talks had failed',
      'said',
      true,
    ],
    [
      'a source that names only data',
      'Rents rose by 4%, according to city data.',
      'city data',
      'Rents rose by 4%',
      'according',
      false,
    ],
    [
      'a source that names only earlier studies',
      'Many patients wait too long, according to earlier studies.',
      'earlier studies',
      'Many patients wait too long',
      'according',
      false,
    ],
    [
      'a source that points back to studies named before',
      'These studies show most patients wait too long.',
      'These studies',
      'most patients wait too long',
      'show',
      true,
    ],
    [
      'a source that names only records',
      'Hospital records showed the patient was treated in May.',
      'Hospital records',
      'the patient was treated in May',
      'showed',
      false,
    ],
    [
      'a source that names only a body of research',
      'A growing body of research suggests the drug works.',
      'A growing body of research',
      'the drug works',
      'suggests',
      false,
    ],
    [
      'a source that names only the latest figures',
      'Latest figures suggest sales fell.',
      'Latest figures',
      'sales fell',
      'suggest',
      false,
    ],
    [
      'a source that points back to research named before',
      'The research found sales fell.',
      'The research',
      'sales fell',
      'found',
      true,
    ],
    [
      'a source of figures with their publisher',
      'Home Office figures show crime fell.',
      'Home Office figures',
      'crime fell',
      'show',
      true,
    ],
    [
      'a source of figures with who released them',
      'Figures released by the council show rents rose.',
      'Figures released by the council',
      'rents rose',
      'show',
      true,
    ],
    [
      'a source of people who study data',
      'Data analysts said rents rose.',
      'Data analysts',
      'rents rose',
      'said',
      true,
    ],
    [
      'no source, a reporting word',
      'It is expected that prices will rise.',
      null,
      'prices will rise',
      'expected',
      true,
    ],
    [
      'no source, a word that reports nothing',
      'Images have emerged of coffins in a trench.',
      null,
      'coffins in a trench',
      'emerged',
      false,
    ],
  ]
  it.each(cases)('%s', (_case, text, source, content, cue, kept) => {
    expect(keeps(text, source, content, cue)).toBe(kept)
  })
})

describe('dropSpurious on repeats', () => {
  it('keeps one statement per content, the one whose cue is a word', () => {
    const text = 'Mr Blair told MPs: "Nothing will get in the way."'
    const context = buildContext(parseArticle(text))
    const at = (word: string) => context.tokens.findIndex((token) => token.text === word)
    const content = { start: at('Nothing'), last: at('way'), side: 'after' }
    const draftAt = (cue: number) =>
      ({
        cue: { start: cue, end: cue + 1, head: cue, negated: false },
        source: { start: at('Mr'), last: at('Blair') },
        content,
      }) as unknown as StatementDraft
    const kept = dropSpurious(context, [draftAt(at(':')), draftAt(at('told'))])
    expect(kept.map((draft) => context.tokens[draft.cue.head]?.text)).toEqual(['told'])
  })
})

describe('a piece of the speaker’s name is no content', () => {
  it.each([
    ['Tom Reed spoke in Tarrow on Monday.', []],
    ['Ann Vale spoke at length in Tarrow.', []],
    ['Tom Reed spoke about the plan on Monday.', ['the plan']],
    // A relative pronoun and the speaker's title: the words were the relative's antecedent.
    ['These are matters which Mr Vale has spoken out on.', []],
    ['Those are the rules that Dr Ann Vale has written about.', []],
    // A content that opens with a function word and holds more than the name stays.
    ['Mr Vale spoke about which roads would close.', ['which roads would close']],
  ])('%s', (text, contents) => {
    expect(analyze(text).statements.map((s) => text.slice(s.content.start, s.content.end))).toEqual(contents)
  })
})

describe('counsel’s part in court is no verb of saying', () => {
  it.each([
    ['Tom Reed, defending, said the boiler was safe.', ['person:tom-reed: the boiler was safe']],
    ['Ann Vale, prosecuting, said the risk was clear.', ['person:ann-vale: the risk was clear']],
  ])('%s', (text, statements) => {
    expect(
      analyze(text).statements.map((s) => `${s.speaker}: ${text.slice(s.content.start, s.content.end)}`),
    ).toEqual(statements)
  })
})
