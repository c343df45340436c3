import type { ArticleMentions, Mention } from './mentions.ts'

/** An article's one-word mentions by their word, and the words its persons' full names bear. */
export interface OneWordNames {
  /** The one-word mentions the caller accepts, grouped by their text in article order: "Vellcor" → its mentions. */
  readonly byName: ReadonlyMap<string, readonly Mention[]>
  /** Every word of a person's name of two words or more: "Tom Vell" bears "Tom" and "Vell". */
  readonly borne: ReadonlySet<string>
}

/**
 * Groups the one-word mentions that `accepts` takes by their word, and collects the words that the article's
 * persons of two or more words bear: stages that retype a lone word ("Vellcor" a firm, not a person) skip a word
 * that is part of a person's full name ("Tom Vell … Vell's assistant"). One pass, each list grown in place.
 * @example // "Tom Vell met Vellcor. Vellcor said …" → byName { Vellcor: [2 mentions] }, borne { Tom, Vell }
 */
export function oneWordNames(found: ArticleMentions, accepts: (m: Mention) => boolean): OneWordNames {
  const byName = new Map<string, Mention[]>()
  const borne = new Set<string>()
  for (const m of found.mentions) {
    const words = m.text.split(' ')
    if (m.kind === 'person' && words.length > 1) for (const word of words) borne.add(word)
    if (words.length > 1 || !accepts(m)) continue
    const same = byName.get(m.text)
    if (same) same.push(m)
    else byName.set(m.text, [m])
  }
  return { byName, borne }
}
