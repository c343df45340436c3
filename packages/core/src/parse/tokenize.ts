import type { Token } from './document.ts'
import { type Lexeme, lexemeIn } from './lexemes.ts'

// Abbreviations that keep their period. Lower-cased, without the period.
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm maj pres st ave rd blvd mt ft jr sr inc corp co ltd llc bros vs etc no nos dept est approx jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo rev hon messrs mmes govt univ'.split(
    ' ',
  ),
)

// Abbreviations that are also everyday words ("he said no.", "she was ill.", "the mass."): written in lower case,
// they keep their period only before a number ("no. 5"); capitalized, as abbreviations ("No. 10", "Ill.").
const ALSO_WORDS = new Set('no nos ill mass miss wash sun sat wed mar ore est'.split(' '))

/** Whether a code unit is a letter or digit in any script (surrogates count, so astral letters stay whole). */
function isWordChar(code: number): boolean {
  if (code < 0x80) {
    return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
  }
  if (code >= 0xd800 && code <= 0xdfff) return true
  let known = WORD_CHAR_CACHE[code]
  if (known === 0) {
    known = /[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(code)) ? 1 : 2
    WORD_CHAR_CACHE[code] = known
  }
  return known === 1
}

// 0 = not yet looked up, 1 = letter, digit or mark, 2 = anything else.
const WORD_CHAR_CACHE = new Uint8Array(0x10000)

/**
 * Whether the period at `i` is internal to a word such as "U.S.", "e.g." or "3.5" (a letter or digit follows),
 * rather than the end of a sentence a scraper glued to the next ("stability.For some time"): a word of two or
 * more lower-case letters, then a capitalized word.
 */
function joinsWord(view: string, i: number, end: number): boolean {
  const next = view.charCodeAt(i + 1)
  if (i + 1 >= end || !isWordChar(next)) return false
  return !(
    isLower(view.charCodeAt(i - 1)) &&
    isLower(view.charCodeAt(i - 2)) &&
    isUpper(next) &&
    isLower(view.charCodeAt(i + 2))
  )
}

function isLower(code: number): boolean {
  return code >= 0x61 && code <= 0x7a
}

function isUpper(code: number): boolean {
  return code >= 0x41 && code <= 0x5a
}

/**
 * Splits the view into word and punctuation tokens the way CoNLL-2003 and the Penn Treebank do:
 * "U.S." and "Mr." stay whole, "Russia's" is "Russia" + "'s", "don't" is "do" + "n't", hyphenated words stay whole.
 * Linear in the length of the text.
 * @example tokenize("Russia's U.S. envoy", 0, 19).map((t) => t.text) // ["Russia", "'s", "U.S.", "envoy"]
 */
export function tokenize(view: string, start = 0, end = view.length): Token[] {
  const tokens: Token[] = []
  scanTokens(view, start, end, tokens, NOT_INTERNED)
  return tokens
}

/**
 * Appends the tokens of the view between `start` and `end` to `tokens`, each token keeping its lexeme's text: one
 * string per distinct word rather than one per token, and none made for a word seen before; and pushes their
 * lexemes to `lexemes` when given, a list or a WordNumbering (a token's lexeme is also `lexemeOf(token.text)`).
 * @example tokenizeInto('he said', 0, 7, tokens, lexemes) // tokens gets 'he', 'said'; lexemes their lexemes
 */
export function tokenizeInto(
  view: string,
  start: number,
  end: number,
  tokens: Token[],
  lexemes: LexemeList | null = null,
): void {
  scanTokens(view, start, end, tokens, lexemes)
}

/** What takes the lexemes of the tokens, in order: a list, or a WordNumbering. */
export interface LexemeList {
  push(lexeme: Lexeme): unknown
}

/** Where the scan puts each token's lexeme: a list, nowhere (null), or NOT_INTERNED. */
type LexemeSink = LexemeList | null | typeof NOT_INTERNED

/** What `tokenize` passes for the lexemes: token texts sliced from the view, not looked up in the lexeme table. */
const NOT_INTERNED: readonly Lexeme[] = Object.freeze([])

function scanTokens(view: string, start: number, end: number, tokens: Token[], lexemes: LexemeSink): void {
  let i = start
  while (i < end) {
    const code = view.charCodeAt(i)
    if (code === 0x20 || code === 0x0a) {
      i++
      continue
    }
    if (!isWordChar(code)) {
      i = pushPunctuation(view, i, end, tokens, lexemes)
      continue
    }
    let j = i + 1
    // A word: letters and digits, joined by inner hyphens, periods, apostrophes, commas in numbers, ampersands.
    while (j < end) {
      const c = view.charCodeAt(j)
      if (isWordChar(c)) j++
      else if ((c === 0x2d || c === 0x26 || c === 0x2f) && j + 1 < end && isWordChar(view.charCodeAt(j + 1)))
        j += 2
      else if (c === 0x2e && joinsWord(view, j, end)) j += 2
      else if (c === 0x2c && isDigit(view, j - 1) && isDigit(view, j + 1)) j += 2
      else if (c === 0x27 && j + 1 < end && isWordChar(view.charCodeAt(j + 1))) j += 2
      else break
    }
    // A trailing period belongs to an abbreviation ("Mr.", "Jan.") or a dotted acronym ("U.S.").
    if (j < end && view.charCodeAt(j) === 0x2e && keepsPeriod(view, i, j)) j++
    pushWord(view, i, j, tokens, lexemes)
    i = j
  }
}

/**
 * Whether the word between `start` and `end`, a period after it, is an abbreviation or a dotted acronym; an amount
 * with a decimal point ("£4.3bn.") ends its sentence.
 */
function keepsPeriod(view: string, start: number, end: number): boolean {
  if (end - start === 1) return isUpper(view.charCodeAt(start))
  const word = view.slice(start, end)
  if (word.includes('.')) return !isDigit(view, start)
  const lower = word.toLowerCase()
  if (!ABBREVIATIONS.has(lower)) return false
  return !ALSO_WORDS.has(lower) || word !== lower || isDigit(view, nextNonSpace(view, end + 1))
}

/** The index of the first character at or after `i` that is not a space (the view's length when none is). */
function nextNonSpace(view: string, i: number): number {
  let at = i
  while (at < view.length && view.charCodeAt(at) === 0x20) at++
  return at
}

function isDigit(view: string, i: number): boolean {
  const c = view.charCodeAt(i)
  return c >= 0x30 && c <= 0x39
}

/** Pushes a word, split before a clitic ("Russia" + "'s", "do" + "n't"). */
function pushWord(view: string, start: number, end: number, tokens: Token[], lexemes: LexemeSink): void {
  const clitic = cliticLength(view, start, end)
  if (clitic > 0) {
    pushToken(view, start, end - clitic, tokens, lexemes)
    pushToken(view, end - clitic, end, tokens, lexemes)
  } else {
    pushToken(view, start, end, tokens, lexemes)
  }
}

/**
 * The length of the clitic the word between `start` and `end` ends with, in any case ("n't", "'s", "'RE"), or 0;
 * a word that is nothing but the clitic keeps it.
 */
function cliticLength(view: string, start: number, end: number): number {
  const length = end - start
  if (length < 3) return 0
  const last = lowerAscii(view.charCodeAt(end - 1))
  const middle = lowerAscii(view.charCodeAt(end - 2))
  const first = length > 3 ? lowerAscii(view.charCodeAt(end - 3)) : 0
  // "n't"
  if (first === 0x6e && middle === 0x27 && last === 0x74) return 3
  // "'s", "'d", "'m"
  if (middle === 0x27) return last === 0x73 || last === 0x64 || last === 0x6d ? 2 : 0
  // "'re", "'ve", "'ll"
  if (first !== 0x27) return 0
  return (middle === 0x72 && last === 0x65) ||
    (middle === 0x76 && last === 0x65) ||
    (middle === 0x6c && last === 0x6c)
    ? 3
    : 0
}

/** A code unit in lower case if it is an ASCII capital. */
function lowerAscii(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code + 0x20 : code
}

function pushToken(view: string, start: number, end: number, tokens: Token[], lexemes: LexemeSink): void {
  if (lexemes === NOT_INTERNED) {
    tokens.push({ start, end, text: view.slice(start, end) })
    return
  }
  const lexeme = lexemeIn(view, start, end)
  tokens.push({ start, end, text: lexeme.text })
  if (lexemes !== null) (lexemes as LexemeList).push(lexeme)
}

/** Pushes one punctuation token: a run of the same dash or period ("--", "...") or a single mark. */
function pushPunctuation(view: string, i: number, end: number, tokens: Token[], lexemes: LexemeSink): number {
  const code = view.charCodeAt(i)
  let j = i + 1
  if (code === 0x2e || code === 0x2d) {
    while (j < end && view.charCodeAt(j) === code) j++
  } else if (code >= 0xd800 && code <= 0xdbff && j < end) {
    j++
  }
  pushToken(view, i, j, tokens, lexemes)
  return j
}
