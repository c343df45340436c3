/** Words that negate what follows them in their clause. */
const NEGATORS = new Set([
  'not',
  "n't",
  'no',
  'never',
  'nor',
  'neither',
  'without',
  'none',
  'nobody',
  'nothing',
  'cannot',
  'hardly',
  'barely',
  'lack',
  'lacks',
  'lacked',
  'fail',
  'fails',
  'failed',
  'refuse',
  'refuses',
  'refused',
])

/** Tokens that close a negation's scope: clause punctuation and contrasting conjunctions. */
const SCOPE_ENDS = new Set([
  ',',
  '.',
  ';',
  ':',
  '!',
  '?',
  '"',
  '(',
  ')',
  '-',
  '--',
  'but',
  'while',
  'although',
  'though',
  'whereas',
  'because',
])

/**
 * Words after which a negator negates nothing: "no doubt", "not only", "no matter", "never mind", and the
 * intensifiers "nothing less than", "nothing short of".
 */
const NOT_NEGATED = new Set(['doubt', 'only', 'matter', 'mind', 'less', 'short'])

/** How many words a negation reaches at most. */
const REACH = 6

/**
 * Which tokens stand in a negation's scope: the words after a negator up to the end of its clause, at most a few.
 * @example negationScope(['he', 'did', 'not', 'lie', ',', 'she', 'said']) // [0, 0, 0, 1, 0, 0, 0]
 */
export function negationScope(lower: readonly string[]): Uint8Array {
  const scope = new Uint8Array(lower.length)
  for (let i = 0; i < lower.length; i++) {
    if (!NEGATORS.has(lower[i] as string) || NOT_NEGATED.has(lower[i + 1] as string)) continue
    for (let k = i + 1; k < lower.length && k <= i + REACH; k++) {
      if (SCOPE_ENDS.has(lower[k] as string)) break
      scope[k] = 1
    }
  }
  return scope
}

/** Whether a lower-cased word negates. */
export function isNegator(lower: string): boolean {
  return NEGATORS.has(lower)
}
