import { countStartingBefore } from '../../parse/count-before.ts'
import type { ParsedArticle, Token } from '../../parse/document.ts'
import type { Span } from '../../schemas/span.ts'
import type { Anchor } from './anchors.ts'
import { isBodyNoun, isPersonNoun, PERSON_NOUNS } from './antecedents.ts'
import { descriptionCase, isPersonEpithet } from './epithets.ts'
import { readNationEpithet } from './nation-epithets.ts'
import { POST_NOUNS } from './post-holder.ts'
import { continuesRelative } from './relative-conjunct.ts'
import { isDocumentNoun } from './source-document.ts'

/** What the words of a source say of who spoke: an actor named at its head, a nameless speaker, or nothing. */
export type SourceHead =
  | { kind: 'actor'; anchor: Anchor }
  | { kind: 'nameless' }
  | { kind: 'relative'; at: number }
  | { kind: 'description'; phrase: string; modifier: Anchor | undefined }
  | { kind: 'none'; head?: Span }

// Unnamed people defined by whom they are near: "sources close to Mr Hockney", "aides to the president", "friends of
// the minister". The named person is not the speaker.
const NAMELESS_BY =
  /^(?:(?:a|one|two|several|some|many|other|senior|the) ){0,2}(?:sources?|aides?|allies|ally|friends?|insiders?|associates?|advisers?|advisors?|people|officials?|someone|confidants?)(?: \w+)? (?:close to|familiar with|near|around|of|to|in|with)\b/i

// Unnamed people defined by what they do to someone or something named: "police investigating Tom Reed's murder",
// "experts studying the seas off Scotland", "a lawyer representing Mr Lee". The name is what they act on.
const NAMELESS_DOING =
  /^(?:(?:a|an|one|two|three|several|some|many|other|senior|the)\s+){0,2}(?:[\p{Ll}-]+\s+)?(?:police|detectives?|officers?|investigators?|experts?|lawyers?|attorneys?|solicitors?|scientists?|researchers?|doctors?|officials?|people|teams?|staff|campaigners?|prosecutors?|analysts?|engineers?|workers?|activists?|protesters?)\s+(?:investigating|studying|representing|examining|scrutini[sz]ing|probing|handling|monitoring|advising|defending|prosecuting|suing|opposing|reviewing|analy[sz]ing|treating|questioning|interviewing|searching|hunting|working\s+(?:for|with|on)|acting\s+for)\b/iu

// Plural and collective words for the people around someone: "Mr Blair's aides", "her lawyers", "his family", "her
// agent" (they speak of the person, or for them, without being them).
const ENTOURAGE = new Set(
  'aides aide lawyers lawyer advisers adviser advisors advisor allies ally friends friend team staff office camp officials official spokespeople supporters associates attorneys attorney solicitor solicitors manager managers strategist strategists pollster deputy wife husband son daughter brother sister mother father rival rivals opponent opponents family families relatives parents children widow widower partner girlfriend boyfriend fiancee fiance agent agents publicist doctors associate lieutenant lieutenants employer employers counterpart counterparts colleague colleagues successor predecessor assistant assistants secretary biographer spouse cousin nephew niece uncle aunt mentor protege critic critics accuser accusers'.split(
    ' ',
  ),
)

// Those who speak in someone's name: "Mr Blair's spokesman" gives Blair's words, as "a spokesman for BAA" gives BAA's.
const SPOKESPEOPLE = new Set(['spokesman', 'spokeswoman', 'spokesperson'])

// Words that open an appositive or a relative clause inside a source: what follows describes the head.
const RELATIVE = new Set(['who', 'whose', 'which', 'that', 'whom'])

/** Whether a word is a relative pronoun: "who", never the acronym "WHO" (the World Health Organization). */
function isRelative(word: string): boolean {
  return RELATIVE.has(word.toLowerCase()) && !/^\p{Lu}{2,}$/u.test(word)
}
// After these, a place or a country is where the speaker is ("a regulator in England"), not the speaker.
const PLACE_PREPOSITIONS = new Set([
  'in',
  'at',
  'from',
  'on',
  'across',
  'near',
  'outside',
  'inside',
  'around',
])
// After these, an organization is whom the speaker works for ("a spokesman for BAA", "chief of the Army").
const BELONGING_PREPOSITIONS = new Set(['of', 'for', 'at', 'with'])

/**
 * Reads the head of a source the way a reader does. The source is cut at commas, brackets and relative
 * pronouns into its head ("Anne Weyman") and what describes it (", chief executive of the FPA", "who …"):
 * - a person named in the head is the speaker, even when an organization or a place follows it
 *   ("Sui-Lee Wee of the New York Times", "Bill Powers, a San Diego engineer");
 * - else an organization, group or country in the head that is not a possessive modifier of another word
 *   or a place the speaker is in ("a regulator in England"); a place only when nothing else names the speaker;
 * - a definite description of a person ("the Conservative MP") is left to the look-up of whom it describes;
 * - "sources close to Mr Hockney", "aides to the president" are nameless speakers, not the person they are near,
 *   nor are "police investigating Tom Reed's murder" the person they act on;
 * - a person's aides or lawyers ("Mr Blair's aides") are nameless speakers, not that person; a person's spokesman,
 *   statement or letter ("Mr Blair's spokesman", "Mr Crosby's statement said") is that person speaking;
 * - a head with no actor takes the name that opens an appositive ("the Archbishop of Cardiff, the Most Reverend Peter Smith");
 * - else an organization the head belongs to ("a spokesman for BAA");
 * - a source that is only a relative pronoun ("who") points back to the words before it.
 * @example readSourceHead(parsed, source, anchors) // { kind: 'actor', anchor: { actor: 'person:anne-weyman', … } }
 */
export function readSourceHead(parsed: ParsedArticle, source: Span, inside: readonly Anchor[]): SourceHead {
  // "… after the Conservatives accepted Tony Blair's promise that …": whose words a noun cue gives.
  const owner = possessorAtEnd(parsed.view, source, inside)
  if (owner) return { kind: 'actor', anchor: owner }
  const tokens = lastConjunct(sourceTokens(parsed.tokens, source))
  const first = tokens[0]
  if (!first) return { kind: 'none' }
  if (tokens.length === 1 && isRelative(first.text)) return { kind: 'relative', at: first.start }
  const segments = cutSegments(tokens)
  // "Writing in the Daily Telegraph, Charles said": a source that opens inside a phrase of place or medium has its
  // speaker after the comma.
  const at = countStartingBefore(parsed.tokens, source.start)
  const before = parsed.tokens[at - 1]?.text.toLowerCase() ?? ''
  // A source cut after "officials in", "members of": the speakers are those unnamed people.
  if (
    (PLACE_PREPOSITIONS.has(before) || before === 'of') &&
    MEMBERS.has(parsed.tokens[at - 2]?.text.toLowerCase() ?? '')
  )
    return { kind: 'nameless' }
  if (segments.length > 1 && PLACE_PREPOSITIONS.has(before)) segments.shift()
  // "Analysing Mr Brown's plans, BBC correspondent Ann Lee said": an opening participle's clause names no speaker
  // (a name such as "King" or "Ewing" is no participle).
  else if (
    segments.length > 1 &&
    /^\p{L}+ing$/u.test(first.text) &&
    !inside.some((anchor) => anchor.start === first.start)
  )
    segments.shift()
  const head = segments[0] as Span
  const inHead = inside.filter((anchor) => anchor.start >= head.start && anchor.end <= head.end)
  const headWords = parsed.view.slice(head.start, head.end)
  if (NAMELESS_BY.test(headWords) || NAMELESS_DOING.test(headWords)) return { kind: 'nameless' }
  // "said the Scot", "the Cork man added": a person named by nation or place, not the country or place itself.
  const nation = readNationEpithet(tokens, head, inHead)
  if (nation) return { kind: 'description', phrase: nation, modifier: undefined }
  const person = lastUsable(
    parsed.view,
    inHead,
    inside,
    (anchor) => anchor.kind === 'person' && !complementOfNoun(tokens, head, anchor),
  )
  // "A Brown aide", "Trump advisers": unnamed people around the person, not the person.
  if (person && aroundPerson(tokens, person)) return { kind: 'nameless' }
  if (person) return { kind: 'actor', anchor: firstOfPair(parsed.view, inHead, person) }
  // "Brown's Britain, by Robert Peston, says": a work named by its title speaks for its author.
  const author = authorAfterTitle(tokens, segments, inside)
  if (author) return { kind: 'actor', anchor: author }
  const description = definiteDescription(tokens, head, inHead)
  // "the Vatican spokesman, Federico Lombardi,": the person the appositive names is the one described.
  const apposed = description ? personOpeningAppositive(tokens, segments, inside) : undefined
  if (apposed) return { kind: 'actor', anchor: apposed }
  if (description) {
    const modifier = lastUsable(parsed.view, inHead, inside, (anchor) => anchor.kind !== 'person')
    return { kind: 'description', phrase: description, modifier }
  }
  const other = lastUsable(
    parsed.view,
    inHead,
    inside,
    (anchor) => anchor.kind !== 'person' && anchor.kind !== 'location',
  )
  // "U.S. President Joe Biden's administration": the country qualifies the person whose administration speaks.
  const ownedAfter =
    other !== undefined &&
    inHead.some(
      (anchor) => anchor.kind === 'person' && anchor.start >= other.end && isPossessive(parsed.view, anchor),
    )
  if (other && !ownedAfter && !afterPlacePreposition(tokens, other)) {
    if (membersOf(tokens, other)) return { kind: 'nameless' }
    // "the chairman of the Vale Trust, Labour MP Ann Vale": the person the appositive names holds the post.
    const holder = namesPostOfBody(tokens, head)
      ? personOpeningAppositive(tokens, segments, inside)
      : undefined
    if (holder) return { kind: 'actor', anchor: holder }
    const described = personOfBody(tokens, head, other)
    if (described) return described
    // "A US bank has said", "UK regulators said": a country that only qualifies a body or a person is not who spoke;
    // "US authorities" are the country.
    const qualified = other.kind === 'country' ? countryModifying(tokens, head, other) : undefined
    if (qualified) return qualified
    return { kind: 'actor', anchor: firstOfPair(parsed.view, inHead, other) }
  }
  const possessor = inHead.find((anchor) => anchor.kind === 'person' && isPossessive(parsed.view, anchor))
  if (possessor) {
    // "Mr Blair's spokesman" speaks for Blair without being him; "Mr Crosby's statement" is Crosby speaking.
    const last =
      tokens
        .filter((token) => token.end <= head.end)
        .at(-1)
        ?.text.toLowerCase() ?? ''
    if (SPOKESPEOPLE.has(last)) return { kind: 'actor', anchor: possessor }
    if (!PERSON_NOUNS.has(last) && !ENTOURAGE.has(last)) return { kind: 'actor', anchor: possessor }
    // "Tarn's press secretary, Ed Vale": the aide named after the comma speaks.
    const named = personOpeningAppositive(tokens, segments, inside)
    return named ? { kind: 'actor', anchor: named } : { kind: 'nameless' }
  }
  for (const segment of segments.slice(1)) {
    const opening = inside.find(
      (anchor) => anchor.kind !== 'location' && anchor.start >= segment.start && anchor.end <= segment.end,
    )
    if (opening && opensSegment(tokens, segment, opening)) return { kind: 'actor', anchor: opening }
  }
  const place = lastUsable(parsed.view, inHead, inside, (anchor) => anchor.kind === 'location')
  if (place && !afterPlacePreposition(tokens, place))
    return (
      personOfBody(tokens, head, place) ??
      placeModifying(tokens, head, place) ?? { kind: 'actor', anchor: place }
    )
  const belonging = inside.find(
    (anchor) =>
      anchor.kind !== 'person' &&
      anchor.kind !== 'location' &&
      BELONGING_PREPOSITIONS.has(wordBefore(tokens, anchor.start)),
  )
  return belonging ? { kind: 'actor', anchor: belonging } : { kind: 'none', head }
}

/**
 * The first of two speakers joined by "and" ("the Conservatives and Lib Dems insist", "Michael Howard and
 * frontbencher John Redwood say"): a statement has one speaker, and the first named leads.
 */
function firstOfPair(view: string, inHead: readonly Anchor[], chosen: Anchor): Anchor {
  const before = inHead.filter(
    (anchor) => anchor.end <= chosen.start && anchor.form === 'name' && sameSide(anchor, chosen),
  )
  const first = before.at(-1)
  if (!first) return chosen
  return /^\s+and\s+(?:[\p{L}-]+\s+)?$/iu.test(view.slice(first.end, chosen.start)) ? first : chosen
}

/** Whether two anchors can be speakers side by side: two people, or two bodies. */
function sameSide(a: Anchor, b: Anchor): boolean {
  return (a.kind === 'person') === (b.kind === 'person') && a.kind !== 'location' && b.kind !== 'location'
}

// Unnamed people a body's name qualifies: "Treasury officials", "angry Labour MPs", "one GOP operative". Its
// spokesman speaks for it; these do not.
const MEMBERS = new Set(
  'official officials mp mps member members operative operatives lawmaker lawmakers legislator legislators source sources insider insiders activist activists supporter supporters staffer staffers aide aides figure figures strategist strategists donor donors voter voters backbencher backbenchers critic critics delegate delegates employee employees worker workers'.split(
    ' ',
  ),
)

// Nouns of a post that a name can follow: "the head of the agency John Smith".
const OFFICES = new Set(
  'head member editor correspondent professor lecturer fellow partner owner captain manager coach deputy'.split(
    ' ',
  ),
)
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'his', 'her', 'its', 'their'])
const NOUN_PREPOSITIONS = new Set([
  'of',
  'between',
  'with',
  'against',
  'over',
  'about',
  'on',
  'by',
  'to',
  'among',
])

/**
 * Whether a person is named after a common noun and its preposition ("The reported feud between Tony Blair and
 * Gordon Brown", "the wife of John Smith"): the speaker is what the noun names, not that person. A spokesperson
 * or an office ("a spokesman for Mr Blair", "the leader of …") and a capitalized title ("the Archbishop of …")
 * are not such nouns.
 */
function complementOfNoun(tokens: readonly Token[], head: Span, anchor: Anchor): boolean {
  const words = tokens.filter((token) => token.start >= head.start && token.end <= anchor.start)
  if (!DETERMINERS.has(words[0]?.text.toLowerCase() ?? '')) return false
  for (let i = 1; i < words.length; i++) {
    if (!NOUN_PREPOSITIONS.has((words[i] as Token).text.toLowerCase())) continue
    const noun = (words[i - 1] as Token).text
    return /^[a-z]/.test(noun) && !PERSON_NOUNS.has(noun) && !SPOKESPEOPLE.has(noun) && !OFFICES.has(noun)
  }
  return false
}

const INDEFINITE = new Set(['a', 'an', 'one', 'another', 'some', 'several', 'two', 'three'])

/**
 * A person a body's or a place's name qualifies, the head noun after it being a person's ("Connecticut's tax
 * commissioner", "the Vale Corp chairman", "one district Labour leader", "a Cairo airport official"): that person
 * speaks, not the body nor the place. Opened by "a" or "one", the person is unnamed; else a description of whom
 * the text named. A spokesperson ("a Treasury spokesman") speaks for the body and is not such a person.
 */
function personOfBody(tokens: readonly Token[], head: Span, anchor: Anchor): SourceHead | undefined {
  const after: string[] = []
  for (const token of tokens) {
    if (token.end > head.end) break
    if (token.start < anchor.end || /^['’]s?$/.test(token.text)) continue
    const word = token.text.toLowerCase()
    if (NOUN_PREPOSITIONS.has(word) || PLACE_PREPOSITIONS.has(word)) break
    after.push(token.text)
  }
  const noun = after.at(-1)
  if (noun === undefined || !/^\p{Ll}/u.test(noun)) return undefined
  const person = isPersonNoun(noun) || isPersonEpithet(noun) || POST_NOUNS.has(noun)
  if (SPOKESPEOPLE.has(noun) || !(person || MEMBERS.has(noun) || ENTOURAGE.has(noun))) return undefined
  const opening = tokens.find((token) => token.start >= head.start)?.text.toLowerCase() ?? ''
  if (INDEFINITE.has(opening) || !person) return { kind: 'nameless' }
  const phrase = after.filter((word) => /^\p{Ll}/u.test(word)).join(' ')
  return { kind: 'description', phrase, modifier: anchor }
}

/**
 * A place that only qualifies the noun the head ends in is not who spoke: "One leading Karachi broker", "London's
 * most senior police officer" are someone unnamed; "The South Yorkshire company" is the company the text names,
 * looked up as "the company". A spokesperson or a writing ("a Jive spokeswoman") is left to the name before it.
 */
function placeModifying(tokens: readonly Token[], head: Span, place: Anchor): SourceHead | undefined {
  const after = tokens.filter(
    (token) => token.start >= place.end && token.end <= head.end && !/^['\u2019]s?$/.test(token.text),
  )
  const noun = after.at(-1)?.text
  if (noun === undefined || !/^\p{Ll}/u.test(noun)) return undefined
  // "a Jive spokeswoman", "the Populus survey": a body's voice or writing, whatever kind the tagger gave its name.
  if (SPOKESPEOPLE.has(noun) || isDocumentNoun(noun)) return undefined
  const opening = tokens.find((token) => token.start >= head.start)?.text.toLowerCase() ?? ''
  return DETERMINERS.has(opening) && !INDEFINITE.has(opening) && isBodyNoun(noun)
    ? { kind: 'none', head }
    : { kind: 'nameless' }
}

// Nouns after a country's name that are the country speaking: "the US government", "Venezuelan authorities".
const GOVERNING = new Set(
  'government governments authorities administration regime cabinet leadership state embassy ministry military army navy'.split(
    ' ',
  ),
)

/**
 * A country that qualifies the noun of an indefinite head, as a place does ("A US bank", "UK regulators", "two US
 * security groups"): someone unnamed; never a governing noun ("US authorities").
 */
function countryModifying(tokens: readonly Token[], head: Span, country: Anchor): SourceHead | undefined {
  const after = tokens
    .filter(
      (token) => token.start >= country.end && token.end <= head.end && !POSSESSIVE_MARK.test(token.text),
    )
    .map((token) => token.text.toLowerCase())
  const noun = after.at(-1)
  if (noun === undefined || GOVERNING.has(noun)) return undefined
  // "The US regulator", "its central bank", "Australia's competition watchdog": a definite body is looked up by
  // the country's own rules (bodyQualifiedByCountry).
  const opening = tokens.find((token) => token.start >= head.start)?.text.toLowerCase() ?? ''
  const possessive = POSSESSIVE_MARK.test(tokens.find((token) => token.start >= country.end)?.text ?? '')
  if (DEFINITE.has(opening) || possessive) return undefined
  // "China has in the past said", "the German and Danish governments": no noun phrase the country qualifies.
  if (after.some((word) => NOT_MODIFIED.has(word))) return undefined
  return placeModifying(tokens, head, country)
}

// The token a possessive's mark is: "'s", "’s", "'".
const POSSESSIVE_MARK = /^['\u2019]s?$/
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her'])
// Words no noun phrase after a country's name holds when the country only qualifies its noun.
const NOT_MODIFIED = new Set(
  'has have had is was were be been may might will would can could should must in on at of by for to from with the a an and or but'.split(
    ' ',
  ),
)

/**
 * Whether a head names a post in a body: "the chairman of the Vale Trust", "a spokeswoman for Vale Water" — an
 * article, at most two lower-case words ending in a person's noun, then "of", "at" or "for".
 */
function namesPostOfBody(tokens: readonly Token[], head: Span): boolean {
  const words = tokens
    .filter((token) => token.start >= head.start && token.end <= head.end)
    .map((t) => t.text)
  if (!DETERMINERS.has(words[0]?.toLowerCase() ?? '')) return false
  const of = words.findIndex((word) => word === 'of' || word === 'at' || word === 'for')
  if (of < 2 || of > 3 || !words.slice(1, of).every((word) => /^\p{Ll}/u.test(word))) return false
  const noun = words[of - 1] as string
  return PERSON_NOUNS.has(noun) || OFFICES.has(noun) || SPOKESPEOPLE.has(noun)
}

/** Whether the word right after a body's name makes the speaker unnamed people of that body ("Treasury officials"). */
function membersOf(tokens: readonly Token[], anchor: Anchor): boolean {
  const next = tokens.find((token) => token.start >= anchor.end)
  return next !== undefined && MEMBERS.has(next.text.toLowerCase())
}

/** The person named by a "by" that opens the segment after the head: ", by Robert Peston,". */
export function authorAfterTitle(
  tokens: readonly Token[],
  segments: readonly Span[],
  inside: readonly Anchor[],
): Anchor | undefined {
  const segment = segments[1]
  if (!segment) return undefined
  const by = tokens.find((token) => token.start >= segment.start)
  if (by?.text.toLowerCase() !== 'by' || by.end > segment.end) return undefined
  const next = tokens.find((token) => token.start >= by.end)
  return inside.find(
    (anchor) =>
      anchor.kind === 'person' &&
      anchor.form === 'name' &&
      anchor.start === next?.start &&
      anchor.end <= segment.end,
  )
}

/** Whether a source names a work by its title and author ("Brown's Britain, by Robert Peston"). */
export function namesAuthoredWork(parsed: ParsedArticle, source: Span, inside: readonly Anchor[]): boolean {
  const tokens = sourceTokens(parsed.tokens, source)
  if (tokens.length === 0) return false
  return authorAfterTitle(tokens, cutSegments(tokens), inside) !== undefined
}

/** The person whose name opens an appositive after the head ("…, Ed Vale,"), if any. */
function personOpeningAppositive(
  tokens: readonly Token[],
  segments: readonly Span[],
  inside: readonly Anchor[],
): Anchor | undefined {
  for (const segment of segments.slice(1)) {
    const opening = inside.find(
      (anchor) =>
        anchor.kind === 'person' &&
        anchor.form === 'name' &&
        anchor.start >= segment.start &&
        anchor.end <= segment.end,
    )
    if (!opening || !opensSegment(tokens, segment, opening)) return undefined
    // "…, Ann Vale's sister," is someone unnamed around her; "…, Ann Vale's aide Bo Tarn," is Bo Tarn.
    if (!ownsNext(tokens, opening)) return opening
    const last = tokens.filter((token) => token.start >= segment.start && token.end <= segment.end).at(-1)
    return inside.find(
      (anchor) =>
        anchor.kind === 'person' &&
        anchor.form === 'name' &&
        anchor.start > opening.end &&
        anchor.end === last?.end,
    )
  }
  return undefined
}

/** Whether a possessive follows a name ("Ann Vale's"). */
function ownsNext(tokens: readonly Token[], anchor: Anchor): boolean {
  const next = tokens.find((token) => token.start >= anchor.end)
  return next?.start === anchor.end && /^['\u2019]s?$/.test(next.text)
}

/** Whether the word right after a person's name makes the speaker someone around them ("a Brown aide"). */
function aroundPerson(tokens: readonly Token[], anchor: Anchor): boolean {
  const next = tokens.find((token) => token.start >= anchor.end)?.text.toLowerCase() ?? ''
  return ENTOURAGE.has(next) || AROUND_PERSON.has(next)
}

// Unnamed people around a person besides their entourage: "a Trump donor", "Biden strategists" ("Frank Field MP" is
// the person).
const AROUND_PERSON = new Set(
  'source sources insider insiders staffer staffers supporter supporters donor donors strategist strategists operative operatives'.split(
    ' ',
  ),
)

/** The name whose possessive ends the source ("Tony Blair's" before the cue "promise"), if any. */
function possessorAtEnd(view: string, source: Span, inside: readonly Anchor[]): Anchor | undefined {
  const tail = /['\u2019]s?$/.exec(view.slice(Math.max(source.start, source.end - 3), source.end))
  if (!tail) return undefined
  const nameEnd = source.end - tail[0].length
  return inside.find(
    (anchor) => anchor.end === nameEnd && anchor.form === 'name' && anchor.start > source.start,
  )
}

/**
 * The last of clauses joined by ", and" or "— and" in a source ("The win marks a victory for the association, and
 * its director Tim Lee"): the speaker is named just before the cue. "the Conservatives and Lib Dems", without the
 * comma, is one speaker list and stays whole; so does a relative clause that goes on after ", and".
 */
function lastConjunct(tokens: readonly Token[]): readonly Token[] {
  for (let i = tokens.length - 2; i > 0; i--) {
    if (tokens[i]?.text.toLowerCase() !== 'and') continue
    const before = tokens[i - 1]?.text ?? ''
    if (before !== ',' && before !== '—' && before !== '–' && before !== '-' && before !== '--') continue
    // "Tom Reed, who led the board, and who now backs Ann Lee": the clause about Tom Reed goes on.
    if (!continuesRelative(tokens, i)) return tokens.slice(i + 1)
  }
  return tokens
}

function sourceTokens(tokens: readonly Token[], source: Span): Token[] {
  const found: Token[] = []
  for (let i = countStartingBefore(tokens, source.start); i < tokens.length; i++) {
    const token = tokens[i] as Token
    if (token.end > source.end) break
    found.push(token)
  }
  return found
}

/** The source cut before each comma, bracket or relative pronoun that follows a word. */
function cutSegments(tokens: readonly Token[]): Span[] {
  const segments: Span[] = []
  let start = (tokens[0] as Token).start
  let end = start
  for (const [i, token] of tokens.entries()) {
    const cuts =
      i > 0 && (token.text === ',' || token.text === '(' || token.text === '-' || isRelative(token.text))
    if (cuts && end > start) {
      segments.push({ start, end })
      start = token.end
    }
    end = token.end
    if (cuts) start = token.end
  }
  segments.push({ start, end: Math.max(start, end) })
  return segments
}

// Pronouns that own the noun after them: "Her campaign manager" is not her.
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their'])

function isPossessive(view: string, anchor: Anchor): boolean {
  if (anchor.form === 'pronoun')
    return POSSESSIVE_PRONOUNS.has(view.slice(anchor.start, anchor.end).toLowerCase())
  return /^'s?\b|^'(?=\s)/.test(view.slice(anchor.end, anchor.end + 3))
}

/** The last anchor of the head that passes `accept` and is not a possessive followed by another anchor. */
function lastUsable(
  view: string,
  inHead: readonly Anchor[],
  inside: readonly Anchor[],
  accept: (anchor: Anchor) => boolean,
): Anchor | undefined {
  let best: Anchor | undefined
  for (const anchor of inHead) {
    if (!accept(anchor) || anchor.form === 'demonym') continue
    if (isPossessive(view, anchor) && anchor.kind === 'person') continue
    if (isPossessive(view, anchor) && inside.some((other) => other.start >= anchor.end)) continue
    if (!best || anchor.end >= best.end) best = anchor
  }
  return (
    best ??
    inHead.find((anchor) => accept(anchor) && anchor.form === 'demonym' && !isPossessive(view, anchor))
  )
}

function wordBefore(tokens: readonly Token[], offset: number): string {
  let before = ''
  for (const token of tokens) {
    if (token.start >= offset) break
    if (token.text.toLowerCase() !== 'the') before = token.text.toLowerCase()
  }
  return before
}

function afterPlacePreposition(tokens: readonly Token[], anchor: Anchor): boolean {
  return (
    (anchor.kind === 'location' || anchor.kind === 'country') &&
    PLACE_PREPOSITIONS.has(wordBefore(tokens, anchor.start))
  )
}

/** Whether an anchor is the name an appositive opens with: only a determiner or title words before it. */
function opensSegment(tokens: readonly Token[], segment: Span, anchor: Anchor): boolean {
  for (const token of tokens) {
    if (token.start < segment.start) continue
    if (token.start >= anchor.start) return true
    if (/^[a-z]/.test(token.text) && token.text !== 'the' && token.text !== 'a') return false
  }
  return true
}

/**
 * The words of a head such as "the Conservative MP" or "the minister" (a definite description of one person whose
 * name the text gave before), without the article; undefined for any other head.
 */
function definiteDescription(
  tokens: readonly Token[],
  head: Span,
  inHead: readonly Anchor[],
): string | undefined {
  const words = tokens.filter((token) => token.start >= head.start && token.end <= head.end)
  const last = words.at(-1)
  if (!last || words.length < 2 || words[0]?.text.toLowerCase() !== 'the') return undefined
  if (!PERSON_NOUNS.has(last.text.toLowerCase()) && !isPersonEpithet(last.text)) return undefined
  if (inHead.some((anchor) => anchor.end >= last.end)) return undefined
  // "ex-Wallaby" keeps its capital: it tells a former member of a side from an "ex-wife" (see isPersonEpithet).
  return descriptionCase(
    words
      .slice(1)
      .map((token) => token.text)
      .join(' '),
  )
}
