import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'
import { isSameOffice } from './same-office.ts'

describe('isSameOffice', () => {
  it.each([
    ['minister', 'Foreign Minister', true],
    ['former minister', 'Foreign Minister', true],
    ['general', 'Attorney General', true],
    ['attorney general', 'Solicitor General', false],
    ['deputy prime minister', 'Prime Minister', false],
    ['foreign secretary', 'Foreign Secretary', true],
    ['prime minister', 'Deputy Prime Minister', false],
    ['deputy prime minister', 'Deputy Prime Minister', true],
  ])('%s for %s: %s', (standalone, role, expected) => {
    expect(isSameOffice(standalone, role)).toBe(expected)
  })
})

describe('a title standing alone in an article', () => {
  const titled = (text: string) =>
    extractActors(parseArticle(text))
      .filter((a) => a.kind === 'person')
      .map((a) => `${a.name} ${a.references?.filter((r) => r.form === 'title').length ?? 0}`)
  it.each([
    ['Solicitor General Ann Vale spoke first. The attorney general has denied the claim.', ['Ann Vale 0']],
    ['Foreign Minister Ann Vale spoke first. The minister has denied the claim.', ['Ann Vale 1']],
  ])('%s', (text, expected) => {
    expect(titled(text)).toEqual(expected)
  })
})
