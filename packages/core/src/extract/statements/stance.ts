import type { ParsedArticle } from '../../parse/document.ts'
import type { Actor } from '../../schemas/actor.ts'
import type { Statement } from '../../schemas/statement.ts'
import { governingParty } from '../governing.ts'
import type { Anchor } from './anchors.ts'
import { buildDiscourse } from './antecedents.ts'
import { actOwnerTargets } from './stance-act-owner.ts'
import { answerableStance } from './stance-answerable.ts'
import { bodyPronounTargets } from './stance-body-pronouns.ts'
import { cabinetMembers } from './stance-cabinet.ts'
import { carryStances } from './stance-carried.ts'
import { confidentStance } from './stance-confident.ts'
import { coordinatedStance } from './stance-coordinated.ts'
import { cueStance } from './stance-cue.ts'
import { homeCountry } from './stance-home.ts'
import { leaningStance } from './stance-leaning.ts'
import { learnedStance } from './stance-learned.ts'
import { CUE_VERBS } from './stance-lexicon.ts'
import { namingStance } from './stance-naming.ts'
import { needfulStance } from './stance-needful.ts'
import { nominalStance } from './stance-nominal.ts'
import { partiesOf } from './stance-parties.ts'
import { phraseStance } from './stance-phrase.ts'
import { pronounTargets } from './stance-pronouns.ts'
import { rivalStance } from './stance-rival.ts'
import { foreignActors, stanceAnchors } from './stance-targets.ts'
import { withoutThings } from './stance-thing.ts'
import { judgingOrValence } from './stance-valence.ts'
import { tokensWithin } from './stance-words.ts'

/**
 * Adds a stance where the words make it clear, trying in turn: the object of a stance verb in the cue ("accused
 * Y of", "urged Y to", "warned Y that", "praised Y", "condemned Y's"); a stance phrase in the content ("will not
 * tolerate Y", "Y is responsible for"); a demand made by calling an act needful ("it is vital that Y acts"); the
 * learned polarity of the content toward an actor it names ("these perverse acts by some US politicians"), when it
 * is confident and a word carries it; an actor held answerable for a bad outcome ("higher taxes under Y"); and,
 * last, a party's words about a rival party that the learned polarity reads as clearly negative ("Y has lost
 * people's confidence"); and the learned polarity again with the adjectives of strong outside valence as judging
 * words ("a great leader"); and last the learned polarity alone, far negative, toward another camp that opens a
 * clause of a camp's words ("Y is counting on the politics of fear"). A stance against someone never targets the
 * speaker's own side; statements without a speaker, negated ones and unclear ones get none.
 * @example attachStance(parsed, statements, anchors, actors) // [{ …, stance: { target: 'country:united-states', polarity: 'oppose' } }]
 */
export function attachStance(
  parsed: ParsedArticle,
  statements: readonly Statement[],
  anchors: readonly Anchor[],
  actors: readonly Actor[],
): Statement[] {
  const affiliation = new Map(actors.map((actor) => [actor.id, actor.affiliation]))
  // Not an actor only ever named as a place or a thing someone has (stance-thing.ts).
  // The speakers' own quoted words: where the speaker look-up reads a pronoun (stance-pronouns.ts), and where "the
  // party" is most often the speaker's own (stance-the-party.ts).
  const quoted = statements
    .filter((statement) => statement.mode === 'direct')
    .map((statement) => statement.content)
  // The party the article shows in office, read once for the targets, the foreign speakers and the cabinet.
  const governing = governingParty(parsed, anchors, actors)
  const targets = withoutThings(parsed, stanceAnchors(parsed, anchors, actors, governing, quoted), anchors)
  const foreign = foreignActors(parsed, anchors, actors, governing)
  // The targets without "the government" and "ministers" as the party in office (titles of an organization).
  const withoutGovernment = targets.filter(
    (anchor) => anchor.form !== 'title' || anchor.kind !== 'organization',
  )
  const organizations = new Set(
    actors.filter((actor) => actor.kind === 'organization').map((actor) => actor.id),
  )
  const countries = new Set(actors.filter((actor) => actor.kind === 'country').map((actor) => actor.id))
  const home = homeCountry(anchors, actors)
  const parties = partiesOf(parsed, actors)
  // The cabinet sits for the party in office: "the chancellor" is Labour's where the article shows Labour governing.
  if (governing !== undefined)
    for (const member of cabinetMembers(parsed, targets, actors))
      if (!foreign.has(member) && !parties.has(member)) parties.set(member, governing)
  const campOf = (id: string) => {
    const camp = organizations.has(id) ? id : (affiliation.get(id) ?? parties.get(id))
    return camp !== undefined && organizations.has(camp) ? camp : undefined
  }
  // The people's genders and mention counts as the speaker look-up found them (buildDiscourse keeps them by the
  // anchor list), over the targets stance reads pronouns among.
  const discourse = { ...buildDiscourse(parsed, anchors, actors, quoted), anchors: targets }
  const stanced = statements.map((statement) => {
    if (statement.negated || deniesStance(parsed, statement)) return statement
    // Without a speaker ("critics have attacked Y"), only a stance verb's own object is clear enough.
    if (statement.speaker === null) {
      const sides = { speaker: '', own: new Set<string | undefined>() }
      const stance =
        cueStance(parsed, statement, targets, sides) ??
        (statement.mode === 'direct' ? learnedStance(parsed, statement, targets, sides) : undefined)
      return stance ? { ...statement, stance } : statement
    }
    const belongs = affiliation.get(statement.speaker)
    // Another country's speaker speaks of their own government, not of the party in office here.
    const persons = pronounTargets(
      parsed,
      statement,
      foreign.has(statement.speaker) ? withoutGovernment : targets,
      discourse,
    )
    const own = new Set([statement.speaker, belongs, parties.get(statement.speaker)])
    // "it" and "they" as the one body in view (stance-body-pronouns.ts).
    const bodies = bodyPronounTargets(parsed, statement, persons.anchors, own)
    // "the plans" as the one actor the article showed owning them (stance-act-owner.ts).
    const acts = actOwnerTargets(parsed, statement, bodies.anchors, own)
    const toward = acts.anchors
    const read = new Set([...persons.read, ...bodies.read, ...acts.read])
    const sides = {
      speaker: statement.speaker,
      own,
      camp: campOf(statement.speaker),
      campOf,
      home: belongs === undefined || !countries.has(belongs) ? home : undefined,
      readPronouns: read,
      readActs: acts.read,
    }
    const stance =
      cueStance(parsed, statement, toward, sides) ??
      phraseStance(parsed, statement, toward, sides) ??
      // "my criticism of Y", "renewed her calls on Y to": the speaker's own stance as a noun.
      nominalStance(parsed, statement, toward, sides) ??
      // "it is vital that Y acts": a demand made by calling Y's act needful.
      needfulStance(parsed, statement, toward, sides) ??
      namingStance(parsed, statement, toward, sides) ??
      learnedStance(parsed, statement, toward, sides) ??
      // "Y had the chance and has failed": a judging verb too far from its subject for the learned pass.
      coordinatedStance(parsed, statement, toward, sides) ??
      answerableStance(parsed, statement, toward, sides) ??
      // After the judging pass: a forecast the speaker trusts ("confident Y will win") never outranks a judgement.
      confidentStance(parsed, statement, toward, sides) ??
      rivalStance(parsed, statement, toward, sides, parties) ??
      // Last, an adjective the lexicon lacks but outside valence holds strong: "a great chancellor".
      learnedStance(parsed, statement, toward, sides, judgingOrValence) ??
      // Last of all, one camp's words against another's that the learned polarity alone reads as clearly negative.
      leaningStance(parsed, statement, toward, sides)
    return stance ? { ...statement, stance } : statement
  })
  const own = (speaker: string) => new Set([speaker, affiliation.get(speaker), parties.get(speaker)])
  return carryStances(parsed, stanced, targets, own)
}

// Words of denial: "denied accusing Y", "denies criticising Y".
const DENIAL = /^den(?:y|ies|ied|ying)$/

/** Whether the cue denies a stance verb right after the denial: "denied accusing Y of lying" takes no stance. */
function deniesStance(parsed: ParsedArticle, statement: Statement): boolean {
  const { cue } = statement
  if (!cue) return false
  const words = tokensWithin(parsed.tokens, cue.start, cue.end).map((token) => token.text.toLowerCase())
  return words.some(
    (word, k) => DENIAL.test(word) && CUE_VERBS.some((verb) => (words[k + 1] ?? '').startsWith(verb.prefix)),
  )
}
