/** The entity types the tagger knows, in CoNLL-2003's names. */
export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const

/** A CoNLL-2003 entity type. */
export type EntityType = (typeof ENTITY_TYPES)[number]

/** The tagger's labels, IOB2: 0 is O, then B-x and I-x for each type in ENTITY_TYPES order. */
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const

/** How many labels there are. */
export const TAG_COUNT = TAGS.length

/** The entity type index (1..4) of a tag, or 0 for O. */
export function typeOfTag(tag: number): number {
  return tag === 0 ? 0 : (tag + 1) >> 1
}

/** Whether a tag is an I- (inside) tag. */
export function isInside(tag: number): boolean {
  return tag !== 0 && (tag & 1) === 0
}

/** Whether tag `next` may follow tag `previous` (-1 for the sentence start) in IOB2: I-x only after B-x or I-x. */
export function canFollow(previous: number, next: number): boolean {
  return !isInside(next) || (previous > 0 && typeOfTag(previous) === typeOfTag(next))
}

/** The end (exclusive) of the chunk that opens at `first`: the I- tags of its type that follow it. */
export function chunkEnd(tags: Uint8Array, first: number): number {
  const type = typeOfTag(tags[first] as number)
  let end = first + 1
  while (end < tags.length && isInside(tags[end] as number) && typeOfTag(tags[end] as number) === type) end++
  return end
}
