import type { ArticleMentions, Mention } from './mentions.ts'

// One capitalized word that ends in "-ism" or "-isms": a doctrine or a movement named after its founder or its
// place ("Thatcherism", "Marxism", "Gaullism"), never a person, a place or a body.
const DOCTRINE = /^\p{Lu}\p{Ll}{2,}isms?$/u

/** A one-word name that names a doctrine (answers whether). */
export function isDoctrine(m: Mention): boolean {
  return m.kind !== 'country' && m.last - m.first === 1 && DOCTRINE.test(m.text)
}

/**
 * No actor that is a doctrine: a one-word name ending in "-ism" ("Thatcherism", "Marxism") is dropped, whatever
 * kind the tagger gave it. Changes `found.mentions` in place.
 * @example // "Thatcherism changed the party." → no actor "Thatcherism"
 */
export function dropDoctrines(found: ArticleMentions): void {
  found.mentions = found.mentions.filter((m) => !isDoctrine(m))
}
