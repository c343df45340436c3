import { INSTITUTION_HEADS } from '../../data/actors/apposed-nouns.ts'
import { ORGANIZATION_HEADS } from '../../data/actors/organizations.ts'

const BODY_HEADS = new Set([...ORGANIZATION_HEADS, ...INSTITUTION_HEADS.map((head) => head.toLowerCase())])

/** Whether a word is a head only a body's name ends with, in any case: "Hospital", "Bank", "council". */
export function isBodyHead(word: string): boolean {
  return BODY_HEADS.has(word.toLowerCase())
}

// Nouns that open a body's name in the languages whose bodies English news names as they are ("Banque Misr",
// "Banco de Orlin", "Casa de Vale"): a closed class, read by the names headed and the names with particles.
const FOREIGN_OPENERS = new Set(
  'banque banco banca caja casa compagnie groupe grupo instituto institut ministerio ministère universidad université universität'.split(
    ' ',
  ),
)

/** Whether a word, in any case, opens a body's name in another language than English: "Banque", "Grupo". */
export function isForeignBodyOpener(word: string): boolean {
  return FOREIGN_OPENERS.has(word.toLowerCase())
}
