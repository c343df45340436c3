import type { Span } from '../schemas/span.ts'
import type { Sentence, Token } from './document.ts'

// Words after which a dotted acronym such as "U.S." most likely ended its sentence.
const SENTENCE_STARTERS = new Set(
  'The A An He She It They We I But And In On At This That These Those There His Her Their Its Our After Before When While However Meanwhile Still Yet So If As For'.split(
    ' ',
  ),
)

const CLOSERS = new Set(['"', "'", ')', ']', '}'])

/**
 * Groups the tokens of each paragraph into sentences: a sentence ends at ".", "!" or "?" (with any closing
 * quotes or brackets after it) when the next token starts a new sentence; a paragraph always ends one.
 * @example splitSentences(tokens, paragraphs) // [{ start, end, firstToken, lastToken, paragraph }]
 */
export function splitSentences(tokens: readonly Token[], paragraphs: readonly Span[]): Sentence[] {
  const sentences: Sentence[] = []
  let t = 0
  paragraphs.forEach((paragraph, p) => {
    while (t < tokens.length && (tokens[t] as Token).end <= paragraph.start) t++
    let first = t
    while (t < tokens.length && (tokens[t] as Token).start < paragraph.end) {
      const token = tokens[t] as Token
      t++
      if (!endsSentence(token, tokens, t)) continue
      while (t < tokens.length && CLOSERS.has((tokens[t] as Token).text) && startsAfter(tokens, t)) t++
      if (
        t < tokens.length &&
        (tokens[t] as Token).start < paragraph.end &&
        !opensSentence(tokens[t] as Token)
      )
        continue
      sentences.push(makeSentence(tokens, first, t, p))
      first = t
    }
    if (t > first) sentences.push(makeSentence(tokens, first, t, p))
  })
  return sentences
}

/** Whether the token at t directly follows the previous one (a closing quote, not an opening one). */
function startsAfter(tokens: readonly Token[], t: number): boolean {
  const previous = tokens[t - 1] as Token
  const token = tokens[t] as Token
  return token.start === previous.end
}

function endsSentence(token: Token, tokens: readonly Token[], next: number): boolean {
  const { text } = token
  if (text === '.' || text === '!' || text === '?' || text === '...') return true
  // "U.S." at the end of a sentence swallows the period: split only before a word that usually starts one.
  if (text.length > 3 && /^(?:[A-Za-z]\.){2,}$/.test(text)) {
    const following = tokens[next]
    return following !== undefined && SENTENCE_STARTERS.has(following.text)
  }
  return false
}

// Marks that go on with the sentence before them: "Ann Lee, R-Ky., said" and "Acme Ltd., the maker" are one sentence.
const CONTINUING_MARKS = new Set([',', ';', ':'])

function opensSentence(token: Token): boolean {
  if (CONTINUING_MARKS.has(token.text)) return false
  const c = token.text.charAt(0)
  return c.toUpperCase() === c
}

function makeSentence(tokens: readonly Token[], first: number, last: number, paragraph: number): Sentence {
  return {
    start: (tokens[first] as Token).start,
    end: (tokens[last - 1] as Token).end,
    firstToken: first,
    lastToken: last,
    paragraph,
  }
}
