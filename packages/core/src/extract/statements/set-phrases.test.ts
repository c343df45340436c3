import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import type { StatementDraft } from './assemble.ts'
import { buildContext } from './context.ts'
import { isSetPhrase } from './set-phrases.ts'
import { spanOf } from './token-span.fixture.ts'

/** Whether the draft cued by the first `cue` of `body`, with `source` as its source words (or none), is a set phrase. */
function setPhrase(body: string, cue: string, source: string | null): boolean {
  const text = `Notes\n\n${body}`
  const context = buildContext(parseArticle(text))
  const place = (words: string) => spanOf(context, text, words, 7)
  const { start, last } = place(cue)
  const draft = {
    cue: { start, end: last + 1, head: last, negated: false },
    source: source === null ? null : place(source),
  } as unknown as StatementDraft
  return isSetPhrase(context, draft)
}

describe('isSetPhrase', () => {
  // [case, body, cue words, source words, a set phrase]
  const cases: Array<[string, string, string, string | null, boolean]> = [
    ['the preposition "thanks to"', 'Sales rose, thanks to a mild winter.', 'thanks', 'Sales', true],
    ['"not to mention" adding to a list', 'It is fast, not to mention cheap.', 'mention', null, true],
    ['"not to mention" as one cue', 'It is fast, not to mention cheap.', 'not to mention', 'It', true],
    ['"needless to say"', 'Needless to say, the plan failed.', 'say', null, true],
    ['"suffice it to say"', 'Suffice it to say, the plan failed.', 'say', null, true],
    ['"so to speak"', 'The team was, so to speak, tired.', 'speak', null, true],
    ['"as they say"', 'It is, as they say, about time.', 'say', 'they', true],
    ['an imperative "Say" to the reader', 'Say you have two files.', 'Say', null, true],
    ['an imperative "Note" after a quote mark', '"Note that the setting is ignored."', 'Note', null, true],
    ['an imperative after a label', 'Update: note that the setting is ignored.', 'note', null, true],
    ['a speaker who thanks', 'Ann Vale thanks the staff.', 'thanks', 'Ann Vale', false],
    ['"did not mention"', 'He did not mention the plan.', 'mention', 'He', false],
    ['"they say" without "as"', 'They say the plan failed.', 'say', 'They', false],
    ['"worth noting"', "It's worth noting that the plan failed.", 'noting', "It's worth", true],
    ['"worth mentioning"', 'It is worth mentioning that rents rose.', 'mentioning', null, true],
    ['"wanted to say"', 'She wanted to say the plan failed.', 'say', 'She', false],
    ['"that is to say"', 'It failed, that is to say, it never began.', 'say', null, true],
    [
      'a speech to come: "is to say"',
      'The minister is to say the plan failed.',
      'say',
      'The minister',
      false,
    ],
    ['"used it to say"', 'She used it to say the plan failed.', 'say', 'She', false],
    ['a named speaker of "note"', 'Analysts note that the plan failed.', 'note', 'Analysts', false],
    ['"Say" with a speaker', 'Say officials: the plan failed.', 'Say', 'officials', false],
  ]
  it.each(cases)('%s', (_case, body, cue, source, expected) => {
    expect(setPhrase(body, cue, source)).toBe(expected)
  })
})
