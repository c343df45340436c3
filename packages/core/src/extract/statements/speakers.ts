import { countEndingBefore, countStartingBefore } from '../../parse/count-before.ts'
import type { ParsedArticle, Token } from '../../parse/document.ts'
import { wordTable } from '../../parse/word-table.ts'
import type { Actor } from '../../schemas/actor.ts'
import type { Span } from '../../schemas/span.ts'
import type { Statement } from '../../schemas/statement.ts'
import { type Anchor, anchorsWithin, widenToNames } from './anchors.ts'
import {
  actorForDescriptor,
  actorForRelative,
  buildDiscourse,
  type Discourse,
  type EarlierSpeaker,
  insideQuote,
  isBodyNoun,
  isCompanyNoun,
  nameBeforeAppositive,
  personForDescription,
  personForPronoun,
  sentenceIndexAt,
} from './antecedents.ts'
import { personBeforeAside } from './aside-source.ts'
import { audienceOf } from './audience.ts'
import { onlyBodyNamed } from './bodies-named.ts'
import { nameDescribedAsCompany } from './body-described.ts'
import { bodyNamedAfterLead } from './body-named-after-lead.ts'
import { bodyNounSpokeBefore } from './body-noun-spoke.ts'
import { ownerOfClaimAfterPreposition } from './claim-after-preposition.ts'
import { clauseSubject } from './clause-subject.ts'
import { committeeOfMembers } from './committee-members.ts'
import { splitCoordinated } from './coordinated-speakers.ts'
import { bodyQualifiedByCountry } from './country-qualified-body.ts'
import { bodyOfWriting } from './document-body.ts'
import { isImpersonalPassive } from './impersonal-it.ts'
import { byCueStart, subjectAfterInnerReport } from './inner-report-source.ts'
import { continuedByIt } from './it-continues.ts'
import { lawsuitBringer } from './lawsuit-source.ts'
import { checkedByLeadPosts, leadPostsOf, personNamedAfterLead } from './lead-description.ts'
import { actorAfterDescription, actorApposedAfter } from './named-after-description.ts'
import { namedMember } from './named-member.ts'
import { anonymousIfNameless } from './nameless-group.ts'
import { namelessPersonVoice } from './nameless-person.ts'
import { carriesNamelessVoice, type NamelessVoice, spokespersonVoice } from './nameless-voice.ts'
import { newspaperBefore } from './newspaper-source.ts'
import { officeAsBody } from './office-as-body.ts'
import { namedAsOther, officeHolders, officeOf, officePhrase } from './office-holders.ts'
import { officeHolderNamedNext } from './office-named-next.ts'
import { byContentStart, officeNotReporter } from './office-not-reporter.ts'
import { otherOffices } from './other-office.ts'
import { agentNamedLater, isOwnedAgent } from './owned-agent.ts'
import { subjectOfParticipleAfterObject } from './participle-after-object.ts'
import { partyOfVoice } from './party-named.ts'
import { sideSpokespersonQuoted } from './party-spokesperson.ts'
import { personBeforePartyTag } from './party-tag.ts'
import { PLURAL_NAME, pluralAgentBetween } from './passive-agent.ts'
import { isPluralBodyPhrase } from './plural-bodies.ts'
import { personApposedToPost } from './post-apposed-name.ts'
import { POST_NOUNS, type PostHolder, postHolder } from './post-holder.ts'
import { withoutQuotingPaper } from './quoted-by.ts'
import { findQuotes } from './quotes.ts'
import { phraseBeforeRelative } from './relative-antecedent.ts'
import { relativeHoldingSource } from './relative-inside.ts'
import { personOpeningRelative } from './relative-pronoun.ts'
import { opensSetOffRelative } from './relative-source.ts'
import { isRoleNoun, roleHolder } from './role-holder.ts'
import { isDocumentNoun, readDocumentSource } from './source-document.ts'
import { type OpeningWriting, writingOpeningBefore } from './source-document-it.ts'
import { namesAuthoredWork, readSourceHead } from './source-head.ts'
import { opensSentence, subjectBefore } from './speaker-subject.ts'
import { isSpeechCarrier } from './speech-carrier.ts'
import { personSpokenFor } from './spoken-for.ts'
import { bodyOfBareSpokesperson, spokespersonSpokeBefore } from './spokesperson-body.ts'
import { namedSpokesperson } from './spokesperson-named.ts'
import { personBySurname } from './surname-source.ts'

// Sources that name no one on purpose: "officials", "a source familiar with the talks", "critics", and "police"
// with no force named.
const ANONYMOUS =
  /^(?:the\s+)?police$|\b(?:officials?|sources?|aides?|spokes(?:man|woman|person)|analysts?|experts?|critics?|observers?|witnesses|residents|insiders?|diplomats?|people|someone|some|others|many|reports?|lawmakers|advisers|advisors|staff(?:ers)?)\b|^(?:a|one|another)\s+(?:\p{L}+\s+)?person\b/iu

const PRONOUN_KINDS = wordTable<readonly string[]>({
  he: ['person'],
  she: ['person'],
  it: ['country', 'organization', 'group'],
  they: ['group', 'organization', 'country'],
})

/**
 * Resolves each statement's source span to an actor: the actor named at the head of the source (a person before
 * the organization or place that describes them: "Anne Weyman, chief executive of the FPA"), a "he" or "she" to
 * the person the text is talking about, a "who" to the name it follows, "the company" or "the prime minister" to
 * the organization or role holder the article names; otherwise speaker null with a reason ('no-source',
 * 'anonymous' for "officials" or "a spokesman", 'unresolved'). A source that lists speakers ("The Tories and
 * the Lib Dems say") gives one statement per speaker.
 * @example resolveSpeakers(parsed, statements, anchors, actors)[0].speaker // 'person:sergei-ryabkov'
 */
export function resolveSpeakers(
  parsed: ParsedArticle,
  statements: readonly Statement[],
  anchors: readonly Anchor[],
  actors: readonly Actor[],
): Statement[] {
  const discourse = buildDiscourse(parsed, anchors, actors, quotedSpans(parsed))
  const earlier: EarlierSpeaker[] = []
  const order = statements
    .map((statement, i) => ({
      i,
      at: statement.source?.start ?? statement.cue?.start ?? statement.content.start,
    }))
    .sort((a, b) => a.at - b.at)
  // A source cut inside a name ("Howard" of "Mr Howard") is read as the whole name.
  // … and one "quoted in China Daily" without the paper, which reports the words and does not say them.
  const widened: Statement[] = statements.map((statement) =>
    statement.source
      ? { ...statement, source: withoutQuotingPaper(parsed.view, widenToNames(anchors, statement.source)) }
      : statement,
  )
  // "A new book by Ed Rolt claims the prime minister told …": the subject after the report inside the source.
  const cued = byCueStart(widened)
  const resolved = widened.map((statement) => {
    const subject = subjectAfterInnerReport(parsed.view, statement, cued)
    return subject ? { ...statement, source: subject } : statement
  })
  const posts = leadPostsOf(discourse, resolved)
  const sources = resolved.flatMap((statement) => (statement.source ? [statement.source] : []))
  // "Mr Blair has failed, he claimed, saying …": every cue of one source speaks with the speaker found for the first
  // (a first left without one, as "Addressing claims …, Mr Vale told", says nothing of the others).
  const bySource = new Map<string, Statement>()
  // "A spokesman said … He added …", "a local farmer said … He added": a nameless person's pronoun, carried on while
  // no one is named.
  let nameless: NamelessVoice | undefined
  for (const { i, at } of order) {
    const statement = resolved[i] as Statement
    // "Tom Reed defended it amid claims that …": the claims are not his, though the cue shares his source.
    const claim = ownerOfClaimAfterPreposition(parsed, anchors, statement)
    if (claim) {
      resolved[i] = { ...withSpeaker(statement, claim.speaker, 'anonymous'), source: claim.source }
      continue
    }
    const key = statement.source ? `${statement.source.start}:${statement.source.end}` : undefined
    const same = key === undefined ? undefined : bySource.get(key)
    const carried = !same?.speaker && carriesNamelessVoice(discourse, statement, nameless)
    const found = same?.speaker
      ? withSpeaker(statement, same.speaker)
      : carried
        ? withSpeaker(statement, null, 'anonymous')
        : anonymousIfNameless(
            parsed,
            otherThanLeadPost(
              discourse,
              posts,
              describedInLead(
                discourse,
                bodyInLead(
                  discourse,
                  sources,
                  officeNamedNext(
                    discourse,
                    heldOffice(discourse, officeAsBody(discourse, speakerOf(discourse, statement, earlier))),
                  ),
                ),
              ),
            ),
          )
    if (key !== undefined && !same) bySource.set(key, found)
    resolved[i] = found
    // A quote carried on with no source of its own ("… "B."") leaves the chain as it is.
    if (found.speaker === null && !found.source) continue
    if (found.speaker === null) {
      const voice = carried ? nameless?.voice : namelessPersonVoice(discourse, found)
      const after = carried ? nameless?.after : found.source?.end
      nameless = voice
        ? { at, end: wordsEnd(found), voice, ...(after === undefined ? {} : { after }) }
        : undefined
      continue
    }
    nameless = undefined
    const voice = spokespersonVoice(parsed, found.source) ?? bodyVoice(discourse, found, earlier.at(-1))
    const end = wordsEnd(found)
    const spoke: EarlierSpeaker = voice
      ? { at, end, actor: found.speaker, voice, words: found.content }
      : { at, actor: found.speaker, words: found.content }
    if (describesSpeaker(discourse, found)) spoke.described = true
    earlier.push(isWriting(discourse, found) ? { ...spoke, writing: true } : spoke)
  }
  // "According to Mr Rolt the prime minister said": the reporter is not the office, once every report has its speaker.
  const reports = byContentStart(resolved)
  const checked = resolved.map((statement) => officeNotReporter(discourse, statement, reports))
  // "The Tories and the Lib Dems say": each party says it, as a statement of its own.
  return checked.flatMap((statement) =>
    splitCoordinated(discourse, borrowParticipleSpeaker(discourse, statement, checked)),
  )
}

/** Where a statement's words end: the last of a quote that runs on over sentences, or where its source ends. */
function wordsEnd(statement: Statement): number {
  return Math.max(statement.content.end, statement.source?.end ?? 0)
}

/** The words inside quotation marks, as character spans: what someone said, whoever is named in it. */
function quotedSpans(parsed: ParsedArticle): Span[] {
  const { tokens } = parsed
  const paragraphOf = new Int32Array(tokens.length)
  for (const sentence of parsed.sentences)
    for (let t = sentence.firstToken; t < sentence.lastToken; t++) paragraphOf[t] = sentence.paragraph
  return findQuotes(parsed.view, tokens, paragraphOf)
    .filter((quote) => quote.innerEnd > quote.innerStart)
    .map((quote) => ({
      start: (tokens[quote.innerStart] as Token).start,
      end: (tokens[quote.innerEnd - 1] as Token).end,
    }))
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
  if (!source) {
    const bare = subjectRightBeforeCue(discourse, statement)
    if (!bare) return withSpeaker(statement, null, 'no-source')
    const overlaps = bare.end > statement.content.start && bare.start < statement.content.end
    const found = speakerOf(discourse, { ...statement, source: bare }, earlier)
    return overlaps ? { ...found, source: null } : found
  }
  if (isUnownedClaim(parsed, statement)) return withSpeaker(statement, null, 'anonymous')
  // "It has been suggested …", "It is understood …": a passive report names no one.
  if (isImpersonalPassive(parsed, statement)) return withSpeaker(statement, null, 'anonymous')
  // "opened the debate with a speech criticising …": the speech names no one; see borrowParticipleSpeaker.
  if (isSpeechCarrier(parsed, source, statement.cue)) return withSpeaker(statement, null, 'unresolved')
  // "Tom Reed, who had moved to Leeds, said": the name the clause describes, not a place or body inside it.
  if (opensSetOffRelative(parsed.tokens, source, statement.cue)) {
    const relativeTo = speakerOfRelative(discourse, statement, source.start, earlier)
    if (relativeTo) return relativeTo
  }
  // "The Farm Network, which includes the Soil Trust and Green Acre, said": the noun before "which", not a name in the
  // clause that the source stopped at.
  const sentence = parsed.sentences[sentenceIndexAt(parsed.sentences, source.start)]
  const holder = sentence
    ? relativeHoldingSource(parsed.tokens, sentence.start, source, statement.cue, statement.content)
    : undefined
  if (holder !== undefined) {
    const relativeTo = speakerOfRelative(discourse, statement, holder, earlier)
    if (relativeTo) return relativeTo
  }
  // "Senate leader Tom Reed, R-Ore., said" when the source found is only "R-Ore": the person the tag follows.
  const tagged = personBeforePartyTag(parsed.view, source, anchors)
  if (tagged) return withSpeaker(statement, tagged)
  // "Critics, including Ann Lee, say", "Ann Lee and others argue": the member the group names spoke.
  const member = namedMember(parsed.view, source, anchors)
  if (member) return withSpeaker(statement, member)
  // "Tom Reed, 57, said", "Tom Reed, a delegate from Leeds, Kent, said": the age or place closes his appositive.
  const aside = personBeforeAside(discourse, source, statement.cue)
  if (aside) return withSpeaker(statement, aside)
  // "The summit congratulated Ann Vale and stressed …": the source ran on to the verb's object; the subject spoke.
  const subject = statement.cue ? clauseSubject(parsed, anchors, source, statement.cue) : undefined
  if (subject) {
    const found = speakerOf(discourse, { ...statement, source: subject }, earlier)
    return { ...found, source }
  }
  const shared =
    sharedSubject(discourse, statement) ??
    participleSubject(discourse, statement, earlier) ??
    subjectOfParticipleAfterObject(discourse, statement)
  if (shared) return withSpeaker(statement, shared)
  const adjacent = personAfterClause(discourse, statement)
  if (adjacent) return withSpeaker(statement, adjacent)
  // "Inevitably they insist", "But she said": the pronoun is the source.
  const words = parsed.view.slice(source.start, source.end).trim().replace(LEADING_WORD, '')
  const lower = words.toLowerCase()
  const fitting = PRONOUN_KINDS[lower]
  const inside = withUnlinkedNames(discourse, source, anchorsWithin(anchors, source.start, source.end))
  // "Work Secretary Ann Vale said … Mrs Vale told": a surname the actors stage left unlinked is the one person so named.
  const surnamed = inside.length === 0 ? personBySurname(discourse, words) : undefined
  if (surnamed) return withSpeaker(statement, surnamed)
  // "The party's leader, Ann Cole, backed the plan but said …": the name apposed after the description.
  const apposedName =
    statement.cue &&
    actorApposedAfter(
      parsed.view,
      source,
      statement.cue,
      anchorsWithin(anchors, source.start, statement.cue.start),
    )
  if (apposedName) return withSpeaker(statement, apposedName)
  if (lower === 'he' || lower === 'she') {
    const person =
      spokespersonBefore(discourse, lower, source.start, earlier) ??
      personOpeningRelative(discourse, lower, source.start) ??
      personForPronoun(
        discourse,
        words,
        source.start,
        earlier,
        statement.content,
        repliedTo(discourse, statement, earlier),
      ) ??
      inside.find((anchor) => anchor.kind === 'person')?.actor
    return person ? withSpeaker(statement, person) : withSpeaker(statement, null, 'unresolved')
  }
  // "our political editor": the reporter the text names with that post, when it names just one.
  const ownPost = OWN_POST.exec(lower)?.[1]
  if (ownPost && POST_NOUNS.has(ownPost.split(' ').at(-1) ?? '')) {
    const held = postHolder(discourse, ownPost.split(' '), undefined)
    return 'actor' in held ? withSpeaker(statement, held.actor) : withSpeaker(statement, null, 'unresolved')
  }
  // "The committee found … Members urged …": the members of the body that just spoke speak as it.
  if (MEMBERS.test(words)) {
    const body = bodySpokeJustBefore(discourse, source.start, earlier)
    return body ? withSpeaker(statement, body) : withSpeaker(statement, null, 'unresolved')
  }
  // "The Public Accounts Committee found … Committee members said …": members named by the body's own noun.
  const membersOf = BODY_MEMBERS.exec(words)?.[1]?.toLowerCase()
  if (membersOf && isBodyNoun(membersOf)) {
    const body = bodySpokeJustBefore(discourse, source.start, earlier)
    const name = body === undefined ? '' : (discourse.actors.get(body)?.name.toLowerCase() ?? '')
    if (body && name.split(/\s+/).includes(membersOf)) return withSpeaker(statement, body)
    // … or, further back, the one body the text names with that noun.
    const only = onlyBodyNamed(discourse, membersOf, source.start)
    if (only) return withSpeaker(statement, only)
  }
  // "a committee of MPs has warned … MPs said": the members a body is said to be made of speak as it.
  const madeOf = bodyMadeOf(discourse, words, source.start)
  if (madeOf) return withSpeaker(statement, madeOf)
  // "Visas are rushed, MPs have said. The Audit Committee found …": bare MPs are the one committee named.
  const committee = committeeOfMembers(discourse, source, words)
  if (committee) return withSpeaker(statement, committee)
  // "Kent Police said a man was held. Police say …": bare police are the one police force the text named before;
  // not those a passive speaks of ("Police were accused of …" by someone else).
  const passive = /^(?:is|are|was|were|been|being)\b/i.test(
    statement.cue ? cueWords(parsed, statement.cue) : '',
  )
  const force =
    /^(?:the )?police$/i.test(words) && !passive
      ? onlyBodyNamed(discourse, 'police', source.start)
      : undefined
  if (force) return withSpeaker(statement, force)
  // "a committee of MPs and peers has warned" in a lead whose next sentence names it: the one such body named.
  const described = DESCRIBED_BODY.exec(words)?.[1]
  const named = described ? onlyBodyNamed(discourse, described, parsed.view.length) : undefined
  if (named) return withSpeaker(statement, named)
  // "The Telegraph claimed … The newspaper said": the newspaper named last, unless the text said who wrote "the
  // paper" ("Tom Reed wrote a paper").
  const paper = newspaperBefore(discourse, lower, source.start)
  if (paper && readDocumentSource(discourse, source).kind !== 'author') return withSpeaker(statement, paper)
  if (lower === 'they') {
    const body = bodyForThey(discourse, statement, inside, earlier)
    return body ? withSpeaker(statement, body) : withSpeaker(statement, null, 'unresolved')
  }
  // "Vexco and Pellcom welcomed the ruling. The companies said …": a plural noun for bodies reads as "they" does.
  if (isPluralBodyPhrase(words)) {
    const body = bodyForThey(discourse, statement, inside, earlier)
    if (body && isBodyKind(discourse.actors.get(body)?.kind)) return withSpeaker(statement, body)
  }
  // "The committee said the audit office should act. It blamed …": "it" is the body that opened the sentence
  // before, whatever body the actors stage linked it to.
  if (lower === 'it') {
    // "The report is published by the Vale Unit. It says …": the writing the sentence before opened with.
    const writing = writingOpeningBefore(parsed, source)
    if (writing) return speakerOfWriting(discourse, statement, writing, earlier)
    const subject = bodyOfClauseBefore(discourse, source)
    if (subject) return withSpeaker(statement, subject)
    const continued = continuedByIt(discourse, lower, statement.cue, source, earlier)
    if (continued) return withSpeaker(statement, continued)
    const body =
      bodyThatSpoke(discourse, lower, source.start, earlier) ??
      thingBefore(discourse, lower, source.start, earlier, true)
    if (body !== undefined)
      return body ? withSpeaker(statement, body) : withSpeaker(statement, null, 'unresolved')
  }
  // "Ms Vale's office said", "the prime minister's spokesman said": the person the voice speaks for.
  const spoken =
    personSpokenFor(discourse, source, earlier) ?? spokespersonOfPronoun(discourse, source, earlier)
  if (spoken) return withSpeaker(statement, spoken)
  // "Ann Vale is suing Vexco … The lawsuit says": whoever brought the action speaks through it.
  const bringer = lawsuitBringer(discourse, source)
  if (bringer !== undefined)
    return withSpeaker(statement, bringer, bringer === null ? 'anonymous' : undefined)
  const document = readDocumentSource(discourse, source)
  if (document.kind === 'author') return withSpeaker(statement, document.actor)
  if (document.kind === 'held') return withSpeaker(statement, null, 'anonymous')
  // "The CIPS said exports fell. The survey added …": a writing with no author named speaks for the body that spoke.
  const writer = document.kind === 'none' ? bodyOfWriting(discourse, source, earlier) : undefined
  if (writer) return withSpeaker(statement, writer)
  if (document.kind === 'owner' && !inside.some((anchor) => anchor.end <= document.owner.end)) {
    const owner = actorForDescriptor(discourse, document.owner, earlier)
    if (owner) return withSpeaker(statement, owner)
  }
  // "BNP leader held … A party spokesman said": the one party the text named before.
  const party = partyOfVoice(discourse, source)
  if (party) return withSpeaker(statement, party)
  // "Mr Reed asked … The Tory spokesman also criticised …": the shadow minister just quoted.
  const sideSpokesperson = sideSpokespersonQuoted(discourse, source, earlier)
  if (sideSpokesperson) return withSpeaker(statement, sideSpokesperson)
  // "A Vale Centre spokesman, Tom Reed, said", "Tom Reed, a spokesman for Ann Lee, told": the spokesperson named.
  const spokesperson = namedSpokesperson(discourse, source, statement.cue, inside)
  if (spokesperson) return withSpeaker(statement, spokesperson)
  // "Scotland Yard said the plan was reviewed. A spokesman said …": the body the spokesperson follows.
  const body =
    bodyOfBareSpokesperson(discourse, source, statement.content) ??
    spokespersonSpokeBefore(discourse, source, earlier)
  if (body !== undefined) return withSpeaker(statement, body, body === null ? 'anonymous' : undefined)
  // "One of the bidders who lost out, steel giant Arcelor, told …": the name set off after the description.
  const afterDescription = actorAfterDescription(parsed.view, source, inside)
  if (afterDescription) return withSpeaker(statement, afterDescription)
  // "… said Vale Trust chief economist, Ann Lee.": the person set off after a post, not another holder of it.
  const afterPost = personApposedToPost(parsed.view, source, inside)
  if (afterPost) return withSpeaker(statement, afterPost)
  // "The men's solicitor says …" when a later sentence gives "The men's solicitor, Ann Vale,": that person.
  const agent = agentNamedLater(discourse, source)
  if (agent) return withSpeaker(statement, agent)
  const head = readSourceHead(parsed, source, inside)
  // "Ed Vale, a senior adviser to Bo Tarn, said", "Ed Vale, director of the Vale Trust, said", "Ed Vale, who chairs
  // the panel, said": the name the source describes, not a body or a person its appositive names.
  // Not a person the source names ("Archbishop Tom Reed, the Most Reverend Ed Vale, said"), nor a document ("…, Vexco
  // Ltd, a Pellcom statement said": the name ends what was said).
  const describesName =
    !fitting &&
    (head.kind !== 'actor' ||
      (head.anchor.kind !== 'person' &&
        head.anchor.start > source.start &&
        !isDocumentNoun(/\S+$/.exec(parsed.view.slice(source.start, source.end))?.[0] ?? '')))
  const apposed = describesName
    ? nameBeforeAppositive(discourse, source, statement.cue ?? undefined)
    : undefined
  if (apposed) return withSpeaker(statement, apposed)
  if (head.kind === 'actor' && (!fitting || fitting.includes(head.anchor.kind))) {
    // "the manager" the actors stage linked by its role: the one person given that role before, none when two were.
    const role = titleRole(discourse, head.anchor)
    if (role && !('actor' in role && role.actor === head.anchor.actor))
      return 'actor' in role ? withSpeaker(statement, role.actor) : withSpeaker(statement, null, 'unresolved')
    // "The home secretary" linked to "Shadow home secretary Tom Reed": the holder is someone else.
    const another = holdsAnotherOffice(discourse, head.anchor)
    const side = another ? undefined : contradictedSide(discourse, head.anchor)
    if (!another && side === undefined) {
      const qualified = bodyQualifiedByCountry(discourse, source, head.anchor, earlier)
      return withSpeaker(statement, qualified === undefined ? head.anchor.actor : qualified)
    }
    const person = personForDescription(
      discourse,
      titlePhrase(discourse, head.anchor),
      source.start,
      earlier,
      side,
    )
    return person ? withSpeaker(statement, person) : withSpeaker(statement, null, 'unresolved')
  }
  if (head.kind === 'nameless') return withSpeaker(statement, null, 'anonymous')
  if (head.kind === 'description') {
    // "The Oregon senator" is no one of Oregon's side: a place says where the person serves, not whose side.
    const place = head.modifier?.kind === 'location' ? head.modifier : undefined
    const body = place ? undefined : head.modifier?.actor
    // … and a place or a country is found by the office alone: "the Oregon senator" is "Senator Bo Tarn (R-Ore.)".
    const where = place ?? (head.modifier?.kind === 'country' ? head.modifier : undefined)
    const phrase = where ? withoutWords(head.phrase, parsed.view.slice(where.start, where.end)) : head.phrase
    // "the Clarion editor" is the one person named as the Clarion's editor; two such leave it unresolved.
    if (!where && POST_NOUNS.has(phrase.split(' ').at(-1) ?? '')) {
      const held = postHolder(discourse, phrase.split(' '), body)
      if ('actor' in held) return withSpeaker(statement, held.actor)
      // A post no one holds is not the person just quoted: a rebuttal ("The Vale Bank economist said they would
      // fall") is often the next quote, so it goes on to the lookup by description below.
      if (held.none !== 'no-one') return withSpeaker(statement, null, 'unresolved')
    }
    const found = checkedByOffices(
      discourse,
      source,
      where !== undefined,
      personForDescription(discourse, phrase, source.start, earlier, body),
    )
    // "Senator Tom Reed of Texas … the Oregon senator": a place the person is not tied to is someone unnamed.
    const person =
      (found &&
      (!where || servesIn(discourse, found, where) || holdsSeatUnnamed(discourse, found, where, earlier))
        ? found
        : undefined) ?? (speaksForBody(head.phrase) ? body : undefined)
    if (person) return withSpeaker(statement, person)
    // "the prime minister's spokesman" is someone the text does not name, as "a spokesman" is.
    return withSpeaker(statement, null, isOwnedAgent(head.phrase.split(' ')) ? 'anonymous' : 'unresolved')
  }
  if (head.kind === 'relative') {
    const relativeTo = speakerOfRelative(discourse, statement, head.at, earlier)
    if (relativeTo) return relativeTo
  }
  const antecedent =
    head.kind === 'relative'
      ? undefined
      : fitting
        ? (bodyThatSpoke(discourse, lower, source.start, earlier) ??
          thingBefore(discourse, lower, source.start, earlier) ??
          pronounAntecedent(discourse, words, source.start))
        : actorForDescriptor(discourse, head.kind === 'none' && head.head ? head.head : source, earlier)
  if (antecedent) return withSpeaker(statement, antecedent)
  // "…, the Vale Agency said. …, according to the agency": the body that just spoke, named by a noun its name lacks.
  const spokeBody = bodyNounSpokeBefore(discourse, source, earlier)
  if (spokeBody) return withSpeaker(statement, spokeBody)
  // "The Clarion editor told …" with no body found in "The Clarion": the one person named with the post; a post no
  // one holds is not taken to be the person just quoted, who may be the one it answers.
  const post = UNTAGGED_POST.exec(words)?.[1]
  if (post !== undefined && POST_NOUNS.has(post.split(' ').at(-1) ?? '')) {
    const held = postHolder(discourse, post.split(' '), undefined)
    if ('actor' in held) return withSpeaker(statement, held.actor)
    if (held.none !== 'no-one') return withSpeaker(statement, null, 'unresolved')
  }
  // "Profits at drugmaker Dr Vale's fell. The firm said …": the name introduced as a company, tagged as it may be.
  const company = COMPANY_DESCRIPTOR.exec(words)?.[1]
  const introduced =
    company && isCompanyNoun(company) ? nameDescribedAsCompany(discourse, source.start) : undefined
  if (introduced) return withSpeaker(statement, introduced)
  return withSpeaker(statement, null, ANONYMOUS.test(words) ? 'anonymous' : 'unresolved')
}

// "the firm", "The company": a definite company noun, alone.
const COMPANY_DESCRIPTOR = /^the\s+(\p{L}+)$/iu

/**
 * The speaker a relative pronoun at `at` stands for: the name before it ("Tom Reed, who said"), else whoever the noun
 * phrase before it names as a source would ("The firm, which said", "an REM spokesman, who added"), the statement
 * keeping its own source; undefined when there is no such phrase.
 */
function speakerOfRelative(
  discourse: Discourse,
  statement: Statement,
  at: number,
  earlier: readonly EarlierSpeaker[],
): Statement | undefined {
  const phrase = phraseBeforeRelative(discourse.parsed, at)
  const named = actorForRelative(discourse, at)
  // "the chairman of the Police Federation of England and Wales, which said": not the place that qualifies a body.
  const kind = named === undefined ? undefined : discourse.actors.get(named)?.kind
  const place = kind === 'location' || kind === 'country'
  if (named && !(phrase?.qualifies && place)) return withSpeaker(statement, named)
  if (!phrase || phrase.qualifies) return undefined
  const found = speakerOf(discourse, { ...statement, source: phrase.span }, earlier)
  return { ...found, source: statement.source }
}

/**
 * Whether a person may be the one a place's office stands for ("the Oregon senator"): the text ties them to that
 * place ("Senator Bo Tarn of Oregon", "Oregon Governor Ed Vale"), or, for a country, to no other country.
 */
function servesIn(discourse: Discourse, person: string, place: Anchor): boolean {
  const tied = placesOf(discourse, person)
  if (tied.has(place.actor)) return true
  if (place.kind !== 'country') return false
  return ![...tied].some((id) => discourse.actors.get(id)?.kind === 'country')
}

/**
 * Whether "the Salford MP" may be the person who just spoke though the text never tied them to Salford: a seat's place
 * is a member's varied name for the one in view, unless the text tied that person to a place at all ("Senator Tom
 * Reed of Texas … the Oregon senator" is someone else).
 */
function holdsSeatUnnamed(
  discourse: Discourse,
  person: string,
  place: Anchor,
  earlier: readonly EarlierSpeaker[],
): boolean {
  if (place.kind !== 'location' || earlier.at(-1)?.actor !== person) return false
  const rest = discourse.parsed.view.slice(place.end, place.end + 8)
  if (!SEAT_MEMBER.test(rest)) return false
  return ![...placesOf(discourse, person)].some((id) => discourse.actors.get(id)?.kind === 'location')
}

/**
 * The speaker of an "it" that stands for a writing: its author ("… published by the Vale Unit"), none when someone only
 * holds it, its owner ("the NAO's report"), a name in its head ("A Vale Audit report"), the body that spoke of it, or
 * no one known ("a statement was given in a written answer").
 */
function speakerOfWriting(
  discourse: Discourse,
  statement: Statement,
  { writing, head }: OpeningWriting,
  earlier: readonly EarlierSpeaker[],
): Statement {
  const document = readDocumentSource(discourse, writing)
  if (document.kind === 'author') return withSpeaker(statement, document.actor)
  if (document.kind === 'held') return withSpeaker(statement, null, 'anonymous')
  const owner = document.kind === 'owner' ? actorForDescriptor(discourse, document.owner, earlier) : undefined
  const named = anchorsWithin(discourse.anchors, head.start, head.end).find(
    (anchor) => anchor.form === 'name' && anchor.kind !== 'location',
  )?.actor
  const found = owner ?? named ?? bodyOfWriting(discourse, head, earlier)
  return found ? withSpeaker(statement, found) : withSpeaker(statement, null, 'unresolved')
}

// Offices held for a seat, named after the seat's place: "the Salford MP", "the Fife MSP".
const SEAT_MEMBER = /^\s+(?:MP|MSP|MEP|AM|MLA|TD)\b/

// Between a name and its place after it: "Tom Reed of Texas", "Tom Reed (from Texas"; before it: "Texas Senator
// Tom Reed", "Texas's governor, Tom Reed".
const PLACE_AFTER = /^\s*,?\s*\(?\s*(?:of|from)\s+(?:the\s+)?$/i
const PLACE_BEFORE = /^(?:['\u2019]s)?,?(?:\s+\p{L}[\p{L}.-]*){0,3},?\s+$/u

// placesOf by discourse and person: asked for each statement, it reads every place's mentions each time.
const placesKnown = new WeakMap<Discourse, Map<string, ReadonlySet<string>>>()

/** The places and countries the text ties a person to by their name's side. */
function placesOf(discourse: Discourse, person: string): ReadonlySet<string> {
  let known = placesKnown.get(discourse)
  if (!known) {
    known = new Map()
    placesKnown.set(discourse, known)
  }
  let tied = known.get(person)
  if (!tied) {
    tied = findPlacesOf(discourse, person)
    known.set(person, tied)
  }
  return tied
}

/** A place's or a country's mention, with the actor it names. */
type PlaceMention = { start: number; end: number; actor: string }

/** The article's place and country mentions, sorted by start and by end, built once per discourse. */
const placeMentionsKnown = new WeakMap<Discourse, { byStart: PlaceMention[]; byEnd: PlaceMention[] }>()

function placeMentionsOf(discourse: Discourse): { byStart: PlaceMention[]; byEnd: PlaceMention[] } {
  let known = placeMentionsKnown.get(discourse)
  if (!known) {
    const byStart: PlaceMention[] = []
    for (const actor of discourse.actors.values()) {
      if (actor.kind !== 'location' && actor.kind !== 'country') continue
      for (const at of actor.mentions) byStart.push({ start: at.start, end: at.end, actor: actor.id })
    }
    byStart.sort((a, b) => a.start - b.start)
    known = { byStart, byEnd: [...byStart].sort((a, b) => a.end - b.end) }
    placeMentionsKnown.set(discourse, known)
  }
  return known
}

/**
 * The places a person's name mentions sit beside: a place starting at most 16 characters after a name ("of
 * Texas") or ending at most 40 before it ("Texas Senator"). Each name looks only at the places near it (binary
 * search), so an article with many names and places costs names × log places, not names × places.
 */
function findPlacesOf(discourse: Discourse, person: string): Set<string> {
  const { view } = discourse.parsed
  const tied = new Set<string>()
  const { byStart, byEnd } = placeMentionsOf(discourse)
  for (const name of discourse.actors.get(person)?.mentions ?? []) {
    for (let i = countStartingBefore(byStart, name.end); i < byStart.length; i++) {
      const at = byStart[i] as PlaceMention
      if (at.start - name.end > 16) break
      if (PLACE_AFTER.test(view.slice(name.end, at.start))) tied.add(at.actor)
    }
    for (let i = countEndingBefore(byEnd, name.start - 40); i < byEnd.length; i++) {
      const at = byEnd[i] as PlaceMention
      if (at.end > name.start) break
      if (PLACE_BEFORE.test(view.slice(at.end, name.start))) tied.add(at.actor)
    }
  }
  return tied
}

/** A lower-case phrase without the words of a name ("oregon senator" without "Oregon"), or as it was if nothing is left. */
function withoutWords(phrase: string, name: string): string {
  const drop = new Set(name.toLowerCase().split(/\s+/))
  const kept = phrase.split(' ').filter((word) => !drop.has(word.replace(/['\u2019]s?$/, '')))
  return kept.length > 0 ? kept.join(' ') : phrase
}

/** An office no one was found for, held by the person the article names right after it (see officeHolderNamedNext). */
function officeNamedNext(discourse: Discourse, statement: Statement): Statement {
  const { source } = statement
  if (!source || statement.speaker !== null || statement.speakerReason !== 'unresolved') return statement
  const holder = officeHolderNamedNext(discourse, source)
  return holder ? withSpeaker(statement, holder) : statement
}

/** A lead's nameless description of a person the next sentence names (see personNamedAfterLead). */
function describedInLead(discourse: Discourse, statement: Statement): Statement {
  const { source } = statement
  if (!source || statement.speaker !== null) return statement
  const person = personNamedAfterLead(discourse, source)
  return person ? withSpeaker(statement, person) : statement
}

/** A lead's nameless description of an organisation the next sentence names (see bodyNamedAfterLead). */
function bodyInLead(discourse: Discourse, sources: readonly Span[], statement: Statement): Statement {
  const { source } = statement
  if (!source || statement.speaker !== null) return statement
  const body = bodyNamedAfterLead(discourse, sources, source)
  return body ? withSpeaker(statement, body) : statement
}

/** A speaker for an office whom the lead gave another post (see checkedByLeadPosts). */
function otherThanLeadPost(
  discourse: Discourse,
  posts: ReadonlyMap<string, string>,
  statement: Statement,
): Statement {
  const { source, speaker } = statement
  if (!source || speaker === null || posts.size === 0) return statement
  const checked = checkedByLeadPosts(discourse, posts, source, speaker)
  return checked === speaker ? statement : withSpeaker(statement, checked ?? null, 'unresolved')
}

/**
 * A speaker whose source is an office ("The Tory leader has said") checked against the offices the article gives
 * out, whichever look-up found them: the man the article calls the prime minister is not "the Tory leader".
 */
function heldOffice(discourse: Discourse, statement: Statement): Statement {
  const { source, speaker } = statement
  if (!source || speaker === null) return statement
  const checked = checkedByOffices(discourse, source, false, speaker)
  return checked === speaker ? statement : withSpeaker(statement, checked ?? null)
}

/**
 * A description's person checked against the offices the whole article gives out (see officeHolders): a person
 * found nearby who holds another office there ("the chancellor" taken for the man the article calls the prime
 * minister) gives way to this office's holder, or to no one; a description no one was found for takes its holder.
 */
function checkedByOffices(
  discourse: Discourse,
  source: Span,
  placed: boolean,
  found: string | undefined,
): string | undefined {
  const phrase = officeOf(discourse.parsed.view.slice(source.start, source.end))
  if (placed || phrase === undefined) return found
  const holders = officeHolders(discourse)
  // "the prime minister told Mr Brown" elsewhere: Mr Brown, however near, is not "the prime minister" here.
  if (found === undefined || namedAsOther(discourse, phrase).has(found)) return holders.get(phrase)
  // "The attorney general said" linked to the article's "Solicitor General Harriet Harman": her role is another office.
  const role = discourse.actors.get(found)?.role
  if (role !== undefined && isOtherRole(role, phrase)) {
    const holder = holders.get(phrase)
    return holder === found ? undefined : holder
  }
  for (const [office, holder] of holders)
    if (holder === found && office !== phrase) return holders.get(phrase)
  return found
}

/**
 * Whether a person's role is an office other than `phrase`: neither holds the other's words ("Solicitor General" is
 * not "attorney general"; "Chancellor of the Exchequer" is "chancellor", "Lib Dem leader" "liberal democrat leader").
 */
function isOtherRole(role: string, phrase: string): boolean {
  const office = officePhrase(role)
  return !office.includes(phrase) && !phrase.includes(office)
}

/**
 * Whether a description is of someone who speaks for a body ("the Labour spokesman", "the Kremlin press
 * secretary"): when no person fits it, the body speaks. Any other ("the Green nominee", "the Oregon senator") is a
 * person, never the party or the place that qualifies them.
 */
function speaksForBody(phrase: string): boolean {
  return /(?:^|\s)(?:spokes(?:man|woman|person)|press secretary)$/.test(phrase)
}

// A cue in the passive: what follows its subject is said of them.
const PASSIVE_CUE = /^(?:is|are|was|were|be|been|being|has been|have been|had been)\b/i

/**
 * The subject the source model left out when it stands right before the cue: "Explaining why he argued that …", "He
 * said intimidation was widespread" with no source found — a subject pronoun, or a person's name, just before the
 * verb (an adverb may come between: "she also said").
 */
function subjectRightBeforeCue(discourse: Discourse, statement: Statement): Span | undefined {
  const { cue } = statement
  if (!cue) return undefined
  const { tokens, view } = discourse.parsed
  // "He is said to have …", "she was described as …": the one named is talked about, not talking.
  if (PASSIVE_CUE.test(view.slice(cue.start, cue.end))) return undefined
  let t = countStartingBefore(tokens, cue.start) - 1
  while (t >= 0 && ADVERB.test((tokens[t] as Token).text)) t--
  const token = tokens[t]
  if (!token) return undefined
  // Only subject forms: "him", "her" and "them" are objects.
  if (/^(?:he|she|they)$/i.test(token.text)) return { start: token.start, end: token.end }
  const named = anchorsWithin(discourse.anchors, Math.max(0, token.start - 80), token.end).findLast(
    (anchor) => anchor.end === token.end && anchor.kind === 'person' && anchor.form === 'name',
  )
  if (!named || /^['\u2019]/.test(view.slice(named.end, named.end + 1))) return undefined
  return { start: named.start, end: named.end }
}

// How many words a name may hold, for the look-up of names the actors stage did not link in a source.
const NAME_WORDS = 5

const ACRONYM = /^\p{Lu}{2,8}$/u

/** Each actor's names as the text writes them ("Treasury", "Home Office"), built once per article. */
const surfacesOf = new WeakMap<Discourse, ReadonlyMap<string, Anchor>>()

function surfaces(discourse: Discourse): ReadonlyMap<string, Anchor> {
  const known = surfacesOf.get(discourse)
  if (known) return known
  const found = new Map<string, Anchor>()
  for (const anchor of discourse.anchors) {
    if (anchor.form !== 'name' || anchor.kind === 'location') continue
    const words = discourse.parsed.view.slice(anchor.start, anchor.end)
    if (/^\p{Lu}/u.test(words) && !found.has(words)) found.set(words, anchor)
  }
  surfacesOf.set(discourse, found)
  return found
}

/** Whether a word starts its sentence (after any opening quote or bracket). */
function opensItsSentence(discourse: Discourse, at: number): boolean {
  const sentence = discourse.parsed.sentences[sentenceIndexAt(discourse.parsed.sentences, at)]
  return sentence !== undefined && /^[\s"'“‘(]*$/.test(discourse.parsed.view.slice(sentence.start, at))
}

/**
 * The anchors of a source with the names the actors stage left unlinked there: "A Treasury spokesman" when the
 * text names the Treasury elsewhere — a modifier the tagger read as a common word is the same body.
 */
function withUnlinkedNames(discourse: Discourse, source: Span, inside: readonly Anchor[]): Anchor[] {
  const { tokens, view } = discourse.parsed
  const names = surfaces(discourse)
  const added: Anchor[] = []
  const first = countStartingBefore(tokens, source.start)
  for (let t = first; t < tokens.length && (tokens[t] as Token).end <= source.end; t++) {
    const start = (tokens[t] as Token).start
    if (!/^\p{Lu}/u.test((tokens[t] as Token).text)) continue
    if (inside.some((anchor) => anchor.start <= start && start < anchor.end)) continue
    let match: Anchor | undefined
    let end = start
    for (let k = t; k < Math.min(tokens.length, t + NAME_WORDS); k++) {
      const token = tokens[k] as Token
      if (token.end > source.end) break
      const known = names.get(view.slice(start, token.end))
      if (known) {
        match = known
        end = token.end
      }
    }
    if (!match || inside.some((anchor) => anchor.start < end && start < anchor.end)) continue
    // Only a name that modifies a noun after it ("Treasury spokesman"): a capital that opens the sentence says
    // nothing ("Campaigners are …"), and a lone name the actors stage did not link may be a place or a thing.
    // An acronym the text writes as a body's name elsewhere is that body even alone ("NPHET have warned").
    const acronym = match.kind === 'organization' && ACRONYM.test(view.slice(start, end))
    // "Anti-spam group Spamhaus", "analysts Gartner": a body's name after a noun that says what body it is.
    const described = match.kind === 'organization' && describesBody(tokens[t - 1]?.text ?? '')
    if (!acronym && !described && (end >= source.end || opensItsSentence(discourse, start))) continue
    added.push({ start, end, actor: match.actor, kind: match.kind, form: 'name' })
    while (t + 1 < tokens.length && (tokens[t + 1] as Token).end <= end) t++
  }
  return added.length === 0
    ? [...inside]
    : [...inside, ...added].sort((a, b) => a.start - b.start || b.end - a.end)
}

// Nouns before a body's name that say what it is, beside those of isBodyNoun: "analysts Gartner".
const BODY_DESCRIPTORS = new Set(
  'analyst analysts consultancy consultants pollster pollsters think-tank newspaper magazine website'.split(
    ' ',
  ),
)

/** Whether a word before a name says that the name is a body's: "group Spamhaus", "analysts Gartner". */
function describesBody(word: string): boolean {
  return isBodyNoun(word) || BODY_DESCRIPTORS.has(word.toLowerCase())
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
  // "The Tories are trying … On Wednesday they unveiled …", "Michael Howard and John Redwood launched … They say":
  // the plural subject that opens this sentence or the one before.
  const previous = sentences[sentence - 1]
  for (const before of [at, previous ? previous.end - 1 : -1]) {
    if (before < 0) continue
    const subject = subjectBefore(discourse, before)
    if (!subject || !opensSentence(discourse, subject.anchor)) continue
    const { anchor, partner } = subject
    if (partner) return anchor.actor
    const name = discourse.parsed.view.slice(anchor.start, anchor.end)
    if (anchor.kind === 'group' || (anchor.kind === 'organization' && PLURAL_NAME.test(name)))
      return anchor.actor
  }
  // "The bill is expected to be opposed by the Liberal Democrats. They have said …": the agent is who acts.
  const agent =
    pluralAgentBetween(discourse, sentences[sentence]?.start ?? at, at) ??
    (previous ? pluralAgentBetween(discourse, previous.start, previous.end) : undefined)
  if (agent) return agent
  for (let i = earlier.length - 1; i >= 0; i--) {
    const spoke = earlier[i] as EarlierSpeaker
    if (spoke.at < from) break
    const kind = discourse.actors.get(spoke.actor)?.kind
    if (isBodyKind(kind)) return spoke.actor
  }
  return undefined
}

const DESCRIBED_BODY =
  /^an?\s+(?:[a-z-]+\s+){0,2}?(committee|commission|panel)\s+of\s+\p{L}{2,20}s(?:\s+and\s+\p{L}{2,20}s)?$/u
const PLURAL_NOUN = /^(?:the\s+)?(\p{L}{2,20}s)$/u
const MADE_OF =
  /\b(?:a|the)\s+(?:[a-z-]+\s+){0,2}?(committee|commission|panel|council|board)\s+of\s+(\p{L}{2,20}s)\b/gu

/** A phrase saying what a body is made of ("a committee of MPs"): where it ends, its head and its plural. */
type MadeOfPhrase = { end: number; head: string; plural: string }

/** Each article's phrases of what a body is made of, in order, found once per article (not once per source). */
const madeOfPhrases = new WeakMap<Discourse, readonly MadeOfPhrase[]>()

function phrasesOfMadeOf(discourse: Discourse): readonly MadeOfPhrase[] {
  const known = madeOfPhrases.get(discourse)
  if (known) return known
  const found: MadeOfPhrase[] = []
  for (const match of discourse.parsed.view.matchAll(MADE_OF))
    found.push({ end: match.index + match[0].length, head: match[1] as string, plural: match[2] as string })
  madeOfPhrases.set(discourse, found)
  return found
}

/**
 * The body the text says a plural is made of ("a committee of MPs and peers" before "MPs said"): the one body with
 * that head the article names, or undefined.
 */
function bodyMadeOf(discourse: Discourse, words: string, at: number): string | undefined {
  const plural = PLURAL_NOUN.exec(words)?.[1]
  if (!plural) return undefined
  for (const phrase of phrasesOfMadeOf(discourse)) {
    if (phrase.end > at) break
    if (phrase.plural !== plural) continue
    const body = onlyBodyNamed(discourse, phrase.head, at)
    if (body) return body
  }
  return undefined
}

// Members of a body the source does not name: "Members", "its members" (not "members of the public").
const MEMBERS = /^(?:(?:its|the(?:ir)?)\s+)?members$/i
// Members named by a body's noun: "Committee members", "the board members".
const BODY_MEMBERS = /^(?:the\s+)?(\p{L}+)\s+members$/iu

/** An organization that spoke in this sentence or the one before (the latest), for its members' words. */
function bodySpokeJustBefore(
  discourse: Discourse,
  at: number,
  earlier: readonly EarlierSpeaker[],
): string | undefined {
  const { sentences } = discourse.parsed
  const sentence = countStartingBefore(sentences, at + 1) - 1
  const from = sentences[Math.max(0, sentence - 1)]?.start ?? 0
  const last = earlier.at(-1)
  if (!last || last.at < from) return undefined
  return discourse.actors.get(last.actor)?.kind === 'organization' ? last.actor : undefined
}

// A post after a capitalised name the actors stage did not tag: "The Clarion editor", "the Daily Post editor".
const UNTAGGED_POST = /^[Tt]he (?:\p{Lu}[\p{L}-]* ){1,3}((?:[a-z-]+ ){0,2}[a-z]+)$/u
// A post of the paper's or broadcaster's own staff: "our correspondent", "our political editor".
const OWN_POST = /^our ((?:[a-z-]+ ){0,2}[a-z]+)$/
// One word before a pronoun source that does not change who it is: "Inevitably they", "But she".
const LEADING_WORD =
  /^(?:\p{L}+ly|but|and|so|now|then|yet|also|still|however|meanwhile),?\s+(?=(?:he|she|they)$)/iu

/**
 * The speaker of a participle after a comma or "and" ("The Tories criticised the stance, saying …"): the sentence's
 * subject, else whoever spoke last in the sentence — not the words the source model took before it.
 */
function participleSubject(
  discourse: Discourse,
  statement: Statement,
  earlier: readonly EarlierSpeaker[],
): string | undefined {
  const { parsed } = discourse
  const { source, cue } = statement
  if (!source || !cue || source.end > cue.start) return undefined
  const { tokens } = parsed
  const first = countStartingBefore(tokens, cue.start)
  if (!/^\p{L}+ing$/iu.test(tokens[first]?.text ?? '')) return undefined
  let t = first - 1
  while (t >= 0 && ADVERB.test((tokens[t] as Token).text)) t--
  if (!/^(?:,|and)$/i.test(tokens[t]?.text ?? '')) return undefined
  const absolute = personDoingBefore(discourse, t)
  if (absolute) return absolute
  const subject = subjectBefore(discourse, cue.start)
  if (subject && subject.anchor.kind !== 'location') return subject.anchor.actor
  const sentence = parsed.sentences[sentenceIndexAt(parsed.sentences, cue.start)]
  const last = earlier.at(-1)
  return sentence && last && last.at >= sentence.start && last.at < cue.start ? last.actor : undefined
}

// Words that open a clause whose person does what the participle after it says: "with Ann Lee walking up, saying".
const ABSOLUTE_OPENERS = /^(?:with|as)$/i

/**
 * The person of a clause "with X doing …" that ends at the comma `comma` (a token index): "The row began at the
 * show, with Ann Lee marching up to him, saying …" — Ann Lee is the one saying.
 */
function personDoingBefore(discourse: Discourse, comma: number): string | undefined {
  const { tokens } = discourse.parsed
  const sentence =
    discourse.parsed.sentences[sentenceIndexAt(discourse.parsed.sentences, (tokens[comma] as Token).start)]
  if (!sentence) return undefined
  let open = comma - 1
  while (open >= sentence.firstToken && !/^[,;:(]$/.test((tokens[open] as Token).text)) open--
  const opener = tokens[open + 1]
  if (!opener || !ABSOLUTE_OPENERS.test(opener.text)) return undefined
  const named = anchorsWithin(discourse.anchors, opener.end, (tokens[comma] as Token).start).find(
    (anchor) => anchor.kind === 'person' && anchor.form === 'name',
  )
  if (!named) return undefined
  const next = tokens[countStartingBefore(tokens, named.end)]
  return next && /^\p{Ll}+ing$/u.test(next.text) && named.start < next.start ? named.actor : undefined
}

/**
 * A person named right before the cue, in a clause the source model ran into its source: "The Tories criticised
 * the stance, saying Mr Oaten had said …" — Mr Oaten is the subject of "had said".
 */
function personAfterClause(discourse: Discourse, statement: Statement): string | undefined {
  const { parsed } = discourse
  const { source, cue } = statement
  if (!source || !cue || source.end > cue.start || parsed.view.slice(source.end, cue.start).trim() !== '')
    return undefined
  const { tokens } = parsed
  const named = anchorsWithin(discourse.anchors, source.start, source.end).findLast(
    (anchor) => anchor.end === source.end && anchor.kind === 'person' && anchor.form === 'name',
  )
  if (!named) return undefined
  let before = countStartingBefore(tokens, named.start) - 1
  // Titles before the name: "saying Mr Oaten", "as Chancellor Gordon Brown".
  for (let k = 0; k < 3 && /^\p{Lu}/u.test(tokens[before]?.text ?? ''); k++) before--
  const opener = tokens[before]?.text ?? ''
  const comma = tokens[before - 1]?.text
  return /^\p{Ll}+ing$|^(?:as|while|when|and|but)$/u.test(opener) && comma === ',' ? named.actor : undefined
}

/**
 * The speaker of a verb that shares the subject of the clause before it: in "the Pro-Life Alliance congratulated
 * Mr Howard on his stance, but said it did not go far enough", the source found before "said" is the first verb's
 * object, and the speaker is the sentence's subject.
 */
function sharedSubject(discourse: Discourse, statement: Statement): string | undefined {
  const { parsed } = discourse
  const { source, cue } = statement
  if (!source || !cue || source.end > cue.start) return undefined
  const { tokens } = parsed
  let t = countStartingBefore(tokens, cue.start) - 1
  while (t >= 0 && ADVERB.test((tokens[t] as Token).text)) t--
  const conjunction = tokens[t]
  if (!conjunction || !/^(?:and|but)$/i.test(conjunction.text) || conjunction.start < source.end)
    return undefined
  // "… said X, and Mr Hale added": the source sits right before the cue, its own subject.
  if (parsed.view.slice(source.end, conjunction.start).trim() === '') return undefined
  const subject = subjectBefore(discourse, source.start)
  if (!subject || subject.anchor.kind === 'location') return undefined
  return subject.anchor.actor
}

// Adverbs that may stand between a conjunction and its verb: "but also said", "and then added".
const ADVERB = /^(?:also|then|later|still|again|further|quickly|immediately|repeatedly|publicly|privately)$/i

// Nouns for others' words that a cue can end with: "addressing claims that …", "amid accusations of …".
const CLAIM_NOUNS = new Set(
  'claims accusations allegations suggestions rumours rumors warnings complaints criticism criticisms speculation reports'.split(
    ' ',
  ),
)
// Words before such a noun that make it a noun, not a verb ("the claims", "denied claims", "amid claims").
const BEFORE_NOUN =
  /^(?:the|these|those|such|new|fresh|recent|repeated|growing|amid|over|after|about|despite|against|by|of|to|with|denied|rejected|dismissed|addressing|denying|rejecting|dismissing|faced|facing)$/i

/**
 * Whether a cue is a noun for words whose owner the text does not give: "Addressing claims that the law was
 * unenforceable, Mr Michael said" — the claims are not Mr Michael's, and no one is named as making them.
 */
function isUnownedClaim(parsed: ParsedArticle, statement: Statement): boolean {
  const { source, cue } = statement
  if (!source || !cue) return false
  const { tokens } = parsed
  const last = countStartingBefore(tokens, cue.end) - 1
  const noun = tokens[last]
  if (!noun || !CLAIM_NOUNS.has(noun.text.toLowerCase())) return false
  if (!BEFORE_NOUN.test(tokens[last - 1]?.text ?? '')) return false
  // "the minister's claims", "claims by the minister": owned.
  if (source.end <= cue.start && parsed.view.slice(source.end, noun.start).trim().length <= 2) return false
  const after = tokens[countStartingBefore(tokens, cue.end)]?.text.toLowerCase()
  return !(source.start >= cue.end && (after === 'by' || after === 'from'))
}

// Words that open a clause whose "it" is the subject of the clause before: "… caused an outcry when it sent …",
// and "which", whose clause's "it" cannot be what "which" stands for: "… shut the Vale plant, which it says …".
const SUBORDINATORS =
  /^(?:when|after|before|because|as|since|while|until|although|though|once|and|but|which)$/i

/**
 * The body a bare "it" stands for when it opens a clause after the sentence's own subject: "Hereford Hospital
 * Trust caused an outcry when it sent out a letter", "Vexco will shut the Portugal plant, which it says loses money"
 * — the body that is the subject, whatever body or place the actors stage linked "it" to or the clause names last.
 */
function bodyOfClauseBefore(discourse: Discourse, source: Span): string | undefined {
  const { tokens } = discourse.parsed
  const before = tokens[countStartingBefore(tokens, source.start) - 1]
  if (!before || !SUBORDINATORS.test(before.text)) return undefined
  const subject = subjectBefore(discourse, before.start)
  if (!subject || subject.anchor.form === 'pronoun' || !opensSentence(discourse, subject.anchor))
    return undefined
  return isBodyKind(subject.anchor.kind) ? subject.anchor.actor : undefined
}

// Cues of an answer: the one who answers is not the one who just spoke.
const REPLY = /^(?:replied|replies|responded|responds|retorted|retorts|answered|answers|hit back)\b/i

/** Who spoke just before a reply ("Mr Cole told him … He replied"), in this sentence or the one before. */
function repliedTo(
  discourse: Discourse,
  statement: Statement,
  earlier: readonly EarlierSpeaker[],
): string | undefined {
  const { cue, source } = statement
  if (!cue || !source || !REPLY.test(discourse.parsed.view.slice(cue.start, cue.end))) return undefined
  const last = earlier.at(-1)
  if (!last) return undefined
  if (sentencesApart(discourse, last.at, source.start) > 1) return undefined
  // Only words aimed at someone ("told him", "accused Mr Cole") call for a reply from another; "Asked if he would
  // quit, he replied" is the same speaker answering a question.
  const between = discourse.parsed.view.slice(last.at, source.start)
  return aimsAtSomeone(discourse, last.at, source.start) && !QUESTIONED.test(between) ? last.actor : undefined
}

// Verbs that aim words at the one named after them ("told him", "accused Mr Cole").
const AIMED_AT_NEXT =
  /\b(?:told|asked|accused|challenged|urged|pressed|attacked|criticised|criticized|questioned)\s+(him|her|\p{Lu})/gu

/**
 * Whether the text from..to aims words at a person: a verb of address before "him", "her" or a person's name or
 * title ('told Mr Cole'), not before a broadcaster or a body ('told BBC Radio 4', 'urged the council').
 */
function aimsAtSomeone(discourse: Discourse, from: number, to: number): boolean {
  const view = discourse.parsed.view.slice(from, to)
  for (const match of view.matchAll(AIMED_AT_NEXT)) {
    const next = match[1] as string
    if (next === 'him' || next === 'her') return true
    const object = from + (match.index ?? 0) + match[0].length - next.length
    // The anchor of a person's name may start after a title ("Mr Cole").
    const anchor = anchorsWithin(discourse.anchors, object, to)[0]
    if (anchor && anchor.start - object <= 5 && anchor.kind === 'person') return true
  }
  return false
}

/** How many sentences the sentence at offset `later` is after the one at offset `earlier`. */
function sentencesApart(discourse: Discourse, earlier: number, later: number): number {
  const { sentences } = discourse.parsed
  return countStartingBefore(sentences, later + 1) - countStartingBefore(sentences, earlier + 1)
}

/** Whether an actor kind is a body that speaks as one: an organisation, a country, a group. */
function isBodyKind(kind: string | undefined): boolean {
  return kind === 'organization' || kind === 'country' || kind === 'group'
}

// A question put to the speaker before the reply ("Asked if he would quit, he replied").
const QUESTIONED = /(?:^|[.!?]\s+)(?:when\s+)?asked\b/i

/** "she" credited to a body (its spokeswoman speaking on): the next "she" may be that spokeswoman again. */
function bodyVoice(
  discourse: Discourse,
  statement: Statement,
  last: EarlierSpeaker | undefined,
): EarlierSpeaker['voice'] {
  const { source, speaker } = statement
  // Only a spokesperson's chain: "he" credited to a body any other way is no voice of it.
  if (!source || speaker === null || !last?.voice || last.actor !== speaker) return undefined
  const words = discourse.parsed.view.slice(source.start, source.end).toLowerCase()
  return words === 'he' || words === 'she' ? words : undefined
}

/**
 * "A Home Office spokeswoman said … She added …": a pronoun right after a spokesperson's words, with no one
 * named between, is that spokesperson again, speaking for the same body.
 */
function spokespersonBefore(
  discourse: Discourse,
  pronoun: string,
  at: number,
  earlier: readonly EarlierSpeaker[],
): string | undefined {
  const last = earlier.at(-1)
  if (!last?.voice || (last.voice !== 'either' && last.voice !== pronoun)) return undefined
  if (sentencesApart(discourse, Math.max(last.at, last.end ?? last.at), at) > 1) return undefined
  const between = anchorsWithin(discourse.anchors, last.at, at)
  // "A spokeswoman confirmed Mr Smith was staying. … she said": a man named between is not "she"; nor, inside her own
  // words, someone whose gender the text never tells ("said Sam Rolt would stay. She said …"), whom the spokeswoman,
  // a "she" by her title, outranks.
  const other = pronoun === 'he' ? 'female' : 'male'
  const inWords = (anchor: Anchor) =>
    last.words !== undefined && anchor.start >= last.words.start && anchor.end <= last.words.end
  const named = between.some((anchor) => {
    if (anchor.kind !== 'person' || anchor.form !== 'name' || insideQuote(discourse.quoted, anchor))
      return false
    const gender = discourse.genders.get(anchor.actor)
    return gender !== other && !(gender === undefined && last.voice !== 'either' && inWords(anchor))
  })
  return named ? undefined : last.actor
}

/**
 * The person "his spokesman" or "her spokeswoman" speaks for: whom the possessive pronoun stands for, as "Mr
 * Blair's spokesman" speaks for Blair.
 */
function spokespersonOfPronoun(
  discourse: Discourse,
  source: Span,
  earlier: readonly EarlierSpeaker[],
): string | undefined {
  const words = discourse.parsed.view.slice(source.start, source.end)
  const match = /^(his|her)\s+(?:[\p{L}-]+\s+){0,2}(?:spokes(?:man|woman|person)|office)$/iu.exec(words)
  if (!match) return undefined
  const pronoun = (match[1] as string).toLowerCase() === 'his' ? 'he' : 'she'
  return personForPronoun(discourse, pronoun, source.start, earlier)
}

/**
 * The party or country a title names that is not the one its holder is tied to: "the Tory leader" linked to a
 * person whose affiliation is the Liberal Democrats gives the Conservatives, and the link is not believed.
 */
function contradictedSide(discourse: Discourse, anchor: Anchor): string | undefined {
  if (anchor.form !== 'title' || anchor.kind !== 'person') return undefined
  const affiliation = discourse.actors.get(anchor.actor)?.affiliation
  if (affiliation === undefined) return undefined
  return anchorsWithin(discourse.anchors, anchor.start, anchor.end).find(
    (other) => other.actor !== affiliation && other.actor !== anchor.actor && isBodyKind(other.kind),
  )?.actor
}

/**
 * Whether a title is linked to a person whose role makes it another office: "the home secretary" is not the shadow
 * home secretary, "the chancellor" not a former one, whatever the actors stage linked it to.
 */
function holdsAnotherOffice(discourse: Discourse, anchor: Anchor): boolean {
  if (anchor.form !== 'title' || anchor.kind !== 'person') return false
  const role = discourse.actors.get(anchor.actor)?.role
  if (role === undefined) return false
  const title = otherOffices(discourse.parsed.view.slice(anchor.start, anchor.end))
  return otherOffices(role).some((word) => !title.includes(word))
}

/** A title's words as a description to look up: "the Home Secretary" → "home secretary". */
function titlePhrase(discourse: Discourse, anchor: Anchor): string {
  return discourse.parsed.view
    .slice(anchor.start, anchor.end)
    .toLowerCase()
    .replace(/^the\s+/, '')
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
  discourse: Discourse,
  statement: Statement,
  all: readonly Statement[],
): Statement {
  const { parsed } = discourse
  const { cue } = statement
  if (statement.speaker !== null || !cue) return statement
  // A carrier ("with a speech criticising", "in a passage calling for") was checked for a participle already.
  const carrier = statement.source !== null && isSpeechCarrier(parsed, statement.source, cue)
  if (statement.source !== null && !carrier) return statement
  if (!carrier && !/ing$/i.test(parsed.view.slice(cue.start, cue.end))) return statement
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
  if (best) return withSpeaker(statement, best.speaker)
  // "Mr Blair … threw them off their stride by asking what they would do": the subject before the participle.
  const subject = subjectBefore(discourse, cue.start)
  return subject && subject.anchor.kind !== 'location'
    ? withSpeaker(statement, subject.anchor.actor)
    : statement
}

/**
 * Whether a statement's source is a definite description of its person: "the prime minister talked about …"
 * resolved to Tom Vane, not "Mr Vane said", "he said" nor "Pullman, who had told him". Such a source keeps the
 * person in view for the pronouns after it, as a name does.
 */
function describesSpeaker(discourse: Discourse, statement: Statement): boolean {
  const { source, speaker } = statement
  if (!source || !speaker || insideQuote(discourse.quoted, source)) return false
  if (!/^the\s/i.test(discourse.parsed.view.slice(source.start, source.end))) return false
  return !anchorsWithin(discourse.anchors, source.start, source.end).some(
    (anchor) => anchor.actor === speaker && (anchor.form === 'name' || anchor.form === 'title'),
  )
}

/** The words of a cue, trimmed. */
function cueWords(parsed: ParsedArticle, cue: Span): string {
  return parsed.view.slice(cue.start, cue.end).trim()
}

function withSpeaker(
  statement: Statement,
  speaker: string | null,
  reason?: Statement['speakerReason'],
): Statement {
  const { speakerReason: _old, ...rest } = statement
  return speaker === null ? { ...rest, speaker, speakerReason: reason ?? 'unresolved' } : { ...rest, speaker }
}

/**
 * "The report said … It questioned …", "The company said … It added …": a bare "it" right after a body spoke is
 * that body, whatever other body the words in between name.
 */
function bodyThatSpoke(
  discourse: Discourse,
  pronoun: string,
  at: number,
  earlier: readonly EarlierSpeaker[],
): string | undefined {
  if (pronoun !== 'it') return undefined
  // A person who spoke in between is not "it": "The book says … Mr Blair said … , it says."
  for (let i = earlier.length - 1; i >= 0; i--) {
    const last = earlier[i] as EarlierSpeaker
    if (sentencesApart(discourse, last.at, at) > 1) return undefined
    const kind = discourse.actors.get(last.actor)?.kind
    if (isBodyKind(kind) || last.writing) return last.actor
    if (kind !== 'person') return undefined
  }
  return undefined
}

/** Whether a statement's source is a writing: a document noun heads it, a work is named with its author, or "it" stood for one. */
function isWriting(discourse: Discourse, statement: Statement): boolean {
  const { source, speaker } = statement
  if (!source || speaker === null) return false
  // "It claims …" credited to a person: the writing spoke again.
  const words = discourse.parsed.view.slice(source.start, source.end).toLowerCase()
  if (words === 'it' && discourse.actors.get(speaker)?.kind === 'person') return true
  if (readDocumentSource(discourse, source).kind === 'author') return true
  return namesAuthoredWork(
    discourse.parsed,
    source,
    anchorsWithin(discourse.anchors, source.start, source.end),
  )
}

/**
 * "The survey also looked at nationality. It found …": a bare "it" after a sentence whose subject is a thing the
 * text does not name is that thing — its author when it is a writing, the body when it is "the company", else no
 * one ('' for unresolved), never a body the sentence merely mentions.
 */
function thingBefore(
  discourse: Discourse,
  pronoun: string,
  at: number,
  earlier: readonly EarlierSpeaker[],
  speaking = false,
): string | undefined {
  if (pronoun !== 'it') return undefined
  const { parsed, anchors } = discourse
  const { sentences, tokens } = parsed
  const previous = sentences[sentenceIndexAt(sentences, at) - 1]
  if (!previous) return undefined
  const first = tokens[previous.firstToken]
  const noun = tokens[previous.firstToken + 1]
  if (!first || !noun || !/^(?:the|this|that)$/i.test(first.text) || !/^\p{Ll}/u.test(noun.text))
    return undefined
  if (speaking && !isBodyNoun(noun.text) && !isDocumentNoun(noun.text)) return undefined
  if (anchorsWithin(anchors, first.start, noun.end).length > 0) return undefined
  const subject = { start: first.start, end: noun.end }
  const document = readDocumentSource(discourse, subject)
  if (document.kind === 'author') return document.actor
  return actorForDescriptor(discourse, subject, earlier) ?? ''
}

/**
 * For a bare pronoun source not linked by the actors stage: the nearest earlier name of a fitting kind, not one
 * named inside someone's quoted words ("… the European Convention on Human Rights." It revealed …).
 */
function pronounAntecedent(discourse: Discourse, words: string, before: number): string | undefined {
  const { anchors, actors, quoted } = discourse
  const fitting = PRONOUN_KINDS[words.trim().toLowerCase()]
  if (!fitting) return undefined
  for (let i = countStartingBefore(anchors, before) - 1; i >= 0; i--) {
    const anchor = anchors[i] as Anchor
    if (before - anchor.start > 600) break
    if (anchor.end > before || anchor.form !== 'name' || insideQuote(quoted, anchor)) continue
    if (fitting.includes(actors.get(anchor.actor)?.kind ?? '')) return anchor.actor
  }
  return undefined
}

/** Who holds the role a bare title anchor names ("the owner", "manager"), when it is one (see roleHolder). */
function titleRole(discourse: Discourse, anchor: Anchor): PostHolder | undefined {
  if (anchor.form !== 'title') return undefined
  const noun = /^(?:(?:the|its|their)\s+)?(\S+)$/i.exec(
    discourse.parsed.view.slice(anchor.start, anchor.end),
  )?.[1]
  if (noun === undefined || !isRoleNoun(noun)) return undefined
  const held = roleHolder(discourse, noun, anchor.start)
  return 'actor' in held || held.none === 'ambiguous' ? held : undefined
}
