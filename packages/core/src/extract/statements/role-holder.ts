import { countStartingBefore } from '../../parse/count-before.ts'
import type { Token } from '../../parse/document.ts'
import { wordTable } from '../../parse/word-table.ts'
import type { Anchor } from './anchors.ts'
import type { Discourse } from './antecedents.ts'
import type { PostHolder } from './post-holder.ts'

// Nouns of a role many people hold at many places ("the owner", "the founder", "the manager"), with the verbs a
// relative clause states it by ("Jane Roe, who owns the salon,"). Unlike an office, the noun alone says nothing of
// who holds it: "the owner" is someone only where the text gave exactly one person that role before.
const ROLE_VERBS = wordTable<readonly string[]>({
  owner: ['owns', 'owned'],
  'co-owner': ['co-owns', 'co-owned'],
  proprietor: ['owns', 'owned'],
  founder: ['founded', 'co-founded'],
  'co-founder': ['co-founded'],
  manager: ['manages', 'managed'],
  director: ['directs', 'directed'],
  organiser: ['organises', 'organised', 'organizes', 'organized'],
  organizer: ['organises', 'organised', 'organizes', 'organized'],
  engineer: [],
  landlord: [],
  landlady: [],
})

// What may follow the role's noun in an appositive: ", the owner of the salon,", ", the engineer on the bridge,".
const APPOSITIVE_END = /^(?:of|at|for|on|in|who|[,.;)])$/
// How many tokens after a name's comma the role's noun, or a relative clause's verb, may come.
const APPOSITIVE_REACH = 6

/** Whether a word is the noun of a role (see ROLE_VERBS). */
export function isRoleNoun(word: string): boolean {
  return ROLE_VERBS[word.toLowerCase()] !== undefined
}

/**
 * The one person the article gave a role before `at`: "Jane Roe, who owns the salon,", "Jane Roe, the owner of
 * the salon,", "salon owner Jane Roe", or a role the actors stage read with that noun last, for a person named
 * before. None found, or two people with it ("two owners"), leaves the role with no holder: never the nearest.
 * @example roleHolder(discourse, 'owner', 300) // { actor: 'person:jane-roe' }
 */
export function roleHolder(discourse: Discourse, noun: string, at: number): PostHolder {
  const role = noun.toLowerCase()
  const verbs = ROLE_VERBS[role] ?? []
  const { tokens } = discourse.parsed
  const fits = new Set<string>()
  for (let i = 0; i < countStartingBefore(discourse.anchors, at); i++) {
    const anchor = discourse.anchors[i] as Anchor
    if (anchor.kind !== 'person' || anchor.form !== 'name' || fits.has(anchor.actor)) continue
    const stated = discourse.actors.get(anchor.actor)?.role?.toLowerCase().split(' ').at(-1)
    const first = countStartingBefore(tokens, anchor.start)
    const after = countStartingBefore(tokens, anchor.end)
    if (
      stated === role ||
      tokens[first - 1]?.text.toLowerCase() === role ||
      apposed(tokens, after, at, (t) => {
        const word = (tokens[t] as Token).text.toLowerCase()
        if (word === role) return APPOSITIVE_END.test(tokens[t + 1]?.text.toLowerCase() ?? '.')
        return tokens[t - 1]?.text.toLowerCase() === 'who' && verbs.includes(word)
      })
    )
      fits.add(anchor.actor)
  }
  const [only, ...more] = fits
  if (only === undefined) return { none: 'no-one' }
  return more.length > 0 ? { none: 'ambiguous' } : { actor: only }
}

/** Whether a token of the appositive after a name's comma (token `after`), ending before `at`, passes `test`. */
function apposed(
  tokens: readonly Token[],
  after: number,
  at: number,
  test: (token: number) => boolean,
): boolean {
  if (tokens[after]?.text !== ',') return false
  for (let t = after + 1; t < Math.min(tokens.length, after + APPOSITIVE_REACH + 1); t++) {
    const token = tokens[t] as Token
    if (token.end > at || /^[,.;:)]$/.test(token.text)) return false
    if (test(t)) return true
  }
  return false
}
