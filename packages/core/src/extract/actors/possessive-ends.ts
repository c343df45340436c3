import type { TaggedArticle } from './tag-article.ts'

const POSSESSIVE_MARKS = new Set(["'s", '’s'])

/**
 * For one article: where the name in tokens [first, last) ends, before a possessive the tagger took in at its end
 * ("Vexco's new Radio Hub" → "Vexco") when the article also writes the name on its own, with neither a possessive
 * nor another capitalized word after it ("Vexco said"); a name that has its possessive everywhere keeps it
 * ("Ardley's", a firm named after its founder; "Lord's", a ground, beside "Lord Vell"). The article's other places
 * of a name are found through an index of its capitalized words, made at the first name asked about, and each name
 * is answered once: a scan of every token for each such name grew as the square of a long text.
 * @example // "Vexco's Radio Hub is new. Vexco said so." with [first, last) on "Vexco 's" → last − 1
 */
export function nameEnds(article: TaggedArticle): (first: number, last: number) => number {
  const { tokens } = article
  const text = (k: number) => tokens[k]?.text ?? ''
  let capitalized: Map<string, number[]> | undefined
  const alone = new Map<string, boolean>()
  /** The places whose token is `word`: from the index for a capitalized word, else all of them. */
  const placesOf = (word: string): Iterable<number> => {
    if (!/^\p{Lu}/u.test(word)) return tokens.keys()
    if (!capitalized) {
      capitalized = new Map()
      for (let k = 0; k < tokens.length; k++) {
        const w = text(k)
        if (!/^\p{Lu}/u.test(w)) continue
        const list = capitalized.get(w)
        if (list) list.push(k)
        else capitalized.set(w, [k])
      }
    }
    return capitalized.get(word) ?? []
  }
  const writtenAlone = (first: number, length: number): boolean => {
    for (const k of placesOf(text(first))) {
      let same = true
      for (let n = 0; n < length && same; n++) same = text(k + n) === text(first + n)
      if (!same) continue
      const after = text(k + length)
      if (!POSSESSIVE_MARKS.has(after) && !/^\p{Lu}/u.test(after)) return true
    }
    return false
  }
  return (first, last) => {
    if (last - 1 <= first || !POSSESSIVE_MARKS.has(text(last - 1))) return last
    const length = last - 1 - first
    const key = tokens
      .slice(first, last - 1)
      .map((token) => token.text)
      .join('\u0000')
    let found = alone.get(key)
    if (found === undefined) {
      found = writtenAlone(first, length)
      alone.set(key, found)
    }
    return found ? last - 1 : last
  }
}
