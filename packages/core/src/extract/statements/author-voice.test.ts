import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import type { Statement } from '../../schemas/statement.ts'
import { dropAuthorVoice } from './author-voice.ts'

/** A statement of `text` whose source is the first place of `source` (null: none), with the given speaker. */
function statementOf(text: string, source: string | null, speaker: string | null): Statement {
  const at = source === null ? -1 : text.indexOf(source)
  const base = {
    id: 's_0000000000000000',
    source: source === null ? null : { start: at, end: at + source.length },
    cue: null,
    content: { start: 0, end: 4 },
    mode: 'indirect' as const,
    negated: false,
  }
  return speaker === null
    ? { ...base, speaker: null, speakerReason: 'unresolved' }
    : { ...base, speaker: speaker as Statement['speaker'] }
}

describe('dropAuthorVoice', () => {
  // [case, text, source words, speaker, kept]
  const cases: Array<[string, string, string | null, string | null, boolean]> = [
    ['a recipe writer\'s "I" with no speaker', 'Lemons\n\nI recommend the organic ones.', 'I', null, false],
    ['a blog\'s "we" with no speaker', 'Costumes\n\nWe found the best costumes.', 'We', null, false],
    ['a contracted "I’d" with no speaker', 'Images\n\nI’d recommend the slim image.', 'I’d', null, false],
    ['a contracted "We\'ve" with no speaker', "Tips\n\nWe've found that it helps.", "We've", null, false],
    ['the "Let’s" of "Let’s say"', 'Imports\n\nLet’s say you have two files.', 'Let’s', null, false],
    ['"Lets" is a verb, not "Let’s"', 'Rules\n\nThe law lets firms say no.', 'The law', null, true],
    ['"us" with no speaker', 'Phones\n\nMost of us say it is small.', 'us', null, false],
    [
      'a first person resolved to a speaker stays',
      'Talk\n\nRick: I got into tech early.',
      'I',
      'person:rick-lee',
      true,
    ],
    ['"US" is a country, not "us"', 'Trade\n\nThe US said it would act.', 'US', null, true],
    ['a named source with no speaker stays', 'Trade\n\nTom Reed said it would act.', 'Tom Reed', null, true],
    ['a statement with no source stays', 'Trade\n\nIt was said to be late.', null, null, true],
  ]
  it.each(cases)('%s', (_case, text, source, speaker, kept) => {
    const statement = statementOf(text, source, speaker)
    expect(dropAuthorVoice(parseArticle(text), [statement])).toEqual(kept ? [statement] : [])
  })
})
