/**
 * A distinct token text, numbered once: later stages keep what they work out about a word (its shape, stem,
 * hashes) in arrays indexed by the number, so a token costs one text lookup here rather than one in every stage.
 */
export interface Lexeme {
  readonly id: number
  readonly text: string
  /** Which numbering the id belongs to: the table starts over when full, and stages start their arrays over. */
  readonly generation: number
  /**
   * The word's number in the article being numbered, valid while `numbering` is that article's stamp: kept on the
   * lexeme, which the tokenizer has in hand, so that numbering a token reads no table (see word-numbers.ts).
   */
  numbering: number
  number: number
}

/** The most distinct texts the table holds before it starts over. */
const LIMIT = 200_000
/** The most characters of text it holds before it starts over: a few long words must not outweigh many short ones. */
const CHARACTER_LIMIT = 2_000_000
let generation = 0
/** Characters of text the table holds. */
let heldCharacters = 0
/** The lexemes by id, in the order they were first seen. */
let lexemes: Lexeme[] = []
/** The hash of each lexeme's text, by id, so that the table grows without reading a text again. */
let hashes = new Int32Array(1024)
/**
 * Open addressing over lexeme ids (id + 1; 0 is an empty slot), at most half full. A token is looked up by the
 * characters of the text it lies in, so a word seen before costs no string of its own.
 */
let slots = new Int32Array(2048)

/** FNV-1a over the code units of `text` from `start` to `end`. */
function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  // As a 32-bit integer, the form the table keeps it in, also when no character was mixed in.
  return h | 0
}

function sameText(known: string, text: string, start: number, end: number): boolean {
  if (known.length !== end - start) return false
  for (let i = 0; i < known.length; i++) if (known.charCodeAt(i) !== text.charCodeAt(start + i)) return false
  return true
}

/** The lexeme of `text.slice(start, end)`, numbered the first time that text is seen. */
function internRange(text: string, start: number, end: number): Lexeme {
  const hash = hashRange(text, start, end)
  let mask = slots.length - 1
  let slot = hash & mask
  for (let id = slots[slot] as number; id !== 0; id = slots[slot] as number) {
    if (hashes[id - 1] === hash && sameText((lexemes[id - 1] as Lexeme).text, text, start, end))
      return lexemes[id - 1] as Lexeme
    slot = (slot + 1) & mask
  }
  if (lexemes.length >= LIMIT || heldCharacters + (end - start) > CHARACTER_LIMIT) {
    startOver()
    mask = slots.length - 1
    slot = hash & mask
  } else if ((lexemes.length + 1) * 2 > slots.length) {
    grow()
    mask = slots.length - 1
    slot = hash & mask
    while (slots[slot] !== 0) slot = (slot + 1) & mask
  }
  const lexeme: Lexeme = {
    id: lexemes.length,
    text: copyOf(text, start, end),
    generation,
    numbering: 0,
    number: 0,
  }
  if (lexeme.id >= hashes.length) {
    const longer = new Int32Array(hashes.length * 2)
    longer.set(hashes)
    hashes = longer
  }
  hashes[lexeme.id] = hash
  slots[slot] = lexeme.id + 1
  lexemes.push(lexeme)
  heldCharacters += end - start
  return lexeme
}

// Engines slice a longer string as a view into the text it comes from (V8 from 13 characters): kept in the table,
// such a word would keep a whole article alive for as long as the table holds it.
const LONGEST_PLAIN_SLICE = 12

/**
 * `text.slice(start, end)` as a string of its own, holding on to nothing of `text` (which may itself be such a view
 * into an article, as a token's text is).
 */
function copyOf(text: string, start: number, end: number): string {
  if (end - start <= LONGEST_PLAIN_SLICE)
    return start === 0 && end === text.length ? text : text.slice(start, end)
  // Joined to a character and cut again, the word is copied out of the text into a string just longer than it.
  return ` ${text.slice(start, end)}`.slice(1)
}

/** Empties the table: the bound (in texts and in characters) that keeps memory flat on any input. */
function startOver(): void {
  lexemes = []
  heldCharacters = 0
  slots.fill(0)
  generation++
}

function grow(): void {
  slots = new Int32Array(slots.length * 2)
  const mask = slots.length - 1
  for (let id = 0; id < lexemes.length; id++) {
    let slot = (hashes[id] as number) & mask
    while (slots[slot] !== 0) slot = (slot + 1) & mask
    slots[slot] = id + 1
  }
}

/**
 * The lexeme of a token text. The table is bounded: when full it starts over, so memory stays flat on any input.
 * @example lexemeOf('said') === lexemeOf('said') // true
 */
export function lexemeOf(text: string): Lexeme {
  return internRange(text, 0, text.length)
}

/**
 * The lexeme of the characters of `view` between `start` and `end`, as `lexemeOf(view.slice(start, end))` but
 * without that string when the text is known: the tokenizer reads every token through it.
 * @example lexemeIn('he said', 3, 7) === lexemeOf('said') // true
 */
export function lexemeIn(view: string, start: number, end: number): Lexeme {
  return internRange(view, start, end)
}

/**
 * A stage's memo over lexemes: `describe(text)` runs once per distinct text and numbering, then each token costs an
 * array read.
 * @example const shapeOf = lexemeMemo((text) => text.length); shapeOf(lexemeOf('said')) // 4
 */
export function lexemeMemo<Value>(describe: (text: string) => Value): (lexeme: Lexeme) => Value {
  let values: (Value | undefined)[] = []
  let current = generation
  return (lexeme) => {
    if (lexeme.generation !== current) {
      values = []
      current = lexeme.generation
    }
    let value = values[lexeme.id]
    if (value === undefined) {
      value = describe(lexeme.text)
      // Grown in order, so that the array stays a plain list rather than a sparse one.
      while (values.length < lexeme.id) values.push(undefined)
      values[lexeme.id] = value
    }
    return value
  }
}
