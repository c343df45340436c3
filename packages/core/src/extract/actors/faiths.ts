// Followers of a faith or a branch of one, in the singular: a closed class, named as peoples are by a demonym.
const FOLLOWERS = new Set([
  'Anglican',
  'Buddhist',
  'Catholic',
  'Christian',
  'Hindu',
  'Jew',
  'Methodist',
  'Mormon',
  'Muslim',
  'Protestant',
  'Shia',
  'Shiite',
  'Sikh',
  'Sunni',
])
// Adjectives of a faith that name no follower: "Jewish groups", "Islamic law".
const ADJECTIVES = new Set(['Islamic', 'Jewish'])

/** Whether a word names the followers of a faith in the plural: "Muslims", "Sikhs", "Jews". */
export function isFaithPlural(word: string): boolean {
  return word.endsWith('s') && FOLLOWERS.has(word.slice(0, -1))
}

/**
 * Whether a word names a faith's follower or is its adjective ("Muslim", "Hindus", "Jewish"): alone, never a
 * person's, a body's or a place's name.
 */
export function isFaithWord(word: string): boolean {
  return FOLLOWERS.has(word) || ADJECTIVES.has(word) || isFaithPlural(word)
}
