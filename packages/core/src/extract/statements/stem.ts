import { wordTable } from '../../parse/word-table.ts'

// Irregular verb forms that reporting and attitude verbs take, mapped to their base form.
const IRREGULAR = wordTable<string>({
  said: 'say',
  says: 'say',
  told: 'tell',
  wrote: 'write',
  written: 'write',
  thought: 'think',
  knew: 'know',
  known: 'know',
  saw: 'see',
  seen: 'see',
  spoke: 'speak',
  spoken: 'speak',
  felt: 'feel',
  found: 'find',
  held: 'hold',
  made: 'make',
  gave: 'give',
  given: 'give',
  took: 'take',
  taken: 'take',
  meant: 'mean',
  heard: 'hear',
  sought: 'seek',
  brought: 'bring',
  taught: 'teach',
  swore: 'swear',
  sworn: 'swear',
  forbade: 'forbid',
  foresaw: 'foresee',
  forgot: 'forget',
  understood: 'understand',
  became: 'become',
  began: 'begin',
  begun: 'begin',
  chose: 'choose',
  chosen: 'choose',
  did: 'do',
  does: 'do',
  done: 'do',
  has: 'have',
  had: 'have',
  is: 'be',
  are: 'be',
  was: 'be',
  were: 'be',
  been: 'be',
  am: 'be',
})

/**
 * A crude stem of a lower-cased English word, the same for "claim", "claims", "claimed" and "claiming" ("claim"),
 * and for "declare" and "declared" ("declar"). Not a dictionary lemmatizer: it only needs to group inflections.
 * @example stemWord('clarified') // 'clarify'
 */
export function stemWord(lower: string): string {
  const irregular = IRREGULAR[lower]
  if (irregular) return irregular
  const n = lower.length
  let stem = lower
  if (n > 4 && (lower.endsWith('ies') || lower.endsWith('ied'))) return `${lower.slice(0, -3)}y`
  if (n > 5 && lower.endsWith('ing')) stem = undoubled(lower.slice(0, -3))
  else if (n > 4 && lower.endsWith('ed')) stem = undoubled(lower.slice(0, -2))
  else if (n > 4 && /(?:ss|sh|ch|x|z)es$/.test(lower)) return lower.slice(0, -2)
  else if (n > 3 && lower.endsWith('s') && !lower.endsWith('ss') && !lower.endsWith('us'))
    stem = lower.slice(0, -1)
  return stem.length > 3 && stem.endsWith('e') ? stem.slice(0, -1) : stem
}

/** "admitt" → "admit", "stopp" → "stop"; "add", "call", "press" and "buzz" keep their double letter. */
function undoubled(stem: string): string {
  const n = stem.length
  const last = stem.charAt(n - 1)
  if (n > 2 && last === stem.charAt(n - 2) && !'dlsfz'.includes(last) && !'aeiou'.includes(last))
    return stem.slice(0, -1)
  return stem
}
