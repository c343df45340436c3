import { describe, expect, it } from 'vitest'
import { hostOf, nameOfHost, resolveUrl } from './url.ts'

describe('resolveUrl', () => {
  it.each([
    ['https://example.com/a', undefined, 'https://example.com/a'],
    ['  https://example.com/a  ', undefined, 'https://example.com/a'],
    ['HTTP://Example.com', undefined, 'HTTP://Example.com'],
    ['/b', undefined, undefined],
    ['mailto:x@example.com', 'https://example.com/', undefined],
    ['javascript:alert(1)', 'https://example.com/', undefined],
    ['/b?x=1#f', 'https://example.com/news/a', 'https://example.com/b?x=1#f'],
    ['b', 'https://example.com/news/a', 'https://example.com/news/b'],
    ['../b', 'https://example.com/news/a/', 'https://example.com/news/b'],
    ['./b/../c/.', 'https://example.com/news/', 'https://example.com/news/c/'],
    ['../../../b', 'https://example.com/a/', 'https://example.com/b'],
    ['//cdn.example.net/x', 'https://example.com/', 'https://cdn.example.net/x'],
    ['?page=2', 'https://example.com/list?page=1', 'https://example.com/list?page=2'],
    ['#top', 'https://example.com/a?q=1#x', 'https://example.com/a?q=1#top'],
    ['b', 'https://example.com', 'https://example.com/b'],
    ['', 'https://example.com/a', 'https://example.com/a'],
    ['b', 'not a url', undefined],
  ])('%j against %j → %j', (href, base, expected) => {
    expect(resolveUrl(href, base)).toBe(expected)
  })
})

describe('hostOf', () => {
  it.each([
    ['https://www.example.com/a', 'example.com'],
    ['http://user:pw@News.Example.com:8080/a', 'news.example.com'],
    ['ftp://example.com', undefined],
  ])('%j → %j', (url, expected) => {
    expect(hostOf(url)).toBe(expected)
  })
})

describe('nameOfHost', () => {
  it.each([
    ['https://www.reuters.com/world/x', 'Reuters'],
    ['https://www.bbc.co.uk/news/x', 'BBC'],
    ['https://edition.cnn.com/2024/x', 'CNN'],
    ['https://www.abc.net.au/news/x', 'ABC'],
    ['https://die-partei.net/luebeck/x', 'Die Partei'],
    ['https://security.googleblog.com/2020/05/x.html', 'Googleblog'],
    ['https://m.spiegel.de/politik/x', 'Spiegel'],
    ['https://taz.de/x', 'TAZ'],
    ['http://127.0.0.1:8080/x', undefined],
    ['http://localhost:3000/x', undefined],
    ['not a url', undefined],
  ])('%j → %j', (url, expected) => {
    expect(nameOfHost(url)).toBe(expected)
  })
})
