/** The shape of a token: "Xx" capitalised, "x" lower, "X" capitals, "d" digits, "p" punctuation, "q" a quote mark. */
export function shapeOf(text: string): string {
  const c = text.charAt(0)
  if (c === '"' || c === "'") return text.length > 2 ? 'x' : 'q'
  if (/\d/.test(c)) return 'd'
  if (!/\p{L}/u.test(c)) return 'p'
  if (c === c.toLowerCase()) return 'x'
  return text.length > 1 && text === text.toUpperCase() ? 'X' : 'Xx'
}
