import { INSTITUTION_HEADS } from '../../data/actors/apposed-nouns.ts'
import { ORGANIZATION_HEADS } from '../../data/actors/organizations.ts'

const BODY_HEADS = new Set([...ORGANIZATION_HEADS, ...INSTITUTION_HEADS.map((head) => head.toLowerCase())])

/** Whether a word is a head only a body's name ends with, in any case: "Hospital", "Bank", "council". */
export function isBodyHead(word: string): boolean {
  return BODY_HEADS.has(word.toLowerCase())
}
