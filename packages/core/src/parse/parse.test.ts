import { describe, expect, it } from 'vitest'
import { parseArticle } from './index.ts'

const slice = (text: string, span: { start: number; end: number } | null) =>
  span ? text.slice(span.start, span.end) : null

describe('parseArticle', () => {
  it.each([
    ['Headline here\n\nMoscow: – Russia said no.', 'Headline here', 'Moscow', 'Russia said no.'],
    ['WASHINGTON (Reuters) - The Senate voted.', null, 'WASHINGTON', 'The Senate voted.'],
    ['A title\n\nPARIS, Jan. 3 — France agreed.', 'A title', 'PARIS', 'France agreed.'],
    ['Just one line of text without a title.', null, null, 'Just one line of text without a title.'],
    ['Title\r\n\r\nBody line one.\r\nBody line two.', 'Title', null, 'Body line one.\r\nBody line two.'],
    ['Note: this is not a dateline. Nor is this.', null, null, 'Note: this is not a dateline. Nor is this.'],
    ['Title\n\n(Reuters) - The Senate voted.', 'Title', null, 'The Senate voted.'],
    ['OREANDA-NEWS. The bank raised rates on Monday.', null, null, 'The bank raised rates on Monday.'],
    ['OREANDA-NEWS.\n\nBank raises rates\n\nThe bank acted.', 'Bank raises rates', null, 'The bank acted.'],
    [
      'Photo: VCG\n\nChina opens a rail line\n\nThe line opened.',
      'China opens a rail line',
      null,
      'The line opened.',
    ],
    [
      'The minister said on Monday that taxes would rise for all families next year.\n\nShe gave no details.',
      null,
      null,
      'The minister said on Monday that taxes would rise for all families next year.\n\nShe gave no details.',
    ],
    // A lead sentence of twenty words or more is body, even with a fresh paragraph after it.
    [
      'The minister said on Monday that the plan for the new road would go ahead next spring, despite protests from farmers.\n\nFarmers were angry.',
      null,
      null,
      'The minister said on Monday that the plan for the new road would go ahead next spring, despite protests from farmers.\n\nFarmers were angry.',
    ],
    [
      'Ravenous goats ruled the island for over a century. Now it is being reborn at last.\n\nThe island recovered.',
      'Ravenous goats ruled the island for over a century. Now it is being reborn at last.',
      null,
      'The island recovered.',
    ],
    [
      "VIDEO: Voting on the estate's future\n\nTenants voted.",
      "VIDEO: Voting on the estate's future",
      null,
      'Tenants voted.',
    ],
    [
      'Stealth Over Health: Hillary Clinton Was Headed to ER But Diverted to Avoid Bad Optics.\n\nThe Post said so.',
      'Stealth Over Health: Hillary Clinton Was Headed to ER But Diverted to Avoid Bad Optics.',
      null,
      'The Post said so.',
    ],
  ])('%j', (text, title, dateline, body) => {
    const parsed = parseArticle(text)
    expect(slice(text, parsed.title)).toBe(title)
    expect(parsed.datelinePlace).toBe(dateline)
    expect(slice(text, parsed.body)).toBe(body)
  })

  it('keeps comment forms and share blocks out of the body', () => {
    const text = 'Title\n\nIt happened.\n\nLeave a Reply\n\nYour email address will not be published.'
    expect(slice(text, parseArticle(text).body)).toBe('It happened.')
  })

  it.each([
    'Subscribe to our Telegram channel',
    'Please enter your comment!',
    'Please enter your name here',
    'Sign up here',
    'Sign up for our daily newsletter',
    '© 2020 CBS Interactive Inc. All Rights Reserved.',
    'Copyright 2021 The Times',
    'Photo: VCG',
    'Image copyright Getty Images',
    'Source: CDC, Chicago Department of Public Health',
    'By Nada Tawfik, BBC News, New York',
    'Download the BBC News app',
    'Topics',
  ])('keeps the line %j out of the body text', (line) => {
    const text = `Title\n\nThe plan was agreed.\n\n${line}\n\nIt starts in May.`
    const parsed = parseArticle(text)
    expect(parsed.paragraphs.map((p) => slice(text, p))).toEqual([
      'The plan was agreed.',
      'It starts in May.',
    ])
  })

  it.each([
    'Sign up for the scheme rose by 40% last year, the ministry said.',
    'By Monday the talks had stalled.',
    'Subscribers paid more this year.',
    'NATO-led troops moved in.',
  ])('keeps the prose line %j', (line) => {
    const text = `Title\n\nThe plan was agreed.\n\n${line}\n\nIt starts in May.`
    expect(parseArticle(text).paragraphs).toHaveLength(3)
  })

  it('handles only whitespace', () => {
    const parsed = parseArticle(' \n\t\u00a0 \n')
    expect(parsed.paragraphs).toEqual([])
    expect(parsed.tokens).toEqual([])
    expect(parsed.body.end).toBeGreaterThanOrEqual(parsed.body.start)
  })

  it('reads non-breaking spaces as spaces without moving any offset', () => {
    const text = 'Title\n\nMoscow:\u00a0– Ryabkov\u00a0said it.\u00a0\u00a0'
    const parsed = parseArticle(text)
    expect(parsed.view.length).toBe(text.length)
    expect(parsed.datelinePlace).toBe('Moscow')
    expect(parsed.tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Ryabkov', 'said', 'it', '.'])
  })
})
