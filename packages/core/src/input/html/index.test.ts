import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'
import { AnalysisSchema } from '../../schemas/analysis.ts'
import { HtmlArticleSchema } from '../schemas.ts'
import { extractArticleFromHtml } from './index.ts'
import { blogPage, brokenPage, newsPage, scriptPage, tablePage } from './pages.fixture.ts'

const paragraphsOf = (text: string) => text.split('\n\n')

describe('extractArticleFromHtml', () => {
  it('reads a blog post without its menu, share buttons, tags, comments, comment form and sidebar', () => {
    const page = extractArticleFromHtml(blogPage, {
      url: 'https://riverside.example.org/2024/03/harbour-plan/',
    })
    expect(paragraphsOf(page.text)).toEqual([
      'Harbour plan divides council',
      'The council met on Tuesday to debate the harbour plan, and the mood was tense.',
      '“We cannot afford it,” said Mayor Ruth Olsen, who chairs the finance committee.',
      'Councillor Tom Baker replied that the plan would pay for itself within ten years.',
    ])
    expect(page).toMatchObject({
      title: 'Harbour plan divides council',
      byline: 'Dana Field',
      publishedAt: '2024-03-05T09:30:00+00:00',
      source: 'Riverside Notes',
      url: 'https://riverside.example.org/2024/03/harbour-plan/',
    })
  })

  it('resolves the canonical link when no URL is given', () => {
    expect(extractArticleFromHtml(blogPage).url).toBeUndefined()
    const withBase = blogPage.replace(
      'href="/2024/03/harbour-plan/"',
      'href="https://riverside.example.org/p/12"',
    )
    expect(extractArticleFromHtml(withBase).url).toBe('https://riverside.example.org/p/12')
  })

  it('reads a news page from its JSON-LD, without figure, ad, pull quote, related links and most-read list', () => {
    const page = extractArticleFromHtml(newsPage)
    expect(paragraphsOf(page.text)).toEqual([
      'Ministers clash over fishing levies',
      'LONDON (Wire) - France and Britain traded accusations on Monday over new fishing levies.',
      '"This is a breach of the agreement," the French minister said, according to two officials.',
      'Talks next week',
      "Britain's trade secretary said talks would resume next week in Brussels.",
    ])
    expect(page).toMatchObject({
      title: 'Ministers clash over fishing levies',
      byline: 'Ann Writer, Bo Reporter',
      publishedAt: '2024-03-05T10:00:00+01:00',
      source: 'Example News',
      url: 'https://news.example.com/world/levies-123',
    })
  })

  it('reads careless markup the way a browser shows it', () => {
    const page = extractArticleFromHtml(brokenPage)
    expect(paragraphsOf(page.text)).toEqual([
      'Storm closes ports',
      'Ports along the coast closed on Friday as the storm arrived.',
      'The harbour master said no ships would sail until Sunday.',
      'Officials warned residents to stay inside.',
      'Schools will reopen on Monday, the council said.',
    ])
  })

  it('finds the prose of a table layout by scoring containers', () => {
    const page = extractArticleFromHtml(tablePage)
    expect(page.title).toBeNull()
    expect(paragraphsOf(page.text)).toEqual([
      'Mill to close',
      "The town's last paper mill will close in June, its owners said on Thursday, ending a century of work.",
      'About 300 people work at the mill, which the union called "the heart of the town".',
    ])
  })

  it('falls back on JSON-LD articleBody when the markup holds no prose', () => {
    expect(extractArticleFromHtml(scriptPage).text).toBe(
      'Bridge reopens after repairs\n\nThe old bridge reopened on Monday after two years of repairs.\n\n' +
        'The mayor said traffic would be light at first.',
    )
  })

  it('reads the page again without class names when they leave too little prose', () => {
    const hours = '<p>Open 9 to 5</p>'.repeat(40)
    const page = extractArticleFromHtml(
      `<nav><a href="/">Home</a></nav><div class="tip-print-step"><p>Cut the tomato across its core, then slice it.</p></div>${hours}`,
    )
    expect(page.text).toContain('Cut the tomato across its core, then slice it.')
  })

  it('reads the article a script-rendered page keeps in <noscript>', () => {
    const article = '<p>The old bridge reopened on Monday after two years of repairs, the council said.</p>'
    const page = extractArticleFromHtml(
      `<div id="app"></div><noscript>${article.repeat(3)}<a href="/more">More</a></noscript>`,
    )
    expect(page.text).toBe('The old bridge reopened on Monday after two years of repairs, the council said.')
  })

  it.each([
    ['', { text: '', title: null }],
    ['just some words', { text: 'just some words', title: null }],
    ['<p>Only a paragraph.</p>', { text: 'Only a paragraph.', title: null }],
    ['<h1>Only a title</h1>', { text: 'Only a title', title: 'Only a title' }],
    [
      '<meta property="og:title" content="Fish &amp; chips &#8212; a &quot;crisis&quot;"><p>Prices rose again this week, traders said.</p>',
      {
        text: 'Fish & chips — a "crisis"\n\nPrices rose again this week, traders said.',
        title: 'Fish & chips — a "crisis"',
      },
    ],
    [
      '<script>alert(1)</script><style>p{}</style><p>Visible</p><p hidden>Hidden</p>',
      { text: 'Visible', title: null },
    ],
    ['<p>Line one<br>line two</p>', { text: 'Line one\nline two', title: null }],
    ['<p>a\u00a0b  c\n\td</p>', { text: 'a\u00a0b c d', title: null }],
  ])('%j', (html, expected) => {
    expect(extractArticleFromHtml(html)).toEqual(expected)
  })

  it.each([
    ['<meta property="article:published_time" content="2024-03-05T10:00:00Z">', '2024-03-05T10:00:00Z'],
    ['<meta name="pubdate" content="2024-03-05">', '2024-03-05T00:00:00Z'],
    ['<time datetime="2024-03-05T10:00:00.000+0100">5 March</time>', '2024-03-05T10:00:00.000+01:00'],
    [
      '<time datetime="2024-01-01">x</time><time pubdate datetime="2024-03-05T10:00Z">y</time>',
      '2024-03-05T10:00:00Z',
    ],
    ['<meta name="date" content="not a date"><time datetime="2024-02-30">x</time>', undefined],
  ])('reads the date of %j', (html, expected) => {
    expect(extractArticleFromHtml(html).publishedAt).toBe(expected)
  })

  it.each([
    [
      '<meta name="author" content="https://facebook.com/x"><span class="byline">By Lee Chan</span>',
      'Lee Chan',
    ],
    ['<a rel="author" href="/lee">Lee Chan</a>', 'Lee Chan'],
    ['<meta name="author" content="  Lee   Chan ">', 'Lee Chan'],
  ])('reads the byline of %j', (html, expected) => {
    expect(extractArticleFromHtml(html).byline).toBe(expected)
  })

  it.each([[blogPage], [newsPage], [brokenPage], [tablePage], [scriptPage]])(
    'gives analyze a text whose title it finds and whose offsets stay in it (%#)',
    (html) => {
      const page = HtmlArticleSchema.parse(extractArticleFromHtml(html, { url: 'https://example.org/a' }))
      const analysis = AnalysisSchema.parse(
        analyze(page.text, {
          ...(page.url === undefined ? {} : { url: page.url }),
          ...(page.publishedAt === undefined ? {} : { publishedAt: page.publishedAt }),
          ...(page.source === undefined ? {} : { source: page.source }),
        }),
      )
      expect(analysis.article.text).toBe(page.text)
      if (page.title) expect(analysis.article.title).toBe(page.title)
    },
  )

  it('stays linear on large and adversarial pages', () => {
    const paragraph = '<p>Ann said the plan, which was new, would work.</p>'
    const pages = [
      `<article>${paragraph.repeat(20_000)}</article>`,
      '<div class="x">'.repeat(20_000) + paragraph,
      '<p>'.repeat(50_000),
      '<a href="'.repeat(10_000),
      '&amp'.repeat(100_000),
      `<script>${'<'.repeat(100_000)}`,
      '<table><tr>'.repeat(5_000) + '<td>x'.repeat(5_000),
    ]
    // No duration is compared (linear.test.ts counts the work): this checks that each page is read at all.
    for (const html of pages) expect(typeof extractArticleFromHtml(html).text).toBe('string')
  })
})

// An article whose body ends with `tail`: a heading over a box that the boilerplate scorer drops, or over prose.
const BODY_LINES = [
  'The council met on Tuesday to debate the harbour plan, and the mood in the hall was tense from the start.',
  'Mayor Ruth Olsen said the town could not afford the new quay, whose cost has doubled since the spring.',
  'Councillor Tom Baker replied that the plan would pay for itself within ten years, as fees would rise.',
  'Fishermen on the quay said they had not been asked, and that the new berths would be too small for them.',
  'The harbour master would not say which side he favoured, but he warned that the old pier was failing.',
]
const endingWith = (tail: string) =>
  `<html><body><article><h1>Harbour plan</h1><div class="text">${BODY_LINES.map((line) => `<p>${line}</p>`).join('')}${tail}</div></article></body></html>`

// Each row: the end of the body, and whether its heading is kept.
describe('a heading over what the boilerplate scorer drops', () => {
  it.each([
    [
      '<h3>Ride with us</h3><div class="info-box teaser"><p class="box-text">Want to ride with us? Join your club on Facebook, Instagram and WhatsApp: www.quay-riders.example</p></div>',
      false,
    ],
    [
      '<h3>Ride with us</h3><p>The vote is on Friday, and both sides expect a close result after weeks of talks on the quay.</p>',
      true,
    ],
  ])('%s: heading kept %s', (tail, kept) => {
    const paragraphs = paragraphsOf(extractArticleFromHtml(endingWith(tail)).text)
    expect(paragraphs).toContain(BODY_LINES[4])
    expect(paragraphs.includes('Ride with us')).toBe(kept)
  })
})
