import type { ArticleMentions, Mention } from './mentions.ts'
import { nameWords } from './name-forms.ts'

/**
 * No actor is a pair of people: "the Blair-Brown rift", "a Reed-Vale feud" join two surnames of people the article
 * names in full, as a modifier; the tagger's name for it (a place, a body) is dropped. A hyphenated surname of one
 * person ("Ann Reed-Vale") is kept: its halves are not two people's surnames. Changes `found.mentions` in place.
 * @example // "Tom Reed and Ann Vale fell out. The Reed-Vale rift is old." → no actor "Reed-Vale"
 */
export function dropPairedSurnames(found: ArticleMentions): void {
  const surnames = new Set<string>()
  for (const m of found.mentions) {
    const words = m.kind === 'person' ? nameWords(m.text) : []
    if (words.length >= 2) surnames.add(words.at(-1) as string)
  }
  if (surnames.size < 2) return
  found.mentions = found.mentions.filter((m) => !isPair(m, surnames))
}

function isPair(m: Mention, surnames: ReadonlySet<string>): boolean {
  if (m.last - m.first !== 1 || m.country || m.canonical) return false
  const halves = m.text.split('-')
  return halves.length === 2 && halves[0] !== halves[1] && halves.every((half) => surnames.has(half))
}
