import { describe, expect, it } from 'vitest'
import { plainReference, withPlainReference } from './docs-page.ts'

const document = {
  info: { title: 'Demo <API>', version: '1.0', description: 'A small API.' },
  paths: {
    '/v1/items': {
      get: {
        summary: 'List items',
        parameters: [
          { name: 'q', in: 'query', description: 'Words to find' },
          { name: 'limit', in: 'query' },
        ],
      },
      post: { summary: 'Add an item' },
    },
    '/v1/items/{id}': {
      get: { summary: 'One item', parameters: [{ name: 'id', in: 'path', required: true }] },
    },
  },
}

describe('plainReference', () => {
  const html = plainReference(document)
  it.each([
    ['every operation', 'GET /v1/items</code>'],
    ['the other method of a path', 'POST /v1/items</code>'],
    ['a path with a parameter', 'GET /v1/items/{id}</code>'],
    ['summaries', 'List items'],
    ['a parameter and its description', '<code>q</code></td><td>query</td><td></td><td>Words to find'],
    ['a required parameter', '<code>id</code></td><td>path</td><td>yes'],
    [
      'a form for a GET with query parameters',
      '<form method="get" action="/v1/items"><label>q <input name="q">',
    ],
    ['escaped text', 'Demo &lt;API&gt; 1.0'],
    ['the document link', '<a href="/openapi.json">'],
  ])('holds %s', (_, expected) => {
    expect(html).toContain(expected)
  })

  it('gives no form where the path has parameters or the method writes', () => {
    expect(html.match(/<form /g)).toHaveLength(1)
  })
})

describe('withPlainReference', () => {
  it.each([
    [
      'after the mount point',
      '<body><div id="app"></div><script></script></body>',
      '<div id="app"></div><style>',
    ],
    ['at the end of the body when there is none', '<body><p>x</p></body>', '<p>x</p><style>'],
  ])('puts the plain reference %s', (_, page, expected) => {
    const out = withPlainReference(page, '<main id="plain-reference"></main>')
    expect(out).toContain(expected)
    expect(out).toContain('<main id="plain-reference"></main>')
  })
})
