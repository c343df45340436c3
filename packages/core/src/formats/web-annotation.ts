import type { Analysis } from '../schemas/analysis.ts'
import type { Statement } from '../schemas/statement.ts'
import { indexActors, iri, sliceSpan, toList } from './spans.ts'

/** A W3C TextQuoteSelector: the quoted words with a little context either side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector'
  exact: string
  prefix: string
  suffix: string
}

/** A W3C TextPositionSelector: start and end in Unicode code points (not UTF-16 units), end exclusive. */
export interface TextPositionSelector {
  type: 'TextPositionSelector'
  start: number
  end: number
}

/** A body of an annotation: a short text, or a link to an actor. */
export type AnnotationBody =
  | { type: 'TextualBody'; purpose: 'describing' | 'tagging'; value: string; format: 'text/plain' }
  | { type: 'SpecificResource'; purpose: 'identifying'; source: string }

/** One W3C Web Annotation: a statement anchored in its article's text. */
export interface WebAnnotation {
  id: string
  type: 'Annotation'
  motivation: 'identifying'
  body: AnnotationBody[]
  target: {
    source: string
    scope?: string
    selector: [TextQuoteSelector, TextPositionSelector]
  }
}

/** A W3C AnnotationPage holding one annotation per statement. */
export interface AnnotationPage {
  '@context': 'http://www.w3.org/ns/anno.jsonld'
  type: 'AnnotationPage'
  items: WebAnnotation[]
}

/** Options for the Web Annotation export. */
export interface WebAnnotationOptions {
  /** How many UTF-16 units of context the quote selector keeps on each side. Default 32. */
  context?: number
}

/**
 * Anchors every statement in its article's text as a W3C Web Annotation with a TextQuoteSelector (exact,
 * prefix, suffix) and a TextPositionSelector. The target's `source` is the article (`urn:whosaid:article:…`,
 * whose text is `article.text`), and its `scope` the page URL when known. Positions count Unicode code points,
 * as the W3C model requires: they equal the UTF-16 offsets of the spans unless the text has astral characters.
 * @example toWebAnnotations(analyze(text)).items[0].target.selector[0].exact // what the first statement says
 */
export function toWebAnnotations(
  input: Analysis | readonly Analysis[],
  options: WebAnnotationOptions = {},
): AnnotationPage {
  const context = options.context ?? 32
  const items: WebAnnotation[] = []
  for (const analysis of toList(input)) {
    const { text } = analysis.article
    const offsets = analysis.statements.flatMap(({ content }) => [content.start, content.end])
    const codePoints = countCodePoints(text, offsets)
    for (const statement of analysis.statements) {
      const { start, end } = statement.content
      items.push({
        id: iri.statement(statement.id),
        type: 'Annotation',
        motivation: 'identifying',
        body: annotationBodies(analysis, statement),
        target: {
          source: iri.article(analysis.article.id),
          ...(analysis.article.url === undefined ? {} : { scope: analysis.article.url }),
          selector: [
            {
              type: 'TextQuoteSelector',
              exact: text.slice(start, end),
              ...quoteContext(text, start, end, context),
            },
            {
              type: 'TextPositionSelector',
              start: codePoints.get(start) ?? start,
              end: codePoints.get(end) ?? end,
            },
          ],
        },
      })
    }
  }
  return { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationPage', items }
}

/**
 * Serializes the Web Annotation export (see `toWebAnnotations`) as JSON-LD, ending with a newline.
 * @example formatWebAnnotations(analyze(text)) // '{\n  "@context": "http://www.w3.org/ns/anno.jsonld",…'
 */
export function formatWebAnnotations(
  input: Analysis | readonly Analysis[],
  options: WebAnnotationOptions = {},
): string {
  return `${JSON.stringify(toWebAnnotations(input, options), null, 2)}\n`
}

function annotationBodies(analysis: Analysis, statement: Statement): AnnotationBody[] {
  const actors = indexActors(analysis)
  const speaker = statement.speaker === null ? undefined : actors.get(statement.speaker)
  const cue = sliceSpan(analysis.article.text, statement.cue)
  const who = speaker
    ? `Statement by ${speaker.name}`
    : `Unattributed statement (${statement.speakerReason ?? 'unknown'})`
  const how = `${statement.mode}${statement.negated ? ', negated' : ''}${cue ? `, cue "${cue}"` : ''}`
  const bodies: AnnotationBody[] = [
    { type: 'TextualBody', purpose: 'describing', value: `${who}: ${how}`, format: 'text/plain' },
  ]
  if (statement.speaker !== null) {
    bodies.push({ type: 'SpecificResource', purpose: 'identifying', source: iri.actor(statement.speaker) })
  }
  if (statement.stance) {
    const { polarity, target } = statement.stance
    const value = `${polarity} ${actors.get(target)?.name ?? target}`
    bodies.push({ type: 'TextualBody', purpose: 'tagging', value, format: 'text/plain' })
  }
  return bodies
}

// The context either side, cut so that it never splits a surrogate pair.
function quoteContext(
  text: string,
  start: number,
  end: number,
  size: number,
): { prefix: string; suffix: string } {
  let from = Math.max(0, start - size)
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from++
  let to = Math.min(text.length, end + size)
  if (to < text.length && isLowSurrogate(text.charCodeAt(to))) to--
  return { prefix: text.slice(from, Math.max(from, start)), suffix: text.slice(Math.min(end, to), to) }
}

/** Maps UTF-16 offsets to Unicode code point offsets in one pass over the text. */
export function countCodePoints(text: string, offsets: readonly number[]): Map<number, number> {
  const sorted = [...new Set(offsets)].sort((a, b) => a - b)
  const counts = new Map<number, number>()
  let index = 0
  let points = 0
  for (const offset of sorted) {
    while (index < offset && index < text.length) {
      // A low surrogate after a high one is the second half of the same code point.
      if (
        !(isLowSurrogate(text.charCodeAt(index)) && index > 0 && isHighSurrogate(text.charCodeAt(index - 1)))
      )
        points++
      index++
    }
    counts.set(offset, points)
  }
  return counts
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}
