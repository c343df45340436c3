import type { Actor, Analysis, Statement } from '@whosaid/core/schemas'

// Short articles written for these tests, with hand-placed actors and statements; offsets are found by
// searching the text so that editing a sentence cannot leave a span pointing at the wrong words.

interface Span {
  start: number
  end: number
}

/** The span of `word` inside the first occurrence of `phrase`. */
export function within(text: string, phrase: string, word: string): Span {
  const outer = at(text, phrase)
  const start = outer.start + phrase.indexOf(word)
  return { start, end: start + word.length }
}

/** The span of the n-th occurrence of `needle` in `text`. */
export function at(text: string, needle: string, nth = 0): Span {
  let start = -1
  for (let i = 0; i <= nth; i++) {
    start = text.indexOf(needle, start + 1)
    if (start < 0) throw new Error(`fixture: "${needle}" #${nth} is not in the text`)
  }
  return { start, end: start + needle.length }
}

function paragraphsOf(text: string, from: number): Span[] {
  const spans: Span[] = []
  let start = from
  for (const piece of text.slice(from).split('\n\n')) {
    const lead = piece.length - piece.trimStart().length
    const body = piece.trim()
    if (body) spans.push({ start: start + lead, end: start + lead + body.length })
    start += piece.length + 2
  }
  return spans
}

function analysis(
  id: string,
  text: string,
  title: string | null,
  dateline: string | null,
  actors: Actor[],
  statements: Statement[],
  publishedAt?: string,
): Analysis {
  const titleSpan = title ? at(text, title) : null
  const datelineSpan = dateline ? at(text, `${dateline}: –`) : null
  const bodyStart = datelineSpan ? datelineSpan.end + 1 : titleSpan ? titleSpan.end : 0
  return {
    article: {
      id,
      title,
      dateline,
      text,
      titleSpan,
      datelineSpan,
      body: { start: bodyStart, end: text.length },
      paragraphs: paragraphsOf(text, bodyStart),
      ...(publishedAt ? { publishedAt } : {}),
      source: 'Fixture Gazette',
    },
    actors,
    statements,
    relations: [],
    extractor: { name: 'fixture', version: '0' },
  }
}

const budgetText = `Mayor rejects council budget plan

Springfield: – Mayor Ann Lee said on Monday that the council's budget plan would fail. "We will not accept these cuts," Lee told reporters outside City Hall.

The council's chair, Tom Ray, said Lee was wrong about the numbers. "The plan is fair to every district," Ray said, "and the mayor knows it."

The Springfield Teachers Union backed the mayor, according to a statement from its president, Mia Cole.`

function budget(): Analysis {
  const t = budgetText
  const lee: Actor = {
    id: 'person:ann-lee',
    name: 'Ann Lee',
    kind: 'person',
    role: 'Mayor',
    aliases: ['Lee'],
    mentions: [at(t, 'Ann Lee'), at(t, 'Lee', 1), at(t, 'Lee', 2)],
    references: [{ span: at(t, 'the mayor'), form: 'title' }],
  }
  const council: Actor = {
    id: 'organization:springfield-council',
    name: 'Springfield Council',
    kind: 'organization',
    aliases: ['council'],
    mentions: [at(t, 'council', 0), at(t, 'council', 1), at(t, 'council', 2)],
  }
  const ray: Actor = {
    id: 'person:tom-ray',
    name: 'Tom Ray',
    kind: 'person',
    role: 'chair',
    affiliation: 'organization:springfield-council',
    aliases: ['Ray'],
    mentions: [at(t, 'Tom Ray'), within(t, 'Ray said', 'Ray')],
  }
  const union: Actor = {
    id: 'organization:springfield-teachers-union',
    name: 'Springfield Teachers Union',
    kind: 'organization',
    aliases: [],
    mentions: [at(t, 'Springfield Teachers Union')],
  }
  const cole: Actor = {
    id: 'person:mia-cole',
    name: 'Mia Cole',
    kind: 'person',
    role: 'president',
    affiliation: 'organization:springfield-teachers-union',
    aliases: [],
    mentions: [at(t, 'Mia Cole')],
  }
  const statements: Statement[] = [
    {
      id: 's_0000000000000001',
      speaker: lee.id,
      source: at(t, 'Mayor Ann Lee'),
      cue: within(t, 'said on Monday', 'said'),
      content: at(t, "the council's budget plan would fail"),
      mode: 'indirect',
      negated: false,
      stance: { target: council.id, polarity: 'oppose' },
    },
    {
      id: 's_0000000000000002',
      speaker: lee.id,
      source: at(t, 'Lee', 1),
      cue: at(t, 'told'),
      content: at(t, 'We will not accept these cuts'),
      mode: 'direct',
      negated: false,
      stance: { target: council.id, polarity: 'oppose' },
    },
    {
      id: 's_0000000000000003',
      speaker: ray.id,
      source: at(t, "The council's chair, Tom Ray"),
      cue: within(t, 'said Lee', 'said'),
      content: at(t, 'Lee was wrong about the numbers'),
      mode: 'indirect',
      negated: false,
      stance: { target: lee.id, polarity: 'oppose' },
    },
    {
      id: 's_0000000000000004',
      speaker: ray.id,
      source: within(t, 'Ray said', 'Ray'),
      cue: within(t, 'Ray said', 'said'),
      content: at(t, 'The plan is fair to every district," Ray said, "and the mayor knows it'),
      contentParts: [at(t, 'The plan is fair to every district'), at(t, 'and the mayor knows it')],
      mode: 'direct',
      negated: false,
      stance: { target: council.id, polarity: 'support' },
    },
    {
      id: 's_0000000000000005',
      speaker: union.id,
      source: at(t, 'The Springfield Teachers Union'),
      cue: at(t, 'according to'),
      content: at(t, 'The Springfield Teachers Union backed the mayor'),
      mode: 'indirect',
      negated: false,
      stance: { target: lee.id, polarity: 'support' },
    },
  ]
  return analysis(
    'a_00000000000000b1',
    t,
    'Mayor rejects council budget plan',
    'Springfield',
    [lee, council, ray, union, cole],
    statements,
    '2024-03-04T09:00:00Z',
  )
}

const bridgeText = `Council delays bridge vote

The Springfield Council postponed its vote on the river bridge. Ann Lee called the delay "a gift to nobody". An engineer, who asked not to be named, said the bridge was safe.`

function bridge(): Analysis {
  const t = bridgeText
  const statements: Statement[] = [
    {
      id: 's_0000000000000011',
      speaker: 'person:ann-lee',
      source: at(t, 'Ann Lee'),
      cue: at(t, 'called'),
      content: at(t, 'a gift to nobody'),
      mode: 'direct',
      negated: false,
      stance: { target: 'organization:springfield-council', polarity: 'blame' },
    },
    {
      id: 's_0000000000000012',
      speaker: null,
      speakerReason: 'anonymous',
      source: at(t, 'An engineer, who asked not to be named'),
      cue: within(t, 'said the', 'said'),
      content: at(t, 'the bridge was safe'),
      mode: 'indirect',
      negated: false,
    },
  ]
  const actors: Actor[] = [
    {
      id: 'organization:springfield-council',
      name: 'Springfield Council',
      kind: 'organization',
      aliases: [],
      mentions: [at(t, 'Springfield Council')],
    },
    { id: 'person:ann-lee', name: 'Ann Lee', kind: 'person', aliases: [], mentions: [at(t, 'Ann Lee')] },
  ]
  return analysis(
    'a_00000000000000b2',
    t,
    'Council delays bridge vote',
    null,
    actors,
    statements,
    '2024-03-11T12:00:00Z',
  )
}

/** Markup that must show as text: a script, an image with onerror, and a closing script tag in a quote. */
export const hostileText = `<script>window.__pwned = 1</script> Markup <b>test</b>

Ann Lee said "</script><img src=x onerror="window.__pwned = 2"> is not markup".`

function hostile(): Analysis {
  const t = hostileText
  return analysis(
    'a_00000000000000b3',
    t,
    '<script>window.__pwned = 1</script> Markup <b>test</b>',
    null,
    [{ id: 'person:ann-lee', name: 'Ann Lee', kind: 'person', aliases: [], mentions: [at(t, 'Ann Lee')] }],
    [
      {
        id: 's_0000000000000021',
        speaker: 'person:ann-lee',
        source: at(t, 'Ann Lee'),
        cue: at(t, 'said'),
        content: at(t, '</script><img src=x onerror="window.__pwned = 2"> is not markup'),
        mode: 'direct',
        negated: false,
      },
    ],
  )
}

/** The fixture articles, newest first once dated: the budget row, the bridge vote, and a hostile text. */
export function fixtureAnalyses(): Analysis[] {
  return [budget(), bridge(), hostile()]
}
