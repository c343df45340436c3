import { describe, expect, it } from 'vitest'
import { cleanByline, readMetadata } from './metadata.ts'
import { parseMarkup } from './tree.ts'

const PAGE = 'https://news.example.com/world/levies-123'
const read = (html: string, url = PAGE) => readMetadata(parseMarkup(html), url)

// Each row is a short page that states its date one way, and the date read from it.
describe('readMetadata: publishedAt', () => {
  it.each([
    [
      '<meta property="article:published_time" content="2024-03-05T10:00:00+01:00">',
      '2024-03-05T10:00:00+01:00',
    ],
    ['<meta name="pubdate" content="Tue, 05 Mar 2024 10:00:00 GMT">', '2024-03-05T10:00:00Z'],
    ['<meta itemprop="datePublished" content="2024-03-05">', '2024-03-05T00:00:00Z'],
    ['<meta name="dc.date.issued" content="2024-03-05T10:00:00Z">', '2024-03-05T10:00:00Z'],
    [
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-05T10:00:00-05:00"}</script>',
      '2024-03-05T10:00:00-05:00',
    ],
    [
      '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"BlogPosting","datePublished":"2024-03-05 10:00:00"}]}</script>',
      '2024-03-05T10:00:00Z',
    ],
    ['<p><time datetime="2024-03-05T10:00:00Z">5 March</time></p>', '2024-03-05T10:00:00Z'],
    [
      '<time datetime="2024-01-01">comment</time><time pubdate datetime="2024-03-05T08:00Z">x</time>',
      '2024-03-05T08:00:00Z',
    ],
    ['<p class="article-date">Published 5 March 2024, 10:00</p>', '2024-03-05T00:00:00Z'],
    ['<span class="post__published">05.03.2024 | 10:27 Uhr</span>', '2024-03-05T00:00:00Z'],
    ['<div class="meta"><span class="datum">5. März 2024</span></div>', '2024-03-05T00:00:00Z'],
    ['<div id="dateline">March 5, 2024 at 10:27 a.m.</div>', '2024-03-05T00:00:00Z'],
    ['<time>mardi 5 mars 2024</time>', '2024-03-05T00:00:00Z'],
    ['<p>Nothing dated here.</p>', undefined],
    ['<p class="date">Today</p>', undefined],
  ])('%s → %s', (html, expected) => {
    expect(read(html).publishedAt).toBe(expected)
  })

  it('reads the date in the URL when the page states none, and the page first when it does', () => {
    expect(read('<p>Text.</p>', 'https://example.com/2019/7/3/2068/ios').publishedAt).toBe(
      '2019-07-03T00:00:00Z',
    )
    expect(
      read('<p class="date">5 March 2024</p>', 'https://example.com/2019/7/3/2068/ios').publishedAt,
    ).toBe('2024-03-05T00:00:00Z')
  })

  it('skips a date in a script', () => {
    expect(read('<script class="date">var d = "5 March 2024"</script>').publishedAt).toBeUndefined()
  })
})

describe('readMetadata: source', () => {
  it.each([
    ['<meta property="og:site_name" content="Example News">', PAGE, 'Example News'],
    [
      '<meta property="og:site_name" content="U.S."><script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Reuters"}}</script>',
      'https://www.reuters.com/article/us-awards-sag-idUSKBN1ZI0EH',
      'Reuters',
    ],
    [
      '<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"The Verge"}}</script>',
      'https://www.theverge.com/2019/7/3/x',
      'The Verge',
    ],
    ['<meta name="application-name" content="Harbour Times">', PAGE, 'Harbour Times'],
    ['<p>U.S. officials said.</p>', 'https://www.reuters.com/world/x', 'Reuters'],
    ['<p>Text.</p>', 'https://www.bbc.co.uk/news/x', 'BBC'],
    ['<meta property="og:site_name" content="https://example.com">', 'https://www.reuters.com/x', 'Reuters'],
    ['<p>Text.</p>', 'http://127.0.0.1:8080/x', undefined],
  ])('%s at %s → %s', (html, url, expected) => {
    expect(read(html, url).source).toBe(expected)
  })
})

describe('cleanByline', () => {
  it.each([
    ['By Ann Writer', 'Ann Writer'],
    ['by Ann Writer and Bo Reporter', 'Ann Writer and Bo Reporter'],
    ['BY: Ann Writer', 'Ann Writer'],
    ['Von Anna Schreiber', 'Anna Schreiber'],
    ['Ann Writer @annwrites', 'Ann Writer'],
    ['By Ann Writer | Twitter: @annwrites', 'Ann Writer'],
    ['Ann Writer, Follow on Twitter', 'Ann Writer'],
    ['@annwrites', undefined],
    ['Bylines Ltd', 'Bylines Ltd'],
    ['Di Maio Rossi', 'Di Maio Rossi'],
  ])('%j → %j', (byline, expected) => {
    expect(cleanByline(byline)).toBe(expected)
  })

  it('reads a byline element without its prefix and handle', () => {
    expect(read('<div><p class="byline">By Ann Writer @annwrites</p></div>').byline).toBe('Ann Writer')
  })
})
