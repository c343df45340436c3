import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import type { Span } from '../../schemas/span.ts'
import { extractStatements, type StatementReach } from './index.ts'
import { shippedModel } from './model.ts'

/** The statements of a short text as [cue, content]; reach 'all' gives every attribution, as PolNeAR marks them. */
function statements(text: string, reach: StatementReach = 'spoken'): Array<[string | null, string]> {
  const slice = (span: Span | null) => (span ? text.slice(span.start, span.end) : '')
  return extractStatements(parseArticle(text), [], shippedModel(), reach).map((statement) => [
    statement.cue ? slice(statement.cue) : null,
    slice(statement.content),
  ])
}

describe('resolveNesting: a statement inside another content', () => {
  it.each([
    // [case, text, statements as [cue, content]]
    [
      'a speaker of its own after the comma, words to the end: the outer content ends at the comma',
      'Asked how he would deal with claims that he did not trust the prime minister, Mr Brown replied: "Our record speaks for itself."',
      [
        ['claims', 'that he did not trust the prime minister'],
        ['replied:', 'Our record speaks for itself'],
      ],
    ],
    [
      'a speaker of its own after the comma who gives no words: the outer content stays whole',
      'In 2018 she launched a clothing range for children. And according to promotional material about the line, Nunu intends to "free children from the old roles of boy and girl."',
      [['according to', 'about the line, Nunu intends to "free children from the old roles of boy and girl']],
    ],
    [
      'a participle of saying after "with" stands alone',
      'The council defended the decision to close both depots, with a spokesman saying: "We had no choice at all." The depots shut in May.',
      [
        ['defended', 'the decision to close both depots'],
        ['saying:', 'We had no choice at all'],
      ],
    ],
    [
      'a participle of saying after "with" stands alone, its subject inside the cue',
      'The council defended the decision to close both depots, with a spokesperson saying: "We had no choice at all." The depots shut in May.',
      [
        ['defended', 'the decision to close both depots'],
        ['a spokesperson saying:', 'We had no choice at all'],
      ],
    ],
    [
      'a participle of showing after "with" stays in the content',
      'Tom Vale said the road was a "major danger", with figures showing a rise in accidents.',
      [['said', 'the road was a "major danger", with figures showing a rise in accidents']],
    ],
  ])('%s', (_case, text, expected) => {
    expect(statements(text)).toEqual(expected)
  })
})

describe('resolveNesting: a participle after a quote that closes on its comma', () => {
  it.each([
    // [case, text, attributions as [cue, content]]
    [
      'the comma inside the quote opens the participle: two attributions',
      'Lee said the general was a "strong leader," comparing him to the king.',
      [
        ['said', 'the general was a "strong leader'],
        ['comparing', 'him to the king'],
      ],
    ],
    [
      'a participle of saying, the same way',
      'Ann Vale said the offer was "too little, too late," adding that her members would strike.',
      [
        ['said', 'the offer was "too little, too late'],
        ['adding', 'that her members would strike'],
      ],
    ],
    [
      'the comma after the quote, as before',
      "Lee said the general was a 'strong leader', comparing him to the king.",
      [
        ['said', "the general was a 'strong leader"],
        ['comparing', 'him to the king'],
      ],
    ],
    [
      'no comma at the quote: the participle stays in the content',
      'The senator defended the bill as "long overdue" arguing that it would help small farms.',
      [['defended', 'the bill as "long overdue" arguing that it would help small farms']],
    ],
  ])('%s', (_case, text, expected) => {
    expect(statements(text, 'all')).toEqual(expected)
  })
})

describe('resolveNesting: a report inside a clause fronted in the outer content', () => {
  it.each([
    // [case, text, statements as [cue, content]]
    [
      '"that while" opens a clause of the words reported: the outer statement stays whole',
      'He said that while he accepted that the town was not ready for a new bridge, the council needed a plan.',
      [
        [
          'said',
          'that while he accepted that the town was not ready for a new bridge, the council needed a plan',
        ],
      ],
    ],
    [
      'a report that stands alone stays beside the whole outer one',
      'Ann Reid told the council that although she admitted the depot was old, it would stay open.',
      [
        ['told', 'that although she admitted the depot was old, it would stay open'],
        ['admitted', 'the depot was old, it would stay open'],
      ],
    ],
    [
      'a break after words of the outer content still ends it there',
      'Tom Hale said the vote was lost, while Ann Reid claimed it was unfair.',
      [
        ['said', 'the vote was lost'],
        ['claimed', 'it was unfair'],
      ],
    ],
    [
      'the same after "that"',
      'Tom Hale said that the vote was lost, and Ann Reid claimed it was unfair.',
      [
        ['said', 'that the vote was lost'],
        ['claimed', 'it was unfair'],
      ],
    ],
  ])('%s', (_case, text, expected) => {
    expect(statements(text)).toEqual(expected)
  })
})
