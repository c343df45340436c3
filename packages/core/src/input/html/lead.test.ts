import { describe, expect, it } from 'vitest'
import { extractArticleFromHtml } from './index.ts'

const BODY = [
  'The council met on Tuesday to debate the harbour plan, and the mood in the hall was tense from the start.',
  'Mayor Ruth Olsen said the town could not afford the new quay, whose cost has doubled since the spring.',
  'Councillor Tom Baker replied that the plan would pay for itself within ten years, as fees would rise.',
  'Fishermen on the quay said they had not been asked, and that the new berths would be too small for them.',
  'The harbour master would not say which side he favoured, but he warned that the old pier was failing.',
  'A survey last year found cracks in two of its pillars, and the council closed the far end to the public.',
]
const LEAD =
  'The harbour plan splits the town council, and the vote on Friday may be decided by a single member.'

// A page whose lead sits in a band above the body's column, and whose description is `description`. Three levels
// of the column hold a line beside the story, so that the band is out of the content's reach (widenContent): only
// the description finds the lead.
const page = (description: string, leadClass = 'standfirst') =>
  `<html><head><meta property="og:description" content="${description}"></head><body>` +
  `<div class="hero"><h1>Harbour plan</h1><p class="${leadClass}">${LEAD}</p></div>` +
  '<div class="columns"><p>Weather</p><div class="main-column"><div class="inner"><p>Local</p><div class="wrap"><p>Print</p>' +
  '<div class="story">' +
  `${BODY.map((p) => `<p>${p}</p>`).join('')}</div></div></div>` +
  '<div class="more"><p><a href="/a">Other story one about something else</a></p></div></div></div></body></html>'

// Each row: the page's description, the lead's class, and whether the lead comes first in the body.
describe('findLead through extractArticleFromHtml', () => {
  it.each([
    [LEAD, 'standfirst', true],
    [`${LEAD.slice(0, 60)}…`, 'standfirst', true],
    [LEAD.toUpperCase(), 'standfirst', true],
    // the description edited after its first 60 characters
    [`${LEAD.slice(0, 64)} will be close, members say.`, 'standfirst', true],
    [`${LEAD.slice(0, 30)} is the talk of the harbour this week.`, 'standfirst', false],
    // a class that names furniture elsewhere ("caption" as a type size, "teaser") does not hide the lead
    [LEAD, 'caption-large hero-teaser', true],
    ['A page about the town and its harbour, with news every day.', 'standfirst', false],
    ['Short', 'standfirst', false],
  ])('description %s, class %s: lead kept %s', (description, leadClass, kept) => {
    const paragraphs = extractArticleFromHtml(page(description, leadClass)).text.split('\n\n')
    expect(paragraphs.includes(LEAD)).toBe(kept)
    if (kept) expect(paragraphs.indexOf(LEAD)).toBe(paragraphs.indexOf(BODY[0] as string) - 1)
    expect(paragraphs.filter((paragraph) => paragraph === LEAD).length).toBeLessThanOrEqual(1)
  })
})

// A page whose lead sits in a header at the top of the main column, beside the title and a menu.
const headed = (lead: string, first: string) =>
  `<html><head><meta property="og:description" content="${LEAD}"></head><body><main>` +
  `<header class="intro-header"><nav><a href="/">Home</a> <a href="/news">News</a></nav><h1>Harbour plan</h1>` +
  `<p class="lead">${lead}</p></header>` +
  `<div class="text"><p>${first}</p>${BODY.map((p) => `<p>${p}</p>`).join('')}</div></main></body></html>`
const FIRST_SENTENCE = 'The harbour plan splits the town council.'

// Each row: the lead in the header, the body's first paragraph, and how often the lead is in the text.
describe('a lead in a header', () => {
  it.each([
    [LEAD, 'It is a long story, and it began in the spring.', 1],
    // the body opens with the lead's first sentence only: the lead's rest is still wanted
    [LEAD, `${FIRST_SENTENCE} It is a long story, and it began in the spring.`, 1],
    // the body holds the whole lead: it is not repeated
    [LEAD, `${LEAD} It is a long story, and it began in the spring.`, 0],
  ])('lead %s, body opening %s: lead paragraphs %i', (lead, first, count) => {
    const paragraphs = extractArticleFromHtml(headed(lead, first)).text.split('\n\n')
    expect(paragraphs.filter((paragraph) => paragraph === lead).length).toBe(count)
    expect(paragraphs.join(' ')).not.toContain('Home News')
  })
})
