import { describe, expect, it } from 'vitest'
import { InputError } from '../errors.ts'
import { FeedSchema } from '../schemas.ts'
import { parseFeed } from './index.ts'

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>Harbour &amp; Coast News</title>
  <link>https://coast.example.com/</link>
  <atom:link href="https://coast.example.com/feed" rel="self" type="application/rss+xml"/>
  <item>
    <title><![CDATA[Ferry fares to rise & routes to close]]></title>
    <link>https://coast.example.com/ferry-fares</link>
    <pubDate>Tue, 05 Mar 2024 10:00:00 +0000</pubDate>
    <description><![CDATA[<p>Fares rise <b>10%</b> in April.</p><p>Two routes close.</p>]]></description>
    <content:encoded><![CDATA[<p>Fares will rise by 10% in April, the operator said.</p>]]></content:encoded>
  </item>
  <item>
    <title>Storm &#8216;Ada&#8217; closes ports</title>
    <guid isPermaLink="true">https://coast.example.com/storm-ada</guid>
    <dc:date>2024-03-06T08:00:00Z</dc:date>
    <description>Ports closed &lt;em&gt;on Friday&lt;/em&gt;.</description>
  </item>
  <item>
    <title>Relative link and no date</title>
    <link>/relative</link>
    <guid isPermaLink="false">tag:coast,2024:3</guid>
  </item>
</channel>
</rss>`

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.example.org/">
  <title type="html">Lee&apos;s &lt;i&gt;notes&lt;/i&gt;</title>
  <link href="https://blog.example.org/" rel="alternate"/>
  <link href="https://blog.example.org/atom.xml" rel="self"/>
  <entry>
    <title>Council votes on harbour plan</title>
    <link rel="alternate" type="text/html" href="/2024/harbour"/>
    <link rel="enclosure" href="/audio.mp3"/>
    <id>urn:uuid:1</id>
    <updated>2024-03-07T12:00:00Z</updated>
    <published>2024-03-05T09:00:00+01:00</published>
    <summary>The council voted 7 to 4.</summary>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The council voted <b>7 to 4</b>.</p><br/></div></content>
  </entry>
  <entry>
    <title type="html">&lt;b&gt;Escaped&lt;/b&gt; title</title>
    <link href="https://blog.example.org/escaped"/>
    <updated>2024-03-08T12:00:00Z</updated>
    <content type="html">&lt;p&gt;Escaped &amp;amp; HTML&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Plain text content</title>
    <content>Fish &amp; chips &lt;3</content>
  </entry>
</feed>`

const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://old.example.net/"><title>Old Site</title><link>https://old.example.net/</link></channel>
  <item rdf:about="https://old.example.net/1"><title>First</title><link>https://old.example.net/1</link><dc:date>2024-03-01</dc:date></item>
  <item rdf:about="https://old.example.net/2"><title>Second</title></item>
</rdf:RDF>`

describe('parseFeed', () => {
  it('reads RSS 2.0 with CDATA, entities, guids, dc:date and content:encoded', () => {
    const feed = FeedSchema.parse(parseFeed(rss))
    expect(feed).toMatchObject({
      format: 'rss',
      title: 'Harbour & Coast News',
      url: 'https://coast.example.com/',
    })
    expect(feed.items).toEqual([
      {
        title: 'Ferry fares to rise & routes to close',
        url: 'https://coast.example.com/ferry-fares',
        publishedAt: '2024-03-05T10:00:00+00:00',
        summary: 'Fares rise 10% in April.\n\nTwo routes close.',
        contentHtml: '<p>Fares will rise by 10% in April, the operator said.</p>',
      },
      {
        title: 'Storm ‘Ada’ closes ports',
        url: 'https://coast.example.com/storm-ada',
        publishedAt: '2024-03-06T08:00:00Z',
        summary: 'Ports closed on Friday.',
      },
      { title: 'Relative link and no date', url: 'https://coast.example.com/relative' },
    ])
  })

  it('reads Atom with xhtml, html and text content, alternate links and xml:base', () => {
    const feed = FeedSchema.parse(parseFeed(atom))
    expect(feed).toMatchObject({ format: 'atom', title: "Lee's notes", url: 'https://blog.example.org/' })
    expect(feed.items).toEqual([
      {
        title: 'Council votes on harbour plan',
        url: 'https://blog.example.org/2024/harbour',
        publishedAt: '2024-03-05T09:00:00+01:00',
        summary: 'The council voted 7 to 4.',
        contentHtml: '<p>The council voted <b>7 to 4</b>.</p><br>',
      },
      {
        title: 'Escaped title',
        url: 'https://blog.example.org/escaped',
        publishedAt: '2024-03-08T12:00:00Z',
        contentHtml: '<p>Escaped &amp; HTML</p>',
      },
      { title: 'Plain text content', url: null, contentHtml: 'Fish &amp; chips &lt;3' },
    ])
  })

  it('reads RSS 1.0 (RDF), taking rdf:about when an item has no link', () => {
    const feed = FeedSchema.parse(parseFeed(rdf))
    expect(feed).toMatchObject({ format: 'rdf', title: 'Old Site', url: 'https://old.example.net/' })
    expect(feed.items).toEqual([
      { title: 'First', url: 'https://old.example.net/1', publishedAt: '2024-03-01T00:00:00Z' },
      { title: 'Second', url: 'https://old.example.net/2' },
    ])
  })

  it.each([
    ['<rss><channel><item><title>Unclosed<item><title>Next</title></item></channel>', 2],
    ['<feed><entry><title>No end tags', 1],
    ['<RSS><CHANNEL><ITEM><TITLE>Capitals</TITLE></ITEM></CHANNEL></RSS>', 1],
    [
      '<atom:feed xmlns:atom="http://www.w3.org/2005/Atom"><atom:entry><atom:title>Prefixed</atom:title></atom:entry></atom:feed>',
      1,
    ],
    ['<rss><channel></channel></rss>', 0],
  ])('tolerates %j', (xml, items) => {
    expect(parseFeed(xml).items).toHaveLength(items)
  })

  it.each([
    [
      '<!DOCTYPE html><html><body>A page</body></html>',
      'not an RSS or Atom feed: its root element is <html>',
    ],
    ['', 'not an RSS or Atom feed: it has no elements'],
    ['just text', 'not an RSS or Atom feed: it has no elements'],
  ])('rejects %j with a typed error', (xml, message) => {
    expect(() => parseFeed(xml)).toThrow(InputError)
    expect(() => parseFeed(xml)).toThrow(message)
    try {
      parseFeed(xml)
    } catch (error) {
      expect((error as InputError).code).toBe('not-a-feed')
    }
  })
})
