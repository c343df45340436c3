import { describe, expect, it } from 'vitest'
import { isCode, makeFurnitureTest } from './boilerplate.ts'
import { findContentRoot, readParagraphs } from './content.ts'
import { parseMarkup } from './tree.ts'

const PROSE = 'The council met on Tuesday to debate the harbour plan, and the mood in the hall was tense.'
const paragraphsOf = (html: string) => readParagraphs(parseMarkup(html), { title: 'Harbour plan' }, isCode)

// Each row: a line around the article's prose, and whether it is kept.
describe('readParagraphs', () => {
  it.each([
    ['<p>Subscribe to our newsletter</p>', false],
    ['<p>Sign up here for the morning briefing</p>', false],
    ['<p>© 2020 Example Media. All rights reserved.</p>', false],
    ['<p>Photo: Ann Writer / Getty Images</p>', false],
    ['<p>Crédits photos : Ann Writer</p>', false],
    ['<p>Leave a comment</p>', false],
    ['<p>Kommentare geschlossen</p>', false],
    ['<p>Lesen Sie auch: Der Hafen im Wandel</p>', false],
    ['<p>Tags: harbour, council</p>', false],
    ['<p>Published 5 March 2024, 10:00</p>', false],
    ['<p>05.03.2024 | 10:27 Uhr</p>', false],
    // A long paragraph whose names are links is prose; a link line or a linked teaser title is not.
    [
      '<p><a href="/a">Ann Lee</a> joined <a href="/b">the Harbour Board of the northern coast</a> in 2019 after ' +
        '<a href="/c">eight years as spokeswoman of the regional ferry company</a>, and before that she ran ' +
        '<a href="/d">the Port Workers Union</a> for a decade from its office on the quay.</p>',
      true,
    ],
    ['<p><a href="/a">Port fees rise again as the ferry company loses its contract</a>.</p>', false],
    ['<p>Published: 5 March 2024</p>', false],
    ['<p>Zuletzt aktualisiert: 05.03.2024</p>', false],
    ['<p>Stand: 05.03.2024, 10:27 Uhr</p>', false],
    // A date the article gives under a label of its own is the article's (an event, a deadline).
    ['<p>Termin: 05.03.2024, 19 Uhr</p>', true],
    ['<p>Deadline: 5 March 2024</p>', true],
    ['<p>5 min read</p>', false],
    ['<p>Never miss a story from the quay again by signing up to our free newsletter today!</p>', false],
    ['<p>The club will announce the new fees in our newsletter next week, the treasurer said.</p>', true],
    ['<p>The Harbour Post is not responsible for the opinions of its contributors.</p>', false],
    ['<p>The ministry said the port authority is not responsible for the delays.</p>', true],
    ['<p>3:59 PM</p>', false],
    ['<p>10.27 Uhr</p>', false],
    ['<p>At 3:59 PM the last ferry left the quay.</p>', true],
    ['<h2>Related stories</h2><p><a href="/a">A story</a></p>', false],
    ['<div>Most discussed</div><ul><li><a href="/a">Port fees rise again</a></li></ul>', false],
    ['<p><b>Further reading:</b></p><ul><li><a href="/a">Port fees rise again</a></li></ul>', true],
    ['<p>The mayor declined to comment on the plan, her office said on Monday.</p>', true],
    ['<p>Talks on related issues will resume in Brussels next week, officials said.</p>', true],
    ['<p>On 5 March 2024 the council voted.</p>', true],
    ['<h2>What comes next</h2><p>The vote is on Friday, and both sides expect a close result.</p>', true],
    ['<p>If you are already a subscriber, log in here to read the rest of the story.</p>', false],
    ['<p>Enjoyed this story? Sign up below and we will send you the next one by email.</p>', false],
    ['<ul><li>from 1 March 2024 for pipe tobacco, heated tobacco and snuff</li></ul>', true],
    ['<h3>The mayor lost the vote. Her rival now runs the harbour board.</h3>', true],
    [
      '<p>Want more stories like this? You can subscribe for a pound a week and cancel at any time.</p>',
      false,
    ],
    ['<p>Thanks for reading. To keep reading, log in to your account or create one for free.</p>', false],
    [
      '<p>Du willst mehr davon? Dann abonniere unseren Newsletter, und wir schreiben dir jeden Freitag.</p>',
      false,
    ],
    [
      '<p>Mit dem Knopf unten kannst du die Folge merken. Dazu musst du dich bei hafen.example einloggen.</p>',
      false,
    ],
    [
      '<p>Did this story help you? Please consider supporting our work with a small gift each month.</p>',
      false,
    ],
    ['<p>Send your photos of the storm to the newsroom by email. Read more reader pictures here.</p>', false],
    // A you-word and a furniture word, but no call to the reader: quoted, reported, or the word is a noun.
    ['<p>‘You can’t sign up for a ferry pass until spring, not after last winter’s storms.’</p>', true],
    ["<p>'You can't sign up for a ferry pass until spring, not after the storms,' she wrote.</p>", true],
    ["<p>When you read the comments under the council's post, the anger over the quay is plain.</p>", true],
    ['<p>You might expect the related repairs to take years, a council engineer told reporters.</p>', true],
    ['<p>The treasurer warned members that your subscription to the sailing club would cost more.</p>', true],
    ['<p>If you live near the quay, the related roadworks will close your street from Monday.</p>', true],
    ['<p>Residents who donate to the appeal, you might think, would get a say in how it is spent.</p>', true],
    // a short line naming the site's own channel, and one that reports someone naming theirs
    ['<p>¡Sigue el puerto en nuestro canal de vídeo!</p>', false],
    ['<p>Get the tide tables in our app</p>', false],
    ['<p>Our app failed twice, she said.</p>', true],
    // a news agency credit under the story, and a sentence that names the agency
    ['<p>abc/PAP</p>', false],
    ['<p>The port authority told AFP the ferries would run again on Monday.</p>', true],
    // an ad spelt with Cyrillic look-alike letters in Latin words
    ['<p>Аdvеrtіsе wіth thе Harbоur Pоst: wе оffеr сustоm ratеs tо еvеry shоp оn thе quay.</p>', false],
    // the line under a picture, and a line beside a picture inside its own paragraph
    ['<div class="visual"><img src="q.jpg"><p>The old quay at dawn, before the storm.</p></div>', false],
    ['<p><img src="q.jpg">The quay was rebuilt after the storm, and it reopened in May.</p>', true],
  ])('%s kept: %s', (line, kept) => {
    const paragraphs = paragraphsOf(`<p>${PROSE}</p>${line}`)
    expect(paragraphs[0]).toBe(PROSE)
    expect(paragraphs.length > 1).toBe(kept)
  })

  // Each row: a table under the prose, a linked cell in it, and whether that cell is kept.
  it.each([
    [
      '<table><tr><td>2 tsp</td><td><a href="/salt">Sea salt flakes</a></td></tr></table>',
      'Sea salt flakes',
      true,
    ],
    [
      '<table><tr><td><a href="/ferry">Night ferry to the islands</a></td><td>€12.50</td></tr></table>',
      'Night ferry to the islands',
      true,
    ],
    [
      '<table><tr><td><a href="/a">Port fees rise again</a></td><td><a href="/b">Ferry timetable changes</a></td></tr></table>',
      'Port fees rise again',
      false,
    ],
    ['<table><tr><td><a href="/a">Port fees rise again</a></td></tr></table>', 'Port fees rise again', false],
    [
      '<table><tr><td>2 tsp</td></tr><tr><td><a href="/salt">Sea salt flakes</a></td></tr></table>',
      'Sea salt flakes',
      false,
    ],
  ])('%s: %s kept %s', (table, cell, kept) => {
    expect(paragraphsOf(`<p>${PROSE}</p>${table}`).includes(cell)).toBe(kept)
  })

  it('drops a heading with a colon over a list of links, with prose after the list', () => {
    const note = 'Ann Lee writes about the harbour and its people every Tuesday.'
    expect(
      paragraphsOf(
        `<p>${PROSE}</p><h3>Earlier in this series:</h3><ul><li><a href="/a">Port fees rise again</a></li></ul><p>${note}</p>`,
      ),
    ).toEqual([PROSE, note])
  })

  it('drops a heading left without text under it, and keeps one over prose', () => {
    expect(paragraphsOf(`<h2>Part one</h2><p>${PROSE}</p><h2>Most read</h2><h3>Also</h3>`)).toEqual([
      'Part one',
      PROSE,
    ])
  })
})

describe('findContentRoot', () => {
  const root = (html: string) => {
    const document = parseMarkup(html)
    return findContentRoot(document, makeFurnitureTest(document)).attributes.get('id')
  }
  const article = [1, 2, 3, 4].map((n) => `<p>${n}. ${PROSE}</p>`).join('')

  it.each([
    [`<body><div id="a">${article}</div><div id="b"><p>${PROSE}</p></div></body>`, 'a'],
    [`<body><div id="w"><div id="a">${article}</div><div>${article}</div></div></body>`, 'w'],
    [`<body><article id="t"><p>Teaser.</p></article><div id="a">${article}</div></body>`, 'a'],
    [
      `<body><main id="m"><header><p>${PROSE}</p></header>${article}</main><aside>${article}</aside></body>`,
      'm',
    ],
    [
      `<body><div id="a" class="l-sidebar-fixed l-article-body">${article}<div class="l-sidebar">x</div></div></body>`,
      'a',
    ],
    // a <main> of <article> parts (a recipe's header, ingredients and method) is the root; beside teasers, the
    // best <article> is
    [
      `<body><main id="m"><article id="h"><p>${PROSE}</p></article><article><ul><li>Two eggs</li></ul></article><article id="a">${article}</article></main></body>`,
      'm',
    ],
    [
      `<body><main id="m"><article id="a">${article}</article><article><h3><a href="/b">Port fees rise again</a></h3><p>${PROSE}</p></article></main></body>`,
      'a',
    ],
    [`<body><main id="m"><article id="a">${article}</article></main></body>`, 'a'],
  ])('%s → #%s', (html, id) => {
    expect(root(html)).toBe(id)
  })

  it('keeps an article header (its standfirst) and drops the site header', () => {
    const html = `<body><header><p>Site slogan and a long line about what the site does for its readers.</p></header><main><article><header><p>${PROSE}</p></header>${article}</article></main></body>`
    const document = parseMarkup(html)
    const isFurniture = makeFurnitureTest(document)
    const paragraphs = readParagraphs(findContentRoot(document, isFurniture), {}, isFurniture)
    expect(paragraphs).toHaveLength(5)
    expect(paragraphs.join(' ')).not.toContain('slogan')
  })
})
