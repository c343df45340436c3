/**
 * A distinct token text, numbered once: later stages keep what they work out about a word (its shape, stem,
 * hashes) in arrays indexed by the number, so a token costs one text lookup here rather than one in every stage.
 */
export interface Lexeme {
  readonly id: number
  readonly text: string
  /** Which numbering the id belongs to: the table starts over when full, and stages start their arrays over. */
  readonly generation: number
}

const LIMIT = 200_000
const table = new Map<string, Lexeme>()
let generation = 0

/**
 * The lexeme of a token text. The table is bounded: when full it starts over, so memory stays flat on any input.
 * @example lexemeOf('said') === lexemeOf('said') // true
 */
export function lexemeOf(text: string): Lexeme {
  const known = table.get(text)
  if (known) return known
  if (table.size >= LIMIT) {
    table.clear()
    generation++
  }
  const lexeme = { id: table.size, text, generation }
  table.set(text, lexeme)
  return lexeme
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
