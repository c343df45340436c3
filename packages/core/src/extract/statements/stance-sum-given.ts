import type { Token } from '../../parse/document.ts'

// Words of a sum asked for: "about $320m", "£5bn", "up to 2 million euros", "more".
const SUM =
  /^(?:about|around|roughly|some|nearly|almost|up|to|more|extra|further|additional|emergency|\$|£|€|[\d.,]{1,12}(?:m|bn|k)?|millions?|billions?|m|bn|dollars|pounds|euros)$/

// Things given that one may ask for from a giver: "help from Y", "more aid from Y", "a loan from Y".
const GIVEN = /^(?:help|aid|funds|funding|money|cash|loans?|grants?|compensation|assistance|support)$/

/** How many words a sum and the thing given may run to: "about $ 320 m in aid". */
const SUM_REACH = 6

/**
 * Where the "from" after a sum or a thing given stands, from token k: "asking for about $320m *from* Y", "sought
 * more aid *from* Y". The one asked to give it is a demand's doer. Undefined when the words from k are no sum and
 * name nothing given ("asked for details from the file") or run on too long.
 * @example sumGivenFrom(tokensOf('about $ 320m from the fund'), 0) // 3
 */
export function sumGivenFrom(tokens: readonly Token[], k: number): number | undefined {
  const lower = (j: number) => tokens[j]?.text.toLowerCase() ?? ''
  // "asked | for help from Y": the cue may end before "for".
  let j = tokens[k]?.text.toLowerCase() === 'for' ? k + 1 : k
  const first = j
  let sum = false
  while (j < first + SUM_REACH && SUM.test(lower(j))) {
    sum ||= /[\d$£€]/.test(lower(j))
    j++
  }
  if (lower(j) === 'in' && GIVEN.test(lower(j + 1))) j += 2
  else if (GIVEN.test(lower(j))) {
    sum = true
    j++
  }
  return sum && lower(j) === 'from' ? j : undefined
}
