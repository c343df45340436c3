import { PARTIES } from '../../data/actors/institutions.ts'
import { SPEECH_VERBS } from '../../data/actors/speech-verbs.ts'
import type { ParsedArticle } from '../../parse/document.ts'
import type { Actor } from '../../schemas/actor.ts'
import { slugify } from '../actors/slug.ts'

// The ids the actors stage gives parties: "organization:labour-party".
const PARTY_IDS = new Map(PARTIES.map((party) => [`organization:${slugify(party.name)}`, party.forms]))

// Words of a party member's title between the party and the name: "Liberal Democrat *leader* Charles Kennedy",
// "Tory *shadow chancellor* Oliver Letwin", "Labour *MP* Ann Vale". Written by hand; general English.
const TITLE_WORD =
  /^(?:leader|deputy|chairman|co-chairman|chairwoman|chair|president|spokesman|spokeswoman|spokesperson|chief|executive|secretary|shadow|home|foreign|health|education|treasury|work|pensions|culture|defence|environment|transport|trade|industry|minister|chancellor|frontbencher|backbencher|MP|MEP|MSP|AM|peer|candidate|councillor|whip|co-ordinator|coordinator|campaign|election|party|general|former|veteran|senior|chief's|affairs|constitutional|international|development|justice|local|government|scottish|welsh|europe|european|women|business|energy|economic|finance|economy|policy|immigration|asylum|spending|budget|communities|rural|treasury|cabinet|london|assembly|mayoral|sir|dame|lord|lady|baroness|dr)$/i

/** How many title words may stand between a party and a member's name. */
const MOST_TITLE_WORDS = 4

/**
 * The party each actor belongs to, where the article shows it: a party is its own, an actor affiliated with a party
 * belongs to it, and a person named right after a party and a title belongs to that party ("Liberal Democrat
 * leader Charles Kennedy", "Tory shadow chancellor Oliver Letwin", "Labour's Alan Milburn").
 * @example partiesOf(parsed, actors).get('person:charles-kennedy') // 'organization:liberal-democrats'
 */
export function partiesOf(parsed: ParsedArticle, actors: readonly Actor[]): Map<string, string> {
  const present = actors.filter((actor) => PARTY_IDS.has(actor.id))
  const party = new Map<string, string>()
  for (const actor of present) party.set(actor.id, actor.id)
  if (present.length === 0) return party
  for (const actor of actors) {
    if (party.has(actor.id)) continue
    if (actor.affiliation && PARTY_IDS.has(actor.affiliation)) {
      party.set(actor.id, actor.affiliation)
      continue
    }
    if (actor.kind !== 'person') continue
    for (const mention of actor.mentions) {
      const before = parsed.view.slice(Math.max(0, mention.start - 80), mention.start)
      const found = partyBefore(before, present, () =>
        speaksNext(parsed.view.slice(mention.end, mention.end + 40)),
      )
      if (found) {
        party.set(actor.id, found)
        break
      }
    }
  }
  return party
}

/** The party named right before a name, past title words only: "Tory leader " → the Conservative Party. */
function partyBefore(before: string, present: readonly Actor[], speaks: () => boolean): string | undefined {
  const words = before.split(/\s+/).filter(Boolean)
  if (before.length > 0 && !/\s$/.test(before)) return undefined
  for (let titles = 0; titles <= MOST_TITLE_WORDS && titles < words.length; titles++) {
    if (titles > 0 && !TITLE_WORD.test(words[words.length - titles] as string)) return undefined
    const ahead = words.slice(0, words.length - titles).join(' ')
    // "For the Lib Dems, Ann Vale said": the one who speaks for the party, the comma closing the phrase that opens
    // the sentence, and the name the subject of a verb of saying.
    const spoken = ahead.endsWith(',') ? ahead.slice(0, -1) : undefined
    for (const actor of present) {
      const forms = PARTY_IDS.get(actor.id) ?? []
      if (forms.some((form) => endsWithForm(ahead, form))) return actor.id
      if (spoken !== undefined && forms.some((form) => speaksFor(spoken, form)) && speaks()) return actor.id
    }
  }
  return undefined
}

// What opens a phrase of speaking for a party at a sentence's start: "For the", "for", past an opening adverb
// ("But for Labour", "Meanwhile, for the Tories"). The look-behind is one character: a sentence's end or nothing.
const FOR_OPENS =
  /(?:^|(?<=[.!?:;\n"\u201d])\s*)(?:(?:and|but|yet|so|meanwhile|now|still|also|however),?\s)?for(?: the)?$/i
// Words that may come between the name and its verb of saying: "Ann Vale has said", "Ann Vale also warned".
const BEFORE_VERB = new Set('has had have also then later again'.split(' '))
const SPEECH_VERB_SET = new Set(SPEECH_VERBS)

/** Whether text ends with "for (the) <party>" opening a sentence: "… For the Liberal Democrats". */
function speaksFor(text: string, form: string): boolean {
  return endsWithForm(text, form) && FOR_OPENS.test(text.slice(0, text.length - form.length).trimEnd())
}

/** Whether the text after a name starts with a verb of saying, past an auxiliary or adverb: " said", " has said". */
function speaksNext(after: string): boolean {
  const words = after.trimStart().split(/[\s,]+/, 3)
  const first = words[0] ?? ''
  if (SPEECH_VERB_SET.has(first)) return true
  return BEFORE_VERB.has(first) && SPEECH_VERB_SET.has(words[1] ?? '')
}

/** Whether text ends with a party's form as whole words, or its possessive: "… Tory", "… Labour's", "… Lib Dems'". */
function endsWithForm(text: string, form: string): boolean {
  const bare = text.replace(/(?<=s)['\u2019]$/, '').replace(/['\u2019]s$/, '')
  if (!bare.endsWith(form)) return false
  const before = bare[bare.length - form.length - 1]
  return before === undefined || /[\s("'\u201c]/.test(before)
}
