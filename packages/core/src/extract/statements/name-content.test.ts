import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { buildContext } from './context.ts'
import { findDrafts } from './index.ts'
import { shippedModel } from './model.ts'
import { contentIsOnlyAName } from './name-content.ts'
import { spanOf } from './token-span.fixture.ts'

/** Whether contentIsOnlyAName holds for the draft whose cue is the given word (first place it occurs). */
function onlyName(text: string, cue: string): boolean | undefined {
  const parsed = parseArticle(text)
  const context = buildContext(parsed)
  const at = text.indexOf(cue)
  const draft = findDrafts(parsed, shippedModel(), 'all').find((d) => d.cueSpan.start === at)
  return draft && contentIsOnlyAName(context, { ...draft })
}

/** Whether the words are the content of the draft found for a cue, as contentIsOnlyAName would read them. */
function nameWords(text: string, words: string): boolean {
  const context = buildContext(parseArticle(text))
  const content = { ...spanOf(context, text, words), side: 'after' }
  return contentIsOnlyAName(context, { content } as Parameters<typeof contentIsOnlyAName>[1])
}

describe('contentIsOnlyAName', () => {
  // [case, text, content words, only a name]
  const cases: Array<[string, string, string, boolean]> = [
    [
      'a title and a name',
      'Rivers may flood again, warns Water Board Director Ann F. Vale as she urged calm.',
      'Water Board Director Ann F. Vale',
      true,
    ],
    [
      'a name with "of"',
      'Taxes will rise, warns Governor of Tarn Bank Ed Moss.',
      'Governor of Tarn Bank Ed Moss',
      true,
    ],
    [
      'a short form in brackets',
      'He quoted Tarn Rail Union (TRU) Chair Bo Lind.',
      'Tarn Rail Union (TRU) Chair Bo Lind',
      true,
    ],
    [
      'a list of names',
      'Voters view Ann Vale, Bo Lind and Ed Moss kindly.',
      'Ann Vale, Bo Lind and Ed Moss',
      false,
    ],
    ['two capitalised words may be a cause', 'They called for Home Rule.', 'Home Rule', false],
    ['a clause', 'She said Ann Vale had resigned.', 'Ann Vale had resigned', false],
    ['a name that ends lower-case', 'He praised Ann Vale and others.', 'Ann Vale and others', false],
    ['a quoted name', 'He said "Tarn Rail Union Chair".', 'Tarn Rail Union Chair', false],
  ]
  it.each(cases)('%s', (_case, text, words, expected) => {
    expect(nameWords(text, words)).toBe(expected)
  })

  it('keeps the statements of ordinary reported speech', () => {
    expect(onlyName('Ann Vale, the Water Board Director, said rivers may flood again.', 'said')).toBe(false)
  })
})
