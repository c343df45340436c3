import { wordTable } from '../../parse/word-table.ts'
import type { Span } from '../../schemas/span.ts'
import type { Statement } from '../../schemas/statement.ts'
import { anchorsWithin } from './anchors.ts'
import {
  type Discourse,
  type EarlierSpeaker,
  insideQuote,
  PERSON_NOUNS,
  sentenceIndexAt,
} from './antecedents.ts'
import { isPersonEpithet } from './epithets.ts'
import { spokespersonVoice } from './nameless-voice.ts'
import { phraseBeforeRelative } from './relative-antecedent.ts'

// Nouns for one ordinary person a report does not name ("a local farmer", "one London-based broker").
const COMMON_PEOPLE: ReadonlySet<string> = new Set(
  `man woman boy girl resident farmer worker employee trader broker dealer analyst economist official source
  witness neighbour neighbor shopkeeper owner customer passenger driver student pupil teacher parent mother father
  doctor nurse surgeon officer soldier voter member fan supporter lawyer insider diplomat expert observer villager
  local citizen survivor relative friend aide adviser advisor consultant engineer investor shareholder landlord
  tenant patient mum dad husband wife son daughter brother sister`.split(/\s+/),
)

// The pronoun a gendered noun takes; any other person noun takes either.
const GENDERED = wordTable<'he' | 'she'>({
  man: 'he',
  boy: 'he',
  father: 'he',
  dad: 'he',
  husband: 'he',
  son: 'he',
  brother: 'he',
  businessman: 'he',
  chairman: 'he',
  congressman: 'he',
  spokesman: 'he',
  woman: 'she',
  girl: 'she',
  mother: 'she',
  mum: 'she',
  wife: 'she',
  daughter: 'she',
  sister: 'she',
  businesswoman: 'she',
  chairwoman: 'she',
  congresswoman: 'she',
  spokeswoman: 'she',
  actress: 'she',
})

// A nameless person opens with one of these: "a farmer", "one broker", "another resident".
const INDEFINITE = /^(?:a|an|one|another)\s/i
// "the man", "the woman": a definite person the text still does not name (an office is for office-holders.ts), and
// what may follow the noun in a source: "the man in a red coat", "the woman could be heard (saying)".
const DEFINITE_COMMONER =
  /^the\s+(?:young\s+|old\s+|elderly\s+)?(man|woman|boy|girl)(?:$|\s+(?:from|at|in|with|who|wearing|(?:(?:could|can)\s+be\s+|(?:was|is)\s+)(?:heard|seen)$))/i
// "the chief executive of a leading car maker": an office of a body the text does not name.
const OF_NAMELESS_BODY = /^the\s[^,]*?\sof\s+(?:a|an|one|another)\s/i
// A source that is only a relative pronoun: "One dealer, who asked not to be named, told reporters".
const RELATIVE_WHO = /^who$/i
// What follows the head noun of a description: "a farmer from Kent", "one broker at a London bank", "a woman who
// lives nearby".
const AFTER_HEAD = /^(?:from|at|in|with|of|for|on|who)$/i

/**
 * The pronoun a nameless person who spoke takes, when the source is one ("a local farmer said", "one broker
 * said", "the woman said", "the chief executive of a car maker said", "President Vale's chief aide said"): "he" or
 * "she" for a gendered noun, else either. Nothing when someone is named (outside quotes, and besides an owner of the
 * source's own) in the source's sentence, as "Joshua Vale, a cocoa farmer, said" names the farmer.
 * @example namelessPersonVoice(discourse, statement) // 'either' for "A local farmer said …"
 */
export function namelessPersonVoice(discourse: Discourse, statement: Statement): EarlierSpeaker['voice'] {
  const { source } = statement
  if (!source || statement.speaker !== null) return undefined
  const { parsed } = discourse
  const described = describedBy(parsed, source)
  const text = parsed.view.slice(described.start, described.end).trim()
  const spokesperson = spokespersonVoice(parsed, described)
  const owned = spokesperson ? undefined : ownedPerson(text)
  let voice: EarlierSpeaker['voice']
  if (spokesperson) {
    // A spokesperson already held anonymous needs no look for a name in the sentence.
    if (statement.speakerReason === 'anonymous') return spokesperson
    voice = spokesperson
  } else if (DEFINITE_COMMONER.test(text)) {
    const head = (DEFINITE_COMMONER.exec(text)?.[1] ?? '').toLowerCase()
    voice = GENDERED[head] ?? 'either'
  } else if (INDEFINITE.test(text) || OF_NAMELESS_BODY.test(text)) {
    const words = text
      .replace(INDEFINITE, '')
      .replace(/^the\s+/i, '')
      .split(/\s+/)
    const after = words.findIndex((w, i) => i > 0 && AFTER_HEAD.test(w))
    const lower = ((after > 0 ? words[after - 1] : words.at(-1)) ?? '').toLowerCase()
    if (!(COMMON_PEOPLE.has(lower) || PERSON_NOUNS.has(lower) || isPersonEpithet(lower))) return undefined
    voice = GENDERED[lower] ?? 'either'
  } else if (statement.speakerReason === 'anonymous' && owned) voice = GENDERED[owned] ?? 'either'
  else return undefined
  const sentence = parsed.sentences[sentenceIndexAt(parsed.sentences, source.start)]
  if (!sentence) return undefined
  // The owner in "President Vale's chief aide" is named, but not as the one who spoke.
  const owner = owned ? described : undefined
  const named = anchorsWithin(discourse.anchors, sentence.start, sentence.end).some(
    (anchor) =>
      anchor.kind === 'person' &&
      anchor.form === 'name' &&
      !insideQuote(discourse.quoted, anchor) &&
      !(owner && anchor.start >= owner.start && anchor.end <= owner.end),
  )
  return named ? undefined : voice
}

/**
 * The head of a nameless person a named one owns: "aide" of "President Vale's chief aide", "lawyer" of "Ms Reed's
 * lawyer". At most three words after the possessive, the last a noun for an ordinary person.
 */
function ownedPerson(text: string): string | undefined {
  const at = Math.max(text.lastIndexOf("'s "), text.lastIndexOf('\u2019s '))
  if (at < 0) return undefined
  const words = text
    .slice(at + 3)
    .trim()
    .split(/\s+/)
  const head = (words.at(-1) ?? '').toLowerCase()
  return words.length <= 3 && COMMON_PEOPLE.has(head) ? head : undefined
}

/** What a source describes: the noun phrase a "who" stands for ("One dealer, who … told"), else the source itself. */
function describedBy(parsed: Discourse['parsed'], source: Span): Span {
  if (!RELATIVE_WHO.test(parsed.view.slice(source.start, source.end).trim())) return source
  const phrase = phraseBeforeRelative(parsed, source.start)
  return phrase && !phrase.qualifies ? phrase.span : source
}
