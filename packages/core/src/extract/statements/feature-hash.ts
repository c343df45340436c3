import { hashString } from '../../parse/hash.ts'

export { hashString }

/** Mixes one more 32-bit value into a running hash (a multiply–xorshift step; order matters). */
function step(hash: number, value: number): number {
  let h = Math.imul(hash ^ value, 0x9e3779b1)
  h ^= h >>> 15
  return Math.imul(h, 0x85ebca6b) >>> 0
}

// The running hash every feature starts from.
const START = 0x2545f491

/**
 * The last mixing of a feature: the high bits into the low ones, which pick the table slot. Kept as a signed 32-bit
 * integer, which the engine holds unboxed (an unsigned value above 2^31 is a heap number, one allocation per
 * feature); tables read only the low bits (`feature & mask`), the same either way.
 */
function finish(h: number): number {
  return h ^ (h >>> 16)
}

/*
 * A feature is a template's hash and up to three value hashes (words, tags, buckets), mixed in integer arithmetic
 * only: no string is built per feature, and its low bits index a weight table directly. Templates come prepared
 * (the running hash already past the template, see `templates`), so a feature mixes only its values. One function
 * per number of values, so that the engine inlines them in hot loops.
 */

/**
 * A feature of a template alone.
 * @example feature0(T.b)
 */
export function feature0(template: number): number {
  return finish(template)
}

/**
 * A feature of a template and one value.
 * @example feature1(T.w, context.wordHash(t))
 */
export function feature1(template: number, a: number): number {
  return finish(step(template, a))
}

/** A feature of a template and two values. */
export function feature2(template: number, a: number, b: number): number {
  return finish(step(step(template, a), b))
}

/** A feature of a template and three values. */
export function feature3(template: number, a: number, b: number, c: number): number {
  return finish(step(step(step(template, a), b), c))
}

/**
 * Combines a feature hash with a seed (the side a boundary belongs to: "after", "before", "around"), so that one
 * boundary's features serve several sides, then spreads the bits (murmur3's finalizer) for table lookups.
 * @example mixHash(hashString('after'), feature1(hashString('content:h'), stemHash))
 */
export function mixHash(seed: number, hash: number): number {
  let h = (hash ^ Math.imul(seed + 1, 0x9e3779b1)) >>> 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/** The seed of features that belong to no side (the cue tagger's). */
export const NO_SIDE = 0

/** Hashes of small counts and labels, by value, for bucketed features. */
export const SMALL = Array.from({ length: 64 }, (_, i) => hashString(`#${i}`))

/** A count as a hashed value in one of a few buckets (0–3, 4–7, 8–15, 16 and more), so distances generalize. */
export function countBucket(n: number): number {
  return SMALL[n < 4 ? n : n < 8 ? 4 : n < 16 ? 8 : 16] as number
}

/** The hash of a yes/no value. */
export const YES = hashString('y')
/** The hash of a yes/no value. */
export const NO = hashString('n')

/** A hash prepared as a template, for features keyed by a value rather than a name. */
export function asTemplate(hash: number): number {
  return step(START, hash)
}

/**
 * A group's feature templates by name, prepared once: the running hash of each template's name (combined with a
 * seed, for features that belong to one side of a cue), ready for `feature0` … `feature3`.
 * @example const T = templates('cue', ['w', 'p'] as const); feature1(T.w, wordHash)
 */
export function templates<K extends string>(group: string, names: readonly K[], seed = 0): Record<K, number> {
  const out = {} as Record<K, number>
  for (const name of names) out[name] = asTemplate(hashString(`${group}:${name}`) ^ seed)
  return out
}
