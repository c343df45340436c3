import { type Analysis, AnalysisSchema } from '../schemas/analysis.ts'
import type { Span } from '../schemas/span.ts'

// A short article written for these tests: an astral character in the title (so code points and UTF-16
// offsets differ), an interrupted quote, a quote that starts like a spreadsheet formula, commas and quotes.
const text = [
  'Ministers clash over 🚀 levies',
  '',
  'LONDON (Wire) - "We will not accept this," Jane Doe said, "not now, not ever." The Foreign Minister blamed France.',
  '',
  'Acme Corp said it had not commented. "=1+2, as they say," an official said.',
].join('\n')

function span(needle: string, from = 0): Span {
  const start = text.indexOf(needle, from)
  if (start === -1) throw new Error(`fixture text lacks ${needle}`)
  return { start, end: start + needle.length }
}

const quote = span('"We will not accept this," Jane Doe said, "not now, not ever."')

/** A hand-built Analysis that satisfies AnalysisSchema, for format tests. */
export const sampleAnalysis: Analysis = AnalysisSchema.parse({
  article: {
    id: 'a_00000000000000aa',
    title: 'Ministers clash over 🚀 levies',
    dateline: 'LONDON',
    text,
    titleSpan: span('Ministers clash over 🚀 levies'),
    body: { start: span('"We will').start, end: text.length },
    paragraphs: [
      { start: span('"We will').start, end: span('France.').end },
      span(text.slice(text.indexOf('Acme'))),
    ],
    url: 'https://news.example.com/2024/levies',
    publishedAt: '2024-03-05T10:00:00Z',
    source: 'Example News',
    byline: 'Ann Writer',
  },
  actors: [
    {
      id: 'person:jane-doe',
      name: 'Jane Doe',
      kind: 'person',
      role: 'Foreign Minister',
      affiliation: 'country:united-kingdom',
      aliases: ['Doe'],
      mentions: [span('Jane Doe')],
    },
    { id: 'country:france', name: 'France', kind: 'country', aliases: [], mentions: [span('France')] },
    {
      id: 'organization:acme-corp',
      name: 'Acme Corp',
      kind: 'organization',
      aliases: ['Acme'],
      mentions: [span('Acme Corp')],
    },
    { id: 'group:officials', name: 'officials', kind: 'group', aliases: [], mentions: [] },
  ],
  statements: [
    {
      id: 's_0000000000000001',
      speaker: 'person:jane-doe',
      source: span('Jane Doe'),
      cue: span('said'),
      content: { start: quote.start + 1, end: quote.end - 1 },
      contentParts: [span('We will not accept this,'), span('not now, not ever.')],
      mode: 'direct',
      negated: false,
      stance: { target: 'country:france', polarity: 'oppose' },
    },
    {
      id: 's_0000000000000002',
      speaker: 'organization:acme-corp',
      source: span('Acme Corp'),
      cue: span('had not commented'),
      content: span('had not commented'),
      mode: 'indirect',
      negated: true,
    },
    {
      id: 's_0000000000000003',
      speaker: null,
      speakerReason: 'anonymous',
      source: span('an official'),
      cue: span('said', span('an official').end),
      content: span('=1+2, as they say,'),
      mode: 'direct',
      negated: false,
    },
  ],
  extractor: { name: 'whosaid', version: '0.0.0-test' },
})
