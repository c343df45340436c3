import { describe, expect, it } from 'vitest'
import { languageName } from './language.ts'

describe('languageName', () => {
  it.each([
    ['en', 'English'],
    ['de', 'German'],
    ['pt', 'Portuguese'],
    ['ru', 'Russian'],
    ['zz', 'zz'],
    ['not a code!', 'not a code!'],
  ])('%s → %s', (code, name) => expect(languageName(code)).toBe(name))
})
