import { describe, expect, it } from 'vitest'
import { decodeEntities } from './entities.ts'

describe('decodeEntities', () => {
  it.each([
    ['Fish &amp; chips', 'Fish & chips'],
    ['&lt;b&gt; &quot;x&quot; &apos;y&apos;', '<b> "x" \'y\''],
    ['&ldquo;Yes,&rdquo; she said &mdash; twice&hellip;', '“Yes,” she said — twice…'],
    ['caf&eacute; &Eacute;lys&eacute;e &szlig; &yuml;', 'café Élysée ß ÿ'],
    ['a&nbsp;b', 'a\u00a0b'],
    ['&#8217; &#x2019; &#X2019;', '’ ’ ’'],
    ['&#150; &#151;', '– —'],
    ['&#0; &#xD800; &#1114112; &#99999999999;', '\uFFFD \uFFFD \uFFFD \uFFFD'],
    ['&#x1F680;', '🚀'],
    ['&#65', 'A'],
    ['&amp', '&'],
    ['&copy2024', '©2024'],
    ['&notanentity; & &; &#; &#x;', '&notanentity; & &; &#; &#x;'],
    ['AT&T', 'AT&T'],
    ['&hellip', '&hellip'],
    ['no entities at all', 'no entities at all'],
  ])('%j → %j', (input, expected) => {
    expect(decodeEntities(input)).toBe(expected)
  })

  it.each([
    ['?a=1&amp;b=2', '?a=1&b=2'],
    ['?a=1&ampb=2', '?a=1&ampb=2'],
    ['?a=1&copy=2', '?a=1&copy=2'],
    ['x&amp y', 'x& y'],
  ])('in an attribute %j → %j', (input, expected) => {
    expect(decodeEntities(input, true)).toBe(expected)
  })
})
