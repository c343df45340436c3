import { countStartingBefore } from '../../parse/count-before.ts'
import type { Statement } from '../../schemas/statement.ts'
import type { Anchor } from './anchors.ts'
import type { Discourse } from './antecedents.ts'

// The last word of an office a body's name may end in when the tagger took "the WHO Director" for a body.
const OFFICE_WORDS = new Set(
  'director director-general chairman chairwoman chair president secretary secretary-general governor commissioner chief head'.split(
    ' ',
  ),
)
// The last word of an office whose initials a text may use for its holder: "Chief Medical Officer" (CMO).
const OFFICE_HEADS = new Set(
  'officer executive director minister secretary president chairman chair commissioner chief governor adviser advisor'.split(
    ' ',
  ),
)
// An office's initials as a body's name: "CMO", "CEO".
const INITIALS = /^\p{Lu}{2,5}$/u
// How many tokens may stand between an office's words and its holder's name: "Chief Medical Officer Dr Tom Reed".
const TO_NAME = 2

/**
 * The person behind a speaker the actors stage took for a body but that names an office: "the CMO told" is the
 * person the text introduced as "Chief Medical Officer Tom Reed" (the initials of words just before that person's
 * name), "the WHO Director also urged" the one person whose role is Director when "WHO" is another body of the
 * text. The statement unchanged otherwise.
 * @example officeAsBody(discourse, statement).speaker // 'person:tom-reed'
 */
export function officeAsBody(discourse: Discourse, statement: Statement): Statement {
  const { speaker } = statement
  if (speaker === null) return statement
  const actor = discourse.actors.get(speaker)
  if (actor?.kind !== 'organization') return statement
  const holder = holderOf(discourse, actor.name)
  return holder ? { ...statement, speaker: holder } : statement
}

/**
 * The holders found so far for each body's name, per discourse: each search reads every token or every actor of the
 * section, and a long text's section has hundreds of statements by the same body ("the UN said").
 */
const holders = new WeakMap<Discourse, Map<string, string | undefined>>()

/** The person behind a body's name that names an office, looked for once per name and discourse. */
function holderOf(discourse: Discourse, name: string): string | undefined {
  let known = holders.get(discourse)
  if (!known) {
    known = new Map()
    holders.set(discourse, known)
  }
  if (known.has(name)) return known.get(name)
  const holder = INITIALS.test(name)
    ? personAfterInitials(discourse, name)
    : holderOfBodyOffice(discourse, name)
  known.set(name, holder)
  return holder
}

/** The one person named right after words whose initials spell `initials` ("Chief Medical Officer Dr Tom Reed"). */
function personAfterInitials(discourse: Discourse, initials: string): string | undefined {
  const { tokens } = discourse.parsed
  const { anchors } = discourse
  const letters = initials.toLowerCase()
  let found: string | undefined
  for (let i = 0; i + letters.length <= tokens.length; i++) {
    let spells = true
    for (let k = 0; k < letters.length && spells; k++) {
      const word = (tokens[i + k] as { text: string }).text
      // The first letter before the pattern: this runs for every token of the section, for every such speaker.
      spells = word.length > 1 && word[0]?.toLowerCase() === letters[k] && /^\p{L}/u.test(word)
    }
    if (!spells) continue
    const after = tokens[i + letters.length]
    if (!after) continue
    const anchor = anchors[countStartingBefore(anchors, after.start)] as Anchor | undefined
    if (anchor?.kind !== 'person' || anchor.form !== 'name') continue
    const end = i + letters.length
    const gap = countStartingBefore(tokens, anchor.start) - end
    // The words spell an office ("… Officer"), and only a title such as "Dr" stands before the name.
    if (gap > TO_NAME || !OFFICE_HEADS.has((tokens[end - 1] as { text: string }).text.toLowerCase())) continue
    if (tokens.slice(end, end + gap).some((token) => !/^\p{Lu}\p{Ll}*\.?$/u.test(token.text))) continue
    if (found !== undefined && found !== anchor.actor) return undefined
    found = anchor.actor
  }
  return found
}

/** How far before a person's name its body may be named: "World Health Organization (WHO) Director Ann Vale". */
const BODY_BEFORE = 80

/**
 * The one person whose role ends in the office word a body's name ends in, when the rest names another body and
 * that person holds the office at that body (affiliated with it, or the body named in the role).
 */
function holderOfBodyOffice(discourse: Discourse, name: string): string | undefined {
  const words = name.split(' ')
  const office = words.at(-1)?.toLowerCase() ?? ''
  if (words.length < 2 || !OFFICE_WORDS.has(office)) return undefined
  const body = words.slice(0, -1).join(' ')
  const bodies = [...discourse.actors.values()].filter(
    (actor) => actor.kind === 'organization' && (actor.name === body || actor.aliases.includes(body)),
  )
  if (bodies.length !== 1) return undefined
  const [only] = bodies as [(typeof bodies)[number]]
  const bodyNames = [only.name, ...only.aliases]
  const { text } = discourse.parsed
  // The body is named just before one of the person's names ("WHO Director Ann Vale"), or is its affiliation.
  const namedBefore = (id: string) =>
    discourse.anchors.some(
      (anchor) =>
        anchor.actor === id &&
        bodyNames.some((one) =>
          text.slice(Math.max(0, anchor.start - BODY_BEFORE), anchor.start).includes(one),
        ),
    )
  const holders = [...discourse.actors.values()].filter(
    (actor) =>
      actor.kind === 'person' &&
      actor.role?.toLowerCase().split(' ').at(-1) === office &&
      (actor.affiliation === only.id || namedBefore(actor.id)),
  )
  return holders.length === 1 ? holders[0]?.id : undefined
}
