import { describe, expect, test } from 'vitest'
import { externalHref } from './urls.ts'

describe('externalHref', () => {
  test.each<[string | undefined, string | null]>([
    ['https://example.org/news/1', 'https://example.org/news/1'],
    ['http://example.org', 'http://example.org/'],
    ['HTTPS://EXAMPLE.ORG/A', 'https://example.org/A'],
    ['javascript:alert(document.cookie)', null],
    ['JavaScript:alert(1)', null],
    [' javascript:alert(1)', null],
    ['java\tscript:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['vbscript:msgbox(1)', null],
    ['file:///etc/passwd', null],
    ['//evil.example/x', null],
    ['/relative/path', null],
    ['not a url', null],
    ['', null],
    [undefined, null],
  ])('%j → %j', (url, href) => {
    expect(externalHref(url)).toBe(href)
  })
})
