import type { ParsedArticle } from '../../parse/document.ts'
import type { Statement } from '../../schemas/statement.ts'
import { type Anchor, anchorsWithin } from './anchors.ts'
import { type Discourse, personForPronoun, sentenceIndexAt } from './antecedents.ts'
import { possessiveHer } from './stance-pronoun-object.ts'
import { contentPartTokens, withReadAnchors } from './stance-words.ts'

// A person's subject and object pronouns, as the gendered subject form the speaker look-up reads.
const PERSON_PRONOUNS = new Map([
  ['he', 'he'],
  ['him', 'he'],
  ['she', 'she'],
  ['her', 'she'],
])

/**
 * The anchors a statement's stance may target, with each "he", "she", "him" or object "her" in the speaker's own
 * quoted words read again as the person the text is talking about there, never the speaker, who would say "I"
 * ('"He was a decent man," Vale said' after a tribute to Reed). The actors stage's coreference may link such a
 * pronoun to the speaker, to the last name of any gender or to no one; the speaker look-up weighs gender and
 * salience, and is taken where the pronoun has one reading; elsewhere the coreference's link stays unless its
 * gender is the other. In reported speech a pronoun is most often the speaker ("Vale admitted he was wrong"), so
 * only one of the other gender than the speaker's is read ("Ann Vale said he was a decent man"). `read` holds the
 * starts of the pronouns read here, which a stance may target as a name.
 * @example pronounTargets(parsed, statement, anchors, discourse).read // Set { 120 } for "He" → Tom Reed
 */
export function pronounTargets(
  parsed: ParsedArticle,
  statement: Statement,
  anchors: readonly Anchor[],
  discourse: Discourse,
): { anchors: readonly Anchor[]; read: ReadonlySet<number> } {
  const { speaker } = statement
  const none = { anchors, read: new Set<number>() }
  if (speaker === null) return none
  const reported = statement.mode !== 'direct'
  const speakerGender = discourse.genders.get(speaker)
  if (reported && speakerGender === undefined) return none
  const changed = new Map<number, Anchor | undefined>()
  for (const token of contentPartTokens(parsed.tokens, statement)) {
    const pronoun = PERSON_PRONOUNS.get(token.text.toLowerCase())
    // "her record" is a thing of someone, not whom the words are about.
    if (pronoun === undefined || possessiveHer(parsed, token)) continue
    if (reported && genderOf(pronoun) === speakerGender) continue
    const person = personForPronoun(discourse, pronoun, token.start, [], undefined, speaker)
    if (person !== undefined && onlyCandidate(discourse, statement, token.start, pronoun, person))
      changed.set(token.start, {
        start: token.start,
        end: token.end,
        actor: person,
        kind: 'person',
        form: 'pronoun',
      })
    // A "he" linked to a woman (or a "she" to a man) stands for no one the coreference saw.
    else if (linkedToOtherGender(discourse, anchors, token, pronoun)) changed.set(token.start, undefined)
  }
  if (changed.size === 0) return none
  const added = [...changed.values()].filter((anchor) => anchor !== undefined)
  return withReadAnchors(anchors, added, new Set(changed.keys()))
}

/** How many sentences before the statement's own a pronoun's person must be the only one of its gender named in. */
const LOOK_BACK = 3

/**
 * Whether `person` is the only person other than the speaker, of the pronoun's gender or of none known, named (by
 * name or title) from three sentences before the statement up to the pronoun: a stance is taken only where the
 * pronoun has one reading ("Reed resigned. Vale said: 'He was a fine man'"), not where the look-up weighs several.
 */
function onlyCandidate(
  discourse: Discourse,
  statement: Statement,
  at: number,
  pronoun: string,
  person: string,
): boolean {
  const { sentences } = discourse.parsed
  const opening = Math.min(statement.content.start, statement.cue?.start ?? Number.POSITIVE_INFINITY)
  const first = sentences[Math.max(0, sentenceIndexAt(sentences, opening) - LOOK_BACK)]
  const gender = genderOf(pronoun)
  const named = new Set<string>()
  for (const anchor of anchorsWithin(discourse.anchors, first?.start ?? opening, at)) {
    if (anchor.kind !== 'person' || (anchor.form !== 'name' && anchor.form !== 'title')) continue
    if (anchor.actor === statement.speaker) continue
    const known = discourse.genders.get(anchor.actor)
    if (known === undefined || known === gender) named.add(anchor.actor)
  }
  return named.size === 1 && named.has(person)
}

/** The gender of a subject pronoun: "he" male, "she" female. */
const genderOf = (pronoun: string) => (pronoun === 'he' ? 'male' : 'female')

/** Whether the coreference linked the pronoun at `word` to a person the text gives the other gender. */
function linkedToOtherGender(
  discourse: Discourse,
  anchors: readonly Anchor[],
  word: { start: number; end: number },
  pronoun: string,
): boolean {
  const gender = genderOf(pronoun)
  return anchorsWithin(anchors, word.start, word.end).some(
    (anchor) =>
      anchor.start === word.start &&
      anchor.form === 'pronoun' &&
      (discourse.genders.get(anchor.actor) ?? gender) !== gender,
  )
}
