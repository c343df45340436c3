import type { Token } from './document.ts'

// Abbreviations that keep their period. Lower-cased, without the period.
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm maj pres st ave rd blvd mt ft jr sr inc corp co ltd llc bros vs etc no nos dept est approx jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo rev hon messrs mmes govt univ'.split(
    ' ',
  ),
)

const CLITICS = ["n't", "'s", "'re", "'ve", "'ll", "'d", "'m"]

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
  let i = start
  while (i < end) {
    const code = view.charCodeAt(i)
    if (code === 0x20 || code === 0x0a) {
      i++
      continue
    }
    if (!isWordChar(code)) {
      i = pushPunctuation(view, i, end, tokens)
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
    if (j < end && view.charCodeAt(j) === 0x2e) {
      const word = view.slice(i, j)
      if (word.includes('.') || ABBREVIATIONS.has(word.toLowerCase()) || /^[A-Z]$/.test(word)) j++
    }
    pushWord(view, i, j, tokens)
    i = j
  }
  return tokens
}

function isDigit(view: string, i: number): boolean {
  const c = view.charCodeAt(i)
  return c >= 0x30 && c <= 0x39
}

/** Pushes a word, split before a clitic ("Russia" + "'s", "do" + "n't"). */
function pushWord(view: string, start: number, end: number, tokens: Token[]): void {
  const lower = view.slice(start, end).toLowerCase()
  for (const clitic of CLITICS) {
    if (lower.length > clitic.length && lower.endsWith(clitic)) {
      const cut = end - clitic.length
      tokens.push({ start, end: cut, text: view.slice(start, cut) })
      tokens.push({ start: cut, end, text: view.slice(cut, end) })
      return
    }
  }
  tokens.push({ start, end, text: view.slice(start, end) })
}

/** Pushes one punctuation token: a run of the same dash or period ("--", "...") or a single mark. */
function pushPunctuation(view: string, i: number, end: number, tokens: Token[]): number {
  const code = view.charCodeAt(i)
  let j = i + 1
  if (code === 0x2e || code === 0x2d) {
    while (j < end && view.charCodeAt(j) === code) j++
  } else if (code >= 0xd800 && code <= 0xdbff && j < end) {
    j++
  }
  tokens.push({ start: i, end: j, text: view.slice(i, j) })
  return j
}
