import { countStartingBefore } from '../../parse/count-before.ts'
import type { ParsedArticle } from '../../parse/document.ts'
import type { Actor } from '../../schemas/actor.ts'
import type { Statement } from '../../schemas/statement.ts'
import { type Anchor, anchorsWithin, widenToNames } from './anchors.ts'
import {
  actorForDescriptor,
  actorForRelative,
  buildDiscourse,
  type Discourse,
  type EarlierSpeaker,
  nameBeforeAppositive,
  personForDescription,
  personForPronoun,
} from './antecedents.ts'
import { audienceOf } from './audience.ts'
import { readSourceHead } from './source-head.ts'

// Sources that name no one on purpose: "officials", "a source familiar with the talks", "critics".
const ANONYMOUS =
  /\b(?:officials?|sources?|aides?|spokes(?:man|woman|person)|analysts?|experts?|critics?|observers?|witnesses|residents|insiders?|diplomats?|people|someone|some|others|many|reports?|lawmakers|advisers|advisors|staff(?:ers)?)\b/i

const PRONOUN_KINDS: Record<string, readonly string[]> = {
  he: ['person'],
  she: ['person'],
  it: ['country', 'organization', 'group'],
  they: ['group', 'organization', 'country'],
}

/**
 * Resolves each statement's source span to an actor: the actor named at the head of the source (a person before
 * the organization or place that describes them: "Anne Weyman, chief executive of the FPA"), a "he" or "she" to
 * the person the text is talking about, a "who" to the name it follows, "the company" or "the prime minister" to
 * the organization or role holder the article names; otherwise speaker null with a reason ('no-source',
 * 'anonymous' for "officials" or "Mr Blair's spokesman", 'unresolved').
 * @example resolveSpeakers(parsed, statements, anchors, actors)[0].speaker // 'person:sergei-ryabkov'
 */
export function resolveSpeakers(
  parsed: ParsedArticle,
  statements: readonly Statement[],
  anchors: readonly Anchor[],
  actors: readonly Actor[],
): Statement[] {
  const discourse = buildDiscourse(parsed, anchors, actors)
  const earlier: EarlierSpeaker[] = []
  const order = statements
    .map((statement, i) => ({
      i,
      at: statement.source?.start ?? statement.cue?.start ?? statement.content.start,
    }))
    .sort((a, b) => a.at - b.at)
  // A source cut inside a name ("Howard" of "Mr Howard") is read as the whole name.
  const resolved: Statement[] = statements.map((statement) =>
    statement.source ? { ...statement, source: widenToNames(anchors, statement.source) } : statement,
  )
  for (const { i, at } of order) {
    const found = speakerOf(discourse, resolved[i] as Statement, earlier)
    resolved[i] = found
    if (found.speaker !== null) earlier.push({ at, actor: found.speaker })
  }
  return resolved.map((statement) => borrowParticipleSpeaker(parsed, statement, resolved))
}

function speakerOf(
  discourse: Discourse,
  statement: Statement,
  earlier: readonly EarlierSpeaker[],
): Statement {
  const { parsed, anchors } = discourse
  if (reportsOwnFinding(parsed, statement)) return withSpeaker(statement, null, 'anonymous')
  const audience = audienceOf(parsed, statement)
  if (audience.kind === 'passive') return withSpeaker(statement, null, 'anonymous')
  if (audience.kind === 'subject')
    return spokenTo(discourse, { ...statement, source: audience.source }, earlier)
  const { source } = statement
  if (!source) return withSpeaker(statement, null, 'no-source')
  const words = parsed.view.slice(source.start, source.end).trim()
  const lower = words.toLowerCase()
  const fitting = PRONOUN_KINDS[lower]
  const inside = anchorsWithin(anchors, source.start, source.end)
  if (lower === 'he' || lower === 'she') {
    const person =
      personForPronoun(discourse, words, source.start, earlier, statement.content) ??
      inside.find((anchor) => anchor.kind === 'person')?.actor
    return person ? withSpeaker(statement, person) : withSpeaker(statement, null, 'unresolved')
  }
  if (lower === 'they') {
    const body = bodyForThey(discourse, statement, inside, earlier)
    return body ? withSpeaker(statement, body) : withSpeaker(statement, null, 'unresolved')
  }
  const head = readSourceHead(parsed, source, inside)
  if (head.kind === 'actor' && (!fitting || fitting.includes(head.anchor.kind)))
    return withSpeaker(statement, head.anchor.actor)
  if (head.kind === 'nameless') return withSpeaker(statement, null, 'anonymous')
  const apposed =
    head.kind === 'description' || head.kind === 'none' ? nameBeforeAppositive(discourse, source) : undefined
  if (apposed) return withSpeaker(statement, apposed)
  if (head.kind === 'description') {
    const person = personForDescription(discourse, head.phrase, source.start, earlier) ?? head.modifier?.actor
    return person ? withSpeaker(statement, person) : withSpeaker(statement, null, 'unresolved')
  }
  const antecedent =
    head.kind === 'relative'
      ? actorForRelative(discourse, head.at)
      : fitting
        ? pronounAntecedent(words, anchors, source.start, discourse.actors)
        : actorForDescriptor(discourse, source, earlier)
  if (antecedent) return withSpeaker(statement, antecedent)
  return withSpeaker(statement, null, ANONYMOUS.test(words) ? 'anonymous' : 'unresolved')
}

// "BBC Scotland has learned", "Kaieteur News understands": what a newsroom found out from sources it does not name.
const FINDING = /\b(?:learned|learnt|learns|understands|understood)$/i

/** Whether a statement is a finding ("…, BBC Scotland has learned", "it is understood that…"): its sources go unnamed. */
function reportsOwnFinding(parsed: ParsedArticle, statement: Statement): boolean {
  const { cue, source } = statement
  if (!cue || !source || source.start > cue.start) return false
  return FINDING.test(parsed.view.slice(cue.start, cue.end))
}

/**
 * The body a bare "they" stands for: a group the actors stage linked it to, or an organization or country that
 * spoke in the last two sentences ("Cosla says … They say …"). News says "they" of plural nouns the actors stage
 * does not keep ("councils", "the loggers"), so any other organization is not taken: left unresolved rather than
 * credited to the newsroom or the last body named.
 */
function bodyForThey(
  discourse: Discourse,
  statement: Statement,
  inside: readonly Anchor[],
  earlier: readonly EarlierSpeaker[],
): string | undefined {
  const linked = inside.find((anchor) => anchor.form === 'pronoun')
  if (linked?.kind === 'group') return linked.actor
  const at = statement.source?.start ?? 0
  const { sentences } = discourse.parsed
  const sentence = countStartingBefore(sentences, at + 1) - 1
  const from = sentences[Math.max(0, sentence - 2)]?.start ?? 0
  for (let i = earlier.length - 1; i >= 0; i--) {
    const spoke = earlier[i] as EarlierSpeaker
    if (spoke.at < from) break
    const kind = discourse.actors.get(spoke.actor)?.kind
    if (kind === 'group' || kind === 'organization' || kind === 'country') return spoke.actor
  }
  return undefined
}

/**
 * The speaker of "… told BBC News:" once the audience is set aside: the subject before the cue, or, when the
 * clause has none ("But told BBC News: …"), the one who spoke just before.
 */
function spokenTo(discourse: Discourse, statement: Statement, earlier: readonly EarlierSpeaker[]): Statement {
  if (statement.source) return speakerOf(discourse, statement, earlier)
  const at = statement.cue?.start ?? statement.content.start
  const last = earlier.at(-1)
  return last && at - last.at < 400
    ? withSpeaker(statement, last.actor)
    : withSpeaker(statement, null, 'no-source')
}

/**
 * A participle cue has the speaker of the clause it hangs on: "Admitting that …, Austin claimed …" and
 * "Russia announced …, saying that …" — the nearest statement in the same sentence that has a speaker.
 */
function borrowParticipleSpeaker(
  parsed: ParsedArticle,
  statement: Statement,
  all: readonly Statement[],
): Statement {
  const { cue } = statement
  if (statement.speaker !== null || statement.source !== null || !cue) return statement
  if (!/ing$/i.test(parsed.view.slice(cue.start, cue.end))) return statement
  const sentence = parsed.sentences.find((s) => s.start <= cue.start && cue.end <= s.end)
  if (!sentence) return statement
  let best: Statement | undefined
  for (const other of all) {
    if (other === statement || other.speaker === null || !other.cue) continue
    if (other.cue.start < sentence.start || other.cue.end > sentence.end) continue
    if (
      !best ||
      Math.abs(other.cue.start - cue.start) < Math.abs((best.cue as { start: number }).start - cue.start)
    )
      best = other
  }
  return best ? withSpeaker(statement, best.speaker) : statement
}

function withSpeaker(
  statement: Statement,
  speaker: string | null,
  reason?: Statement['speakerReason'],
): Statement {
  const { speakerReason: _old, ...rest } = statement
  return speaker === null ? { ...rest, speaker, speakerReason: reason ?? 'unresolved' } : { ...rest, speaker }
}

/** For a bare pronoun source not linked by the actors stage: the nearest earlier name of a fitting kind. */
function pronounAntecedent(
  words: string,
  anchors: readonly Anchor[],
  before: number,
  actors: ReadonlyMap<string, Actor>,
): string | undefined {
  const fitting = PRONOUN_KINDS[words.trim().toLowerCase()]
  if (!fitting) return undefined
  for (let i = countStartingBefore(anchors, before) - 1; i >= 0; i--) {
    const anchor = anchors[i] as Anchor
    if (before - anchor.start > 600) break
    if (anchor.end > before || anchor.form !== 'name') continue
    if (fitting.includes(actors.get(anchor.actor)?.kind ?? '')) return anchor.actor
  }
  return undefined
}
