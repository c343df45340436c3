import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { findDrafts } from './index.ts'
import { shippedModel } from './model.ts'

describe('a cue as a duty put on someone (obliged.ts)', () => {
  // [case, text, statements kept for reach 'spoken']
  const cases: Array<[string, string, number]> = [
    [
      'rules require firms to report',
      'Under the plan, the rules require small firms to report that their books are sound.',
      0,
    ],
    [
      'a call for firms to certify',
      'The act calls for all listed firms to certify that their accounts are true.',
      0,
    ],
    ['are required to declare', 'Councillors are required to declare that they own no land.', 0],
    ['a firm reports', 'The firm reported that its books were sound.', 1],
  ]
  it.each(cases)('%s', (_case, text, kept) => {
    expect(findDrafts(parseArticle(text), shippedModel(), 'spoken')).toHaveLength(kept)
  })
})
