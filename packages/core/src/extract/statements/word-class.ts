const CLASSES = new Map<string, string>()
for (const word of 'that whether if how why what who whom when where which'.split(' '))
  CLASSES.set(word, 'wh')
for (const word of 'the a an this these those his her its their our my your some any no every each all'.split(
  ' ',
))
  CLASSES.set(word, 'det')
for (const word of 'he she it they we i you him them us me'.split(' ')) CLASSES.set(word, 'pron')
for (const word of 'and but or because while although though as since after before until unless so'.split(
  ' ',
))
  CLASSES.set(word, 'conj')
for (const word of 'in on at for with from by about of into over against during without under'.split(' '))
  CLASSES.set(word, 'prep')
CLASSES.set('to', 'to')
CLASSES.set(':', 'colon')
CLASSES.set(',', 'comma')
CLASSES.set('"', 'quote')
CLASSES.set("'", 'quote')

/**
 * A coarse class of a token for features that should generalise across words: "wh", "det", "pron", "conj", "prep",
 * "to", "colon", "comma", "quote", "cap" (capitalised), "num", "punct" or "word".
 * @example wordClass('The', 'the') // 'det'
 */
export function wordClass(text: string, lower: string): string {
  const known = CLASSES.get(lower)
  if (known) return known
  const c = text.charAt(0)
  if (c >= '0' && c <= '9') return 'num'
  if (!/\p{L}/u.test(c)) return 'punct'
  return c !== c.toLowerCase() ? 'cap' : 'word'
}
