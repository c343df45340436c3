import { describe, expect, test } from 'vitest'
import { fixtureAnalyses } from '../../test/fixtures.ts'
import { buildActorJsonLd, buildArticleJsonLd, serializeJsonLd } from './json-ld.ts'

const [budget, , hostile] = fixtureAnalyses()
if (!budget || !hostile) throw new Error('fixtures missing')

describe('buildArticleJsonLd', () => {
  const ld = buildArticleJsonLd(budget, 'https://w.example')

  test('a NewsArticle that mentions every actor', () => {
    expect(ld['@type']).toBe('NewsArticle')
    expect(ld.headline).toBe('Mayor rejects council budget plan')
    const mentions = ld.mentions as { '@type': string; name: string }[]
    expect(mentions.map((m) => `${m['@type']}:${m.name}`)).toContain('Person:Ann Lee')
    expect(mentions).toHaveLength(budget.actors.length)
  })

  test('each statement is a Quotation with text and spokenByCharacter', () => {
    const parts = ld.hasPart as { '@type': string; text: string; spokenByCharacter?: { name: string } }[]
    expect(parts).toHaveLength(budget.statements.length)
    expect(parts.every((part) => part['@type'] === 'Quotation')).toBe(true)
    expect(parts[1]).toMatchObject({
      text: 'We will not accept these cuts',
      spokenByCharacter: { name: 'Ann Lee' },
    })
    expect(parts[3]?.text).toBe('The plan is fair to every district … and the mayor knows it')
  })
})

describe('an article actor’s sameAs', () => {
  test.each([
    ['a Wikidata item', 'Q7186', 'https://www.wikidata.org/entity/Q7186'],
    ['no item', undefined, undefined],
  ])('with %s', (_what, wikidata, sameAs) => {
    const [first, ...rest] = budget.actors
    if (!first) throw new Error('fixture has no actor')
    const actors = [{ ...first, ...(wikidata ? { wikidata } : {}) }, ...rest]
    const ld = buildArticleJsonLd({ ...budget, actors }, 'https://w.example')
    const [mention] = ld.mentions as { sameAs?: string }[]
    expect(mention?.sameAs).toBe(sameAs)
  })
})

describe('serializeJsonLd', () => {
  test.each([
    [
      { a: '</script><script>x()</script>' },
      '{"a":"\\u003c/script\\u003e\\u003cscript\\u003ex()\\u003c/script\\u003e"}',
    ],
    [{ a: 'Tom & Jerry' }, '{"a":"Tom \\u0026 Jerry"}'],
    [{ a: 'line\u2028sep' }, '{"a":"line\\u2028sep"}'],
  ])('%j', (value, expected) => {
    expect(serializeJsonLd(value)).toBe(expected)
    expect(JSON.parse(serializeJsonLd(value))).toEqual(value)
  })

  test('a hostile article cannot close the script element', () => {
    expect(serializeJsonLd(buildArticleJsonLd(hostile, 'https://w.example'))).not.toMatch(/<\/script/i)
  })
})

describe('the article url in JSON-LD', () => {
  test.each([
    ['https://example.org/news/1', 'https://example.org/news/1'],
    ['javascript:alert(1)', 'https://w.example/articles/'],
    ['data:text/html,<script>alert(1)</script>', 'https://w.example/articles/'],
  ])('%s → %s…', (url, expected) => {
    const ld = buildArticleJsonLd({ ...budget, article: { ...budget.article, url } }, 'https://w.example')
    expect(String(ld.url).startsWith(expected)).toBe(true)
    expect(String(ld.url)).not.toMatch(/^(javascript|data):/i)
  })
})

describe('buildActorJsonLd', () => {
  const actor = {
    id: 'person:donald-trump',
    name: 'Donald Trump',
    kind: 'person' as const,
    role: 'President',
    aliases: ['Trump'],
    names: ['Donald Trump', 'Trump', 'Mr Trump'],
    articleCount: 3,
    statementCount: 5,
  }

  test.each<[string, string | null | undefined, string | undefined]>([
    ['a known Wikidata item is sameAs', 'Q22686', 'https://www.wikidata.org/entity/Q22686'],
    ['no item, no sameAs', null, undefined],
    ['an API without the field, no sameAs', undefined, undefined],
  ])('%s', (_, wikidata, sameAs) => {
    const ld = buildActorJsonLd(wikidata === undefined ? actor : { ...actor, wikidata }, 'https://w.example')
    expect(ld).toMatchObject({
      '@type': 'Person',
      '@id': 'https://w.example/actors/person:donald-trump',
      name: 'Donald Trump',
      alternateName: ['Trump', 'Mr Trump'],
      jobTitle: 'President',
    })
    expect(ld.sameAs).toBe(sameAs)
  })
})
