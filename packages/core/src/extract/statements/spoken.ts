import { countEndingBefore, countStartingBefore } from '../../parse/count-before.ts'
import { opensWithAccordingTo } from './according-opening.ts'
import { judgesWhatCouldBeSaid } from './adjective-infinitive.ts'
import { afterBe } from './after-be.ts'
import { assembleDraft, type StatementDraft } from './assemble.ts'
import { namesAnAuthor } from './authored.ts'
import { precedesItsVerb } from './before-verb.ts'
import { callsOnlyItsObject } from './call-object.ts'
import { rushesForward } from './charging-motion.ts'
import { claimsADue } from './claimed-entitlement.ts'
import type { StatementContext } from './context.ts'
import { criticismIn } from './criticism-cues.ts'
import type { Cue } from './cue.ts'
import { concludesFromAFact } from './demonstrative-evidence.ts'
import { isEffectIdiom } from './effect-idioms.ts'
import { givesAnEstimate } from './estimate-given.ts'
import { isForetold } from './foretold.ts'
import { isHearsay } from './hearsay.ts'
import { infersFromAnEvent } from './inferred.ts'
import { AUXILIARIES, BE_FORMS, DETERMINERS, NEGATIONS, reportingClass } from './lexicon.ts'
import { objectIsNoWords } from './object-not-words.ts'
import { isOnlyObliged } from './obliged.ts'
import { describesItsSubject } from './participle-subject.ts'
import { namesOnlyItsSubject } from './passive-subject.ts'
import { followsAPossessive } from './possessed-participle.ts'
import { isPossessedPosition } from './possessed-position.ts'
import { asksAPrice } from './price-charged.ts'
import { winsAPrize } from './prize-object.ts'
import { asksAQuestion } from './question.ts'
import { quotesItsSpeaker } from './quoted-self.ts'
import { readsAsReader } from './reading.ts'
import { callsBack } from './recall-summons.ts'
import { modifiesItsNoun, speechAfterAsked } from './reduced-relative.ts'
import { describesANoun } from './reduced-speech.ts'
import { inRelativeOnAThing } from './relative-object.ts'
import { isRelativePassive } from './relative-passive.ts'
import { RESEARCH, showsAsResearch } from './research-shows.ts'
import { rulesOut } from './ruled-out.ts'
import { isRuling } from './ruling-cues.ts'
import { passesOnAnEvent, speaksWithoutWords } from './speaking-act.ts'
import { namesSomeoneAt } from './stance-verb-phrases.ts'
import { stemWord } from './stem.ts'
import { announcesItsSubject } from './subordinate-passive.ts'
import { showsAThing } from './thing-shows.ts'
import { namesOnlyAnExplainedTopic, namesOnlyATopic } from './topic.ts'
import { isUnannouncedFuture } from './unannounced-future.ts'
import { leavesUnsaid } from './unsaid.ts'
import { VERB_POS } from './verb-pos.ts'
import { isVoicedView } from './voiced-view.ts'
import { FINITE_POS, wordsBetween } from './words.ts'

// Words that report something said or written beyond the lexicon's speech class: "according to", what a report
// "found", what someone "unveiled" or "branded", and forms the crude stemmer keeps apart from theirs ("wrote", British
// spellings, a doubled l: "signalled").
const SPOKEN = new Set(
  'according wrote liken refer dispute indicate signal hint retort tout brag muse opine scoff rail chide decry lambaste bemoan echo concur ridicule hail laud applaud query affirm pronounce recount attest swear vouch reassure apologize apologized find conclude unveil speculate brand recommend forecast defend counter highlight underline congratulate harangue disclose denounce point criticise emphasise apologise recognise publish read protest signalled signalling'
    .split(' ')
    .map(stemWord),
)

// Verbs that report an act as often as words ("announced his retirement", "posted photos", "told his audience",
// "asked this question", "explaining these decisions", "maintains her lead", "found the car in a field", "found
// it hard to cope", "protested outside the court", "signalled a free kick"): they make a statement only when what
// follows is a clause or a quote.
const ACTS = new Set(
  'announce unveil reveal disclose post publish release tell write wrote written add ask explain maintain find protest signal signalled signalling'
    .split(' ')
    .map(stemWord),
)

// Participles of a state of mind that the lexicon's noun "concern" makes look like words said.
const STATES_OF_MIND = new Set(['concerned', 'worried'])

// Reporting verbs that, negated, say that someone kept silent ("did not respond to requests for comment"): no
// statement for a reader.
const SILENCE = new Set('respond reply return answer'.split(' ').map(stemWord))

/**
 * Whether a draft reports something said or written, as a reader of news counts statements: its cue is a mark (a
 * transcript's colon, a signed quote's dash) or holds a word of speech, writing or finding ("said", "according to",
 * "in a statement", "found"); a mental state ("believes", "hopes"), an action ("backed", "ordered") or a refusal
 * to answer ("did not respond to") is not. A participle opening a sentence with no one named ("Asked about it, …",
 * "Explaining why …") is not either.
 * @example isSpoken(context, draft) // true for "she said", false for "she hopes"
 */
export function isSpoken(context: StatementContext, draft: StatementDraft): boolean {
  const { cue } = draft
  if (!context.isWord[cue.head]) return !isLabel(context, draft)
  const first = reportingWord(context, cue.start, cue.end)
  const head = context.stem(first) ?? ''
  if (cue.negated && SILENCE.has(head)) return false
  // "have yet to say where…": nothing said yet ("would not say whether…", a refusal, stays a negated statement).
  if (leavesUnsaid(context, draft, first)) return false
  // "the rules require firms to report that…": a duty put on someone, no words given yet.
  if (isOnlyObliged(context, first)) return false
  if (
    !draft.source &&
    (opensWithoutSubject(context, first) ||
      opensWithPurpose(context, cue.start) ||
      followsASubordinator(context, first))
  )
    return false
  if (modifiesANoun(context, first)) return false
  if (isHypothetical(context, draft, first) || isImperative(context, draft, first)) return false
  // "hit out at Y", "rounded on Y": criticism made in public, whose words the article may not give.
  if (criticismIn(context.lower, cue, (t) => namesSomeoneAt(context, t))) return true
  // "has not ruled out a return", "refused to rule out a strike": a position stated in public.
  if (rulesOut(context, draft)) return true
  // "Vale's one objection was that …": an owned position set equal to what was said.
  if (isPossessedPosition(context, cue)) return true
  if (asksAQuestion(context, draft)) return false
  if (isForecast(context, draft, first) || isHearsay(context, first)) return false
  // "will undoubtedly claim": the writer's guess at words; "Prices fell, suggesting that…": a conclusion from an event.
  if (isForetold(context, cue.start, first) || infersFromAnEvent(context, cue.start, first)) return false
  // "Old forecasts proved wrong, he will argue": a forecast of words with no speech, time or listener given out.
  if (isUnannouncedFuture(context, draft, first)) return false
  // "He'd read that there were fires": a reader, not a text giving words.
  if (readsAsReader(context, draft, first)) return false
  // "Pupils questioned for a survey have shown…": the ones asked, not a speaker.
  if (modifiesItsNoun(context, cue.start, first)) return false
  // "sheds which are described as unsafe": what was done to the noun before "which", no one speaking.
  if (isRelativePassive(context, first)) return false
  // "the words written were his", "the licences denied under the ban would…": a thing said, no one saying it.
  if (describesANoun(context, cue.start, first)) return false
  // "essays written by students": who made a text, not what it says.
  if (namesAnAuthor(context, first)) return false
  if (
    PATIENT_PASSIVES.has(head) &&
    !context.lower(first)?.endsWith('ing') &&
    afterBe(context, first) &&
    !judgedByItsSource(context, draft, head)
  )
    return false
  if (BLAMING.has(head) && afterBe(context, first) && BLAMED_FOR.has(context.lower(first + 1) ?? ''))
    return false
  if (namesOnlyAThing(context, draft, first)) return false
  if (isPhraseOfPlace(context, draft) || namesOnlyATopic(context, draft, first)) return false
  if (namesOnlyAnExplainedTopic(context, draft, first)) return false
  if (speaksWithoutWords(context, draft, first) || passesOnAnEvent(context, draft, first)) return false
  // "citing the weather office", "threatens the health of…": a source cited or a thing at risk, no words.
  if (objectIsNoWords(context, draft, first)) return false
  // "old maps are highlighted in a hall": a passive verb of showing with no agent and no clause shows a thing.
  if (showsAThing(context, draft, first)) return false
  // "a decision he disclosed in an interview", "proposals which he likened to…": the thing is the object, no words.
  if (inRelativeOnAThing(context, draft)) return false
  // "it is hard to predict how…": the writer weighing what could be said.
  if (judgesWhatCouldBeSaid(context, draft, first)) return false
  // "…, just before the cuts were announced": the passive's subject is what was announced, not the words before.
  if (announcesItsSubject(context, draft)) return false
  // "claimed victory", "defended her crown", "was recalled to the squad": a prize won or a summons, no words.
  if (winsAPrize(context, draft, first) || callsBack(context, draft, first)) return false
  // "those claiming asylum", "MPs who claimed expenses": a due asked for, no words.
  if (claimsADue(context, draft, first)) return false
  // "charged customers £5 a month": a price asked, not an accusation.
  if (asksAPrice(context, draft, first)) return false
  // "is charging forward against its rivals": a rush, no accusation.
  if (rushesForward(context, first)) return false
  // "Fans complaining should write to the club": the participle describes the subject; its "content" is the verb.
  if (describesItsSubject(context, draft, first)) return false
  // "added to fears that…", "talked him into staying", "the main talking point": speech words in idioms of effect.
  if (isEffectIdiom(context, draft, first)) return false
  // "Prices fell. This suggests the plan works.": the writer's conclusion from a fact.
  if (concludesFromAFact(context, draft, first)) return false
  if (quotesItsSpeaker(context, draft)) return false
  if (namesOnlyItsSubject(context, draft, first)) return false
  // "are concerned that…", "remains worried about…": a state of mind, not words given ("voiced concern" is).
  if (STATES_OF_MIND.has(context.lower(first) ?? '')) return false
  if (holdsItsCue(draft)) return false
  if (NAMING.has(head) && namesWithoutJudging(context, draft, first)) return false
  if (CLAUSE_TAKERS.has(head) && draft.mode === 'indirect' && isInvertedSpeaker(context, draft)) return false
  if (
    ACTS.has(head) &&
    draft.mode === 'indirect' &&
    !endsBeforeInvertedCue(context, draft) &&
    !holdsClause(context, complementizerBefore(context, draft.content.start), objectEnd(context, draft)) &&
    !(INSTRUCTING.has(head) && holdsInstruction(context, draft.cue, draft.content.last)) &&
    !(head === ASK && context.lower(first + 1) === 'for') &&
    !(head === FIND && findsAsResearch(context, draft))
  )
    return false
  // "protests against the forum are expected to be muted": the noun is an act; only the verb reports words.
  if (head === PROTEST && !isProtestVerb(context, first)) return false
  if (isSpokenWord(head)) return true
  // "The council's report shows that…": a finding reported by its maker.
  if (showsAsResearch(context, draft, first)) return true
  if (isRuling(context, first)) return !rulesAsObject(context, draft)
  if (continuesSpeech(context, draft, first)) return true
  // "continued:", "as follows:": a colon ends a cue only before words given as said.
  if (context.lower(cue.end - 1) === ':') return true
  // "is expected to tell", "was due to say": the words of a speech given out before it is made.
  if (announcedSpeech(context, first)) return true
  // "Mike Goodridge thinks the films have not …": a named holder's view, as news reports it.
  if (isVoicedView(context, draft, first)) return true
  // "The agency estimates that 9,000 homes flooded": a figure given by its maker, not a belief.
  if (givesAnEstimate(context, draft, first)) return true
  // "are thought likely to propose", "hopes to show": a belief, or a forecast of words no one gave out.
  if (reportingClass(head) === 'mind') return false
  // "in a statement", "has made it clear", "launched an attack on": the word that reports is a noun after the first.
  for (let t = cue.start; t < cue.end; t++) {
    const stem = context.stem(t) ?? ''
    if (reportingClass(stem) === 'noun' || stem === 'clear') return true
    if (t > first && context.pos(t) === 'N' && isSpokenWord(stem) && namesAnAct(context, t)) return true
  }
  return false
}

/**
 * Whether a ruling cue that ends its sentence is the noun "rules" in the object of a verb: '…, citing data protection
 * rules.', '…, breaking party rules.', where the words before it open on or follow a verb, not the one who ruled
 * ('…, the judge rules.', '…, a court has ruled.').
 */
function rulesAsObject(context: StatementContext, draft: StatementDraft): boolean {
  if (!draft.source || draft.content.start > draft.cue.start) return false
  const { start } = draft.source
  return VERB_POS.has(context.pos(start) ?? '') || VERB_POS.has(context.pos(start - 1) ?? '')
}

/**
 * Whether a colon cue heads a label, not words said: no quote mark opens what follows, and what comes before is not a
 * transcript's speaker in capitals ('Coronavirus Ireland: One death and 432 new cases', 'By Ann Lee: The Americas
 * cannot…', 'Citation: …'), where 'Ann Lee: "We will fight"' and 'WALLACE: Let's start' report words.
 */
function isLabel(context: StatementContext, draft: StatementDraft): boolean {
  const { cue, source } = draft
  if (context.lower(cue.head) !== ':' || !context.isWord[cue.end]) return false
  if (!source) return true
  for (let t = source.start; t <= source.last; t++) {
    if (context.isWord[t] && context.shape(t) !== 'X') return true
  }
  return false
}

// Modals of what may or must be said, not of what was ('critics might argue…', 'MPs should explain…'). Not "will"
// or "would" ('would only say:', 'will tell MPs'), which give out words.
const HYPOTHETICAL = new Set(['may', 'might', 'must', 'should'])
// Modals of ability: hypothetical only before a verb of opinion ('Liberals can acknowledge…', 'voters could argue…'),
// where a verb of giving out facts reports ('Police can confirm that…').
const ABILITY = new Set(['can', 'could', 'ca'])
// Verbs of opinion that a modal of ability makes a view one may hold, not words given.
const OPINING = new Set(
  'argue acknowledge admit concede claim contend suggest agree accept object complain counter insist'
    .split(' ')
    .map(stemWord),
)

/**
 * Whether a modal of possibility or duty, a modal of ability before a verb of opinion, or "is to" ('Which is to
 * say') stands in the cue before its word, or a modal of possibility or duty asks a question right before it; a negated modal reports what someone would not or could not say ('could
 * not say when…', 'could not confirm…').
 */
function isHypothetical(context: StatementContext, draft: StatementDraft, first: number): boolean {
  const { start, negated } = draft.cue
  // A question's modal before its subject ('why should we stipulate that…', 'must we accept that…').
  if (HYPOTHETICAL.has(context.lower(start - 2) ?? '') && context.pos(start - 1) === 'PR') return true
  for (let t = start; t < first; t++) {
    const word = context.lower(t) ?? ''
    if (word === 'to' && BE_FORMS.has(context.lower(t - 1) ?? '')) return true
    if (negated) continue
    if (HYPOTHETICAL.has(word)) return true
    if (ABILITY.has(word) && OPINING.has(context.stem(first) ?? '')) return true
  }
  return false
}

/**
 * Whether a cue is a call to the reader: a bare verb with no subject, opening its sentence or its clause after a
 * comma ('Recall that…', 'Note that…', 'If you doubt it, remember that…'), where an inverted report names its
 * speaker after the verb (', say analysts').
 */
function isImperative(context: StatementContext, draft: StatementDraft, first: number): boolean {
  if (first !== draft.cue.start) return false
  // "Note that…": the tagger takes "note" for a noun.
  if (context.pos(first) !== 'V' && !(context.pos(first) === 'N' && context.lower(first + 1) === 'that'))
    return false
  const word = context.lower(first) ?? ''
  if (word.endsWith('s') || word.endsWith('ed') || word.endsWith('ing')) return false
  if (draft.source && draft.source.start > first) return false
  const before = first - 1
  if (before < 0 || context.sentenceOf[before] !== context.sentenceOf[first]) return true
  if (!CLAUSE_MARKS.has(context.lower(before) ?? '')) return false
  return !(context.lower(before) === ',' && closesAsideAfterSubject(context, before))
}

// What ends a subject before its aside: a noun, a name or a pronoun ('The unions, however, say…').
const SUBJECT_ENDS = new Set(['N', 'P', 'PR'])

/**
 * Whether the comma at `at` closes an aside set off after the sentence's subject ('The unions, however, say…',
 * 'Critics, including Mr Vale, argue…'): the words before the sentence's first comma hold no verb and end in a noun,
 * a name or a pronoun, and that comma is not this one.
 */
function closesAsideAfterSubject(context: StatementContext, at: number): boolean {
  const sentence = context.sentenceOf[at]
  let start = at
  while (start > 0 && context.sentenceOf[start - 1] === sentence) start--
  let comma = start
  while (comma < at && context.lower(comma) !== ',') comma++
  if (comma === at || comma === start) return false
  return SUBJECT_ENDS.has(context.pos(comma - 1) ?? '') && !clauseOpensSentence(context, at)
}

// Marks after which a clause may open with its verb.
const CLAUSE_MARKS = new Set([',', ':', ';', '—', '–'])

/**
 * Whether a cue opens its sentence as a participle that no one takes up: the journalist's question ("Asked about
 * it, …"), a list of what someone had to do ("Explaining why …"), an adjective ("Repeated failures …"). A fronted
 * participle with a main clause has been given that clause's source by then.
 */
function opensWithoutSubject(context: StatementContext, t: number): boolean {
  if (context.shape(t) !== 'Xx') return false
  const word = context.lower(t) ?? ''
  return word.endsWith('ed') || word.endsWith('ing')
}

// Conjunctions that open a clause whose participle has no subject of its own: 'When asked if…', 'if pressed'.
const SUBORDINATORS = new Set([
  'when',
  'if',
  'once',
  'after',
  'before',
  'unless',
  'until',
  'though',
  'although',
])

/**
 * Whether a past participle with no one named follows a conjunction ('When asked if he would stay, Lee said…',
 * '…, if pressed on it, …'): the journalist's question, taken up by the main clause's own report. Not a present
 * participle, whose subject is the main clause's ('…, while insisting that…').
 */
function followsASubordinator(context: StatementContext, t: number): boolean {
  return (context.lower(t) ?? '').endsWith('ed') && SUBORDINATORS.has(context.lower(t - 1) ?? '')
}

/** Whether a cue opens its sentence with "To": a purpose or an instruction ('To answer this, …', 'To urge your MP…'). */
function opensWithPurpose(context: StatementContext, start: number): boolean {
  return (
    context.lower(start) === 'to' &&
    (start === 0 || context.sentenceOf[start - 1] !== context.sentenceOf[start])
  )
}

// What comes before "her" when it is an object, not a possessive: a preposition ('a spokeswoman for her
// confirmed', 'friends close to her claimed'). Not a verb: 'said her declared income' is a possessive.
const BEFORE_AN_OBJECT = new Set(['I', 'TO'])

// What may follow a participle that modifies a noun: the noun, or another adjective.
const MODIFIED = new Set(['N', 'J'])

/**
 * Whether a cue's word is a participle that modifies a noun, not a verb: after a determiner or a possessive, adjectives
 * between ('the proposed question', 'the nearest recommended pub'), or between a preposition and its noun ('made worse
 * by repeated attacks on…', 'amid alleged abuses').
 */
function modifiesANoun(context: StatementContext, first: number): boolean {
  const word = context.lower(first) ?? ''
  if (!word.endsWith('ed')) return false
  const before = context.lower(first - 1) ?? ''
  if (before === 'her' && BEFORE_AN_OBJECT.has(context.pos(first - 2) ?? '')) return false
  if (context.pos(first - 1) === 'I' && MODIFIED.has(context.pos(first + 1) ?? '')) return true
  if (followsAPossessive(context, first)) return true
  let t = first - 1
  while (t > first - 3 && t > 0 && context.pos(t) === 'J' && context.shape(t) === 'x') t--
  // "The chief executive warned that…": a subject the tagger read as adjectives, when a clause or an object follows.
  if (t < first - 1 && opensAClauseOrObject(context, first + 1)) return false
  return DETERMINERS.has(context.lower(t) ?? '')
}

// What opens a clause or an object after a verb, never the noun a participle modifies: "that", a determiner, a pronoun.
const CLAUSE_OR_OBJECT_POS = new Set(['D', 'PR'])

/** Whether a word opens a clause or an object: "warned that…", "admitted the firm…", "denied it". */
function opensAClauseOrObject(context: StatementContext, t: number): boolean {
  return context.lower(t) === 'that' || CLAUSE_OR_OBJECT_POS.has(context.pos(t) ?? '')
}

// Words of a forecast: passive, they tell what others expect of the subject ("are forecast to reach", "is expected
// to stress", "widely predicted"), not what anyone said.
const FORECASTS = new Set('expect forecast predict anticipate tip'.split(' ').map(stemWord))
// BE_FORMS has no "'s": it is "has" as often as "is" ("She's told reporters…", "He's predicted…"); "she's been
// told" is passive by its "been".

/**
 * Whether a draft is a forecast in the passive with no words given ('temperatures are forecast to reach…', 'He is
 * expected to stress the importance of…', 'with the election widely predicted for May'): the subject is what is
 * expected, no one is named as expecting it, and no words are quoted.
 */
function isForecast(context: StatementContext, draft: StatementDraft, first: number): boolean {
  if (!FORECASTS.has(context.stem(first) ?? '') || draft.mode !== 'indirect') return false
  // 'is expected to say that …', 'is expected to say:' give out the words of a speech before it is made.
  if (context.lower(draft.cue.end - 1) === ':' || context.lower(draft.content.start) === 'that') return false
  // 'is expected to say the plan will…': a verb of saying with a clause after it gives out the words too. Only
  // what follows the verb counts: a content that runs over the cue ('Mr Lee is expected to announce a review')
  // holds the cue's own "is".
  const said = Math.max(draft.content.start, first + 3)
  if (
    announcedSpeech(context, first) &&
    said <= draft.content.last &&
    holdsClause(context, said, draft.content.last)
  )
    return false
  const word = context.lower(first) ?? ''
  if (!word.endsWith('ed') && word !== 'forecast') return false
  return afterBe(context, first) || !draft.source
}

// Verbs whose passive subject is the one spoken to or acted on, not a speaker: 'The mayor was asked if…', 'after
// being told to leave' (someone else's words, or a question put by the reporter), 'The pair were charged', 'a firm
// is declared bankrupt', 'their explanations are rejected', 'whatever is promised', 'was questioned by police', 'was
// found guilty', 'was found dead'.
const PATIENT_PASSIVES = new Set(
  [
    'ask',
    'tell',
    'told',
    'charge',
    'declare',
    'reject',
    'promise',
    'offer',
    'invite',
    'question',
    'inform',
  ].map(stemWord),
)

// Verbs of censure whose passive subject is the one censured, with what for and no one named as censuring ('were
// criticised for failing to…', 'was condemned for its delays'); 'was criticised by MPs for…' names who did. Not
// 'was accused of lying', a claim someone made, which readers count.
const BLAMING = new Set(['criticize', 'criticise', 'condemn'].map(stemWord))
const BLAMED_FOR = new Set(['for'])

// Verbs whose passive subject may be a claim or a plan judged by the one named after "by" ('The claim was rejected
// by Ms Vale', 'His theory has been questioned by Tom Reed'), where the others' subject is a person spoken to.
const JUDGED = new Set(['reject', 'question', 'declare', 'promise'].map(stemWord))

/**
 * Whether a passive draft's source is its agent after "by" and its subject a thing judged, not a person
 * ('The claim was rejected by Ms Vale'; not 'Mr Vale was questioned by police', 'He was questioned by…').
 */
function judgedByItsSource(context: StatementContext, draft: StatementDraft, head: string): boolean {
  const { source, content, cue } = draft
  if (!JUDGED.has(head) || !source || source.start < cue.end) return false
  if (context.lower(source.start - 1) !== 'by') return false
  let last = content.last
  while (last > content.start && !context.isWord[last]) last--
  if (last >= cue.start) return false
  const pos = context.pos(last) ?? ''
  return pos !== 'P' && pos !== 'PR'
}

// Verbs that name ('called', 'dubbed'): a statement when they name someone or something as a judgement, with the
// one named between verb and name ('dubbed him "Minister of Discord"', 'called Labour "a brilliant machine"'), not
// when they only give a thing its name ('a forum called "XDA Developers"', 'malware, dubbed "Agent Smith"').
const NAMING = new Set('call dub name nickname term'.split(' ').map(stemWord))
// Words after "call" that make another verb of it ('called in administrators', 'called off the strike').
const CALL_PARTICLES = new Set(['in', 'off', 'up', 'out', 'back', 'time'])
// Words after "call" that make it a verb of asking ('calls for', 'called on').
const CALL_FOR = new Set(['for', 'on', 'upon'])
// What follows a noun "calls" ('phone calls via…', 'marketing calls apply…', 'voice calls that…'), where a verb
// "calls" has an object.
const AFTER_NOUN_CALLS = new Set(['I', 'V', 'VD', 'R', 'W', 'C', 'TO', 'M', '.'])

/**
 * Whether a naming verb's draft only gives a thing its name or is another verb: a particle after it ('called in
 * administrators'), a content that starts before it, a noun 'calls' after a noun ('internet calls via…'), a
 * participle with no one named ('dubbed "Agent Smith"'), a passive ('is called high-definition'), an object and
 * nothing said of it ('called the police'), or a name for all its content, with no one named between ('the candidate
 * he calls "Mini Mike"').
 */
function namesWithoutJudging(context: StatementContext, draft: StatementDraft, first: number): boolean {
  const { cue, content } = draft
  const next = context.lower(first + 1) ?? ''
  if (CALL_FOR.has(next)) return false
  if (CALL_PARTICLES.has(next)) return true
  if (content.start < cue.start) return true
  const word = context.lower(first) ?? ''
  if (
    (word === 'calls' || word === 'call') &&
    context.shape(first - 1) === 'x' &&
    (context.pos(first - 1) === 'N' || context.pos(first - 1) === 'J') &&
    AFTER_NOUN_CALLS.has(context.pos(first + 1) ?? '.')
  )
    return true
  if (word.endsWith('ed') && !draft.source) return true
  if (first === cue.start && namesAThingBefore(context, first)) return true
  // 'It is called high-definition', 'police were called to the hotel': a name given, or someone sent for.
  if (afterBe(context, first) && !(draft.source && context.lower(draft.source.start - 1) === 'by'))
    return true
  if (callsOnlyItsObject(context, draft)) return true
  if (namesInQuotes(context, draft, first)) return true
  const after = firstWordAfter(context, cue.end)
  if (after !== content.start) return false
  // 'a recruit who calls himself Wolf': a name taken for oneself, where 'called himself a victim' judges.
  if (REFLEXIVES.has(context.lower(after) ?? '')) return isAName(context, after + 1, content.last)
  return isAName(context, content.start, content.last)
}

// Reflexive pronouns, the object of a verb of naming that gives oneself a name.
const REFLEXIVES = new Set(['himself', 'herself', 'itself', 'themselves', 'myself', 'ourselves', 'yourself'])

// What stands before a naming participle that gives a thing its name: a noun ('a group called "…"'), or the comma or
// "and" after an aside ('The service, launched in May and dubbed "Otoku"').
const BEFORE_A_NAMING_PARTICIPLE = new Set([',', 'and'])
// The most words of a quoted name.
const LONGEST_QUOTED_NAME = 6

/**
 * Whether a naming participle gives a quoted name to what stands before it, no object between ('a Facebook group
 * called "We back Ann"', 'The pair, from Leeds, dubbed the "Tea Two", were fined'): a title, not words said. 'Mr Lee
 * called the plan "a farce"' names what it judges between the verb and the quote.
 */
function namesInQuotes(context: StatementContext, draft: StatementDraft, first: number): boolean {
  const { cue } = draft
  if (draft.mode === 'indirect' || first !== cue.start || !(context.lower(first) ?? '').endsWith('ed'))
    return false
  const before = context.lower(first - 1) ?? ''
  const noun = context.pos(first - 1) === 'N' && context.shape(first - 1) === 'x'
  if (!noun && !BEFORE_A_NAMING_PARTICIPLE.has(before)) return false
  // 'which Apple's chief, Tim Cook, called "total crap"': the verb of a relative clause, said by its subject.
  for (let w = first - 1; w >= 0 && context.sentenceOf[w] === context.sentenceOf[first]; w--)
    if (context.pos(w) === 'W' || context.lower(w) === 'that') return false
  let t = cue.end
  if (context.lower(t) === 'the') t++
  const quote = context.quoteOf[t + 1] ?? -1
  if (context.isWord[t] || quote === -1 || context.quoteOf[cue.start] === quote) return false
  let words = 0
  for (let w = t + 1; w < context.tokens.length && context.quoteOf[w] === quote; w++)
    if (context.isWord[w]) words++
  return words > 0 && words <= LONGEST_QUOTED_NAME
}

// What opens a noun phrase that a naming participle goes on to name: 'another library called…', 'a concept called…'.
const INDEFINITE = new Set(['a', 'an', 'another'])
// What stands before that noun phrase inside a sentence: a preposition ('on websites called…'), a verb ('is a chip
// called…'), or the indefinite article.
const BEFORE_A_NAMED_THING = new Set(['I', 'V', 'VD'])

/**
 * Whether a naming participle gives a name to the noun before it ('websites called trackers', 'is a chip called the
 * module', 'through a concept called loop fusion'): the noun phrase stands after a preposition or a verb, or opens
 * with "a" or "another" inside its sentence, where 'The critics called the plan a mess' and 'A minister called it a
 * disaster' judge.
 */
function namesAThingBefore(context: StatementContext, first: number): boolean {
  if (context.pos(first - 1) !== 'N' || context.shape(first - 1) !== 'x') return false
  let t = first - 2
  while (t >= 0 && (context.pos(t) === 'N' || context.pos(t) === 'J') && context.shape(t) === 'x') t--
  if (t < 0 || context.sentenceOf[t] !== context.sentenceOf[first]) return false
  // 'is a chip called…'; not a verb of saying, whose clause may open with a speaker ('said a spokesman called…').
  if (BEFORE_A_NAMED_THING.has(context.pos(t) ?? '')) return !isSpokenWord(context.stem(t) ?? '')
  // 'also another library called…'; not after a sentence's start, a comma or "and" ('Later, a spokesman called…').
  const before = t - 1
  return (
    INDEFINITE.has(context.lower(t) ?? '') &&
    context.sentenceOf[before] === context.sentenceOf[t] &&
    context.isWord[before] === 1 &&
    context.pos(before) !== 'C'
  )
}

/** The first word token at or after `t`: quote marks skipped. */
function firstWordAfter(context: StatementContext, t: number): number {
  while (t < context.tokens.length && !context.isWord[t]) t++
  return t
}

// Lower-case words a name may hold ('Minister of Discord', 'Thou Shalt Not', 'Pride and Prejudice').
const NAME_JOINERS = new Set(['of', 'the', 'and', 'or', 'for', 'de', 'von', 'a'])

/** Whether tokens first…last are a short name: at most six words, each capitalised or a joiner, no verb after the first. */
function isAName(context: StatementContext, first: number, last: number): boolean {
  let words = 0
  for (let t = first; t <= last; t++) {
    if (!context.isWord[t]) continue
    words++
    const shape = context.shape(t) ?? ''
    if (shape === 'x' && !NAME_JOINERS.has(context.lower(t) ?? '')) return false
    if (shape === 'p') return false
  }
  return words > 0 && words <= 6
}

/**
 * Whether a draft's cue is "according to", or a noun of speech with no one named ('questions about'), and its content
 * a noun phrase, no clause: 'Debbie Meadows, the congressman's wife, according to sources', 'faced questions about
 * reports of his splits'. What these introduce is words said only when they are a clause ("claims that he lied",
 * "Clinton leads, according to the poll").
 */
function namesOnlyAThing(context: StatementContext, draft: StatementDraft, first: number): boolean {
  if (draft.mode === 'direct') return false
  const according = context.lower(first) === 'according'
  if (!according && (draft.source || !isNounOfSpeech(context, draft, first))) return false
  return !mayHoldVerb(context, draft) && !opensWithAccordingTo(context, draft)
}

// Verbs of saying that close an inverted report ('Faith schools fail, says the education watchdog').
const CLAUSE_TAKERS = new Set('say claim insist add argue'.split(' ').map(stemWord))
// What comes before the verb of an inverted report: a comma, or "so" ('Or so says the minister').
const BEFORE_INVERSION = new Set([',', 'so'])

/**
 * Whether a content after a verb of saying is the speaker of an inverted report: the verb follows "so", or a comma
 * that closes a clause said (not a subject and its aside: 'Ann Lee, speaking in Leeds, argued the opposite'), and
 * the content is a noun phrase (no verb, no subject pronoun first: "he's thankful") that ends the sentence.
 */
function isInvertedSpeaker(context: StatementContext, draft: StatementDraft): boolean {
  const { cue, content } = draft
  const before = context.lower(cue.start - 1) ?? ''
  if (!BEFORE_INVERSION.has(before) || content.start < cue.end) return false
  if (before === ',' && !clauseOpensSentence(context, cue.start - 1)) return false
  let next = content.last + 1
  while (
    next < context.tokens.length &&
    !context.isWord[next] &&
    context.sentenceOf[next] === context.sentenceOf[content.last]
  )
    next++
  if (next < context.tokens.length && context.sentenceOf[next] === context.sentenceOf[content.last])
    return false
  return context.pos(content.start) !== 'PR' && !mayHoldVerb(context, draft)
}

/**
 * Whether the words from the start of the sentence of token `at` to its first comma hold a verb: a clause opens it
 * ('Rural schools are failing, says…'), not a subject set off by an aside ('Ann Lee, speaking in Leeds, argued…').
 */
function clauseOpensSentence(context: StatementContext, at: number): boolean {
  const sentence = context.sentenceOf[at]
  let start = at
  while (start > 0 && context.sentenceOf[start - 1] === sentence) start--
  for (let t = start; t < at && context.lower(t) !== ','; t++) if (mayBeVerb(context, t)) return true
  return false
}

// What opens a noun phrase after "to": a determiner, pronoun, possessive, number or name.
const NOUN_OPENERS = new Set(['D', 'PR', 'S', 'NUM', 'P'])
// Prepositions of time, place, way and listener. Not 'of', 'about', 'against': 'warned of…' heads what was said.
const PLACE_PREPOSITIONS = new Set(
  'in at on to via by from during since after before until within across into through over under'.split(' '),
)

/**
 * Whether a content, not quoted, is a preposition's phrase with no verb ('The bill, proposed in 1993', 'issued a
 * warning to the trio', 'diverts calls via a premium line'): a time, a place or a listener, never what was said.
 */
function isPhraseOfPlace(context: StatementContext, draft: StatementDraft): boolean {
  const { content } = draft
  if (draft.mode !== 'indirect' || !PLACE_PREPOSITIONS.has(context.lower(content.start) ?? '')) return false
  // "to the pair", "to Vale", but "to sanction Iran" is an infinitive whatever the tagger takes "sanction" for.
  if (context.lower(content.start) === 'to' && !NOUN_OPENERS.has(context.pos(content.start + 1) ?? ''))
    return false
  for (let t = content.start + 1; t <= content.last; t++) if (VERB_POS.has(context.pos(t) ?? '')) return false
  return true
}

/**
 * Whether a content runs over its own cue in one piece ('Ms Vale has written to the mayor asking for…' for
 * 'has written', a quote before and the report after it for 'have predicted'): the words said are not found, and the
 * sentence's own report ('asking for…') is found by its own cue.
 */
function holdsItsCue(draft: StatementDraft): boolean {
  const { cue, content } = draft
  return !draft.contentParts && content.start < cue.start && content.last >= cue.end - 1
}

/**
 * A draft whose content runs over its own cue cut before it, when only its source and marks stand between the words
 * kept and the cue ('"It explains why threats grow," Ms Vale said, calling it…' for 'said'); any other draft as it
 * is. A content whose kept part would hold another report ('"We will win," he said, adding…' for 'adding') or no
 * words is left whole, and dropped by isSpoken.
 * @example cutAtOwnCue(context, draft).content.last // the last word before the source and the cue
 */
export function cutAtOwnCue(context: StatementContext, draft: StatementDraft): StatementDraft {
  const { cue, content, source } = draft
  if (draft.contentParts) return partsOfOwnReport(context, draft)
  if (!holdsItsCue(draft)) return draft
  let end = cue.start
  if (source && source.last < cue.start && source.start >= content.start) {
    for (let t = source.last + 1; t < cue.start; t++) if (context.isWord[t]) return draft
    end = source.start
  }
  let last = end - 1
  while (last >= content.start && !context.isWord[last]) last--
  if (last < content.start) return draft
  return assembleDraft(context, cue, { ...content, last, side: 'before' }, source)
}

/**
 * A draft in two parts around its cue with only the part after it when another report stands between the first part
 * and the cue ('"It is over," Mr Hale said, arguing "…"' for 'arguing': the first part is what he said); any other
 * draft as it is.
 */
function partsOfOwnReport(context: StatementContext, draft: StatementDraft): StatementDraft {
  const { cue, content, source, contentParts } = draft
  const [firstPart, secondPart] = contentParts ?? []
  if (!firstPart || !secondPart || content.start >= cue.start || content.last < cue.end) return draft
  const { tokens } = context
  // The first token ending at or after the first part's end, and the first starting at or after the second's
  // start, by binary search: a scan from the article's start for every draft made a long text quadratic.
  const firstEnd = countEndingBefore(tokens, firstPart.end)
  const secondStart = countStartingBefore(tokens, secondPart.start)
  if (firstEnd === tokens.length || secondStart === tokens.length || secondStart < cue.end) return draft
  for (let t = firstEnd + 1; t < cue.start; t++) {
    const inSource = source !== null && t >= source.start && t <= source.last
    if (context.isWord[t] && !inSource)
      return assembleDraft(context, cue, { ...content, start: secondStart, side: 'after' }, source)
  }
  return draft
}

/**
 * Whether a content of three words or more ends on the comma before its source and cue ('Women rarely use it, the
 * research found.'): what an inverted report gives is a clause, whatever the tagger makes of its verb.
 */
function endsBeforeInvertedCue(context: StatementContext, draft: StatementDraft): boolean {
  const { content, cue, source } = draft
  if (content.last >= cue.start || context.lower(content.last + 1) !== ',') return false
  if (source === null || source.last >= cue.start || source.start <= content.last) return false
  // 'On Thursday, Mr Howard told…', 'Spacey, 45, wrote…': a time or a name set off before the subject is no clause.
  return wordsBetween(context, content.start, content.last + 1).length >= SHORTEST_CLAUSE
}

// The fewest words of a clause given before its inverted cue ('Prices rose sharply, the survey found').
const SHORTEST_CLAUSE = 3

// Pronouns that open a new clause after "and" ('… and he said'). A closed class.
const SUBJECT_PRONOUNS = new Set(['i', 'he', 'she', 'it', 'we', 'they', 'you'])

/**
 * Where an act's object ends: before a "but" ('found space in the area but the keeper saved'), or an "and" after
 * three words that opens a new clause on a name or a pronoun ('found Celtic harder to break down and Douglas was…');
 * 'found prices and wages rose' and 'announced Leeds and Hull would merge' keep their clause whole.
 */
function objectEnd(context: StatementContext, draft: StatementDraft): number {
  const { start, last } = draft.content
  for (let t = start + 1; t < last; t++) {
    const word = context.lower(t) ?? ''
    // ', but' follows a whole clause the tagger may have missed a verb in ('told the chips only cost $4, but…').
    if (word === 'but' && context.lower(t - 1) !== ',') return t - 1
    // 'announced Leeds and Hull would merge': a short first conjunct is part of the clause's subject.
    if (word !== 'and' || t - start < 3) continue
    const next = t + 1
    if (SUBJECT_PRONOUNS.has(context.lower(next) ?? '') || context.pos(next) === 'P') return t - 1
  }
  return last
}

/** The "that" right before a content, which opens its clause ('found that the drug works'), else the content's start. */
function complementizerBefore(context: StatementContext, start: number): number {
  return context.lower(start - 1) === 'that' ? start - 1 : start
}

/** Whether a draft's content may hold a verb. */
function mayHoldVerb(context: StatementContext, draft: StatementDraft): boolean {
  for (let t = draft.content.start; t <= draft.content.last; t++) if (mayBeVerb(context, t)) return true
  return false
}

// What comes before a verb in the present tense that the word alone takes for a plural noun ('the poll leads').
const SUBJECT_POS = new Set(['N', 'P'])

/** Whether a token may be a verb: tagged one, or a word in -s right after a noun ('Clinton leads', 'the move reeks'). */
function mayBeVerb(context: StatementContext, t: number): boolean {
  const pos = context.pos(t) ?? ''
  if (VERB_POS.has(pos)) return true
  return pos === 'N' && (context.lower(t) ?? '').endsWith('s') && SUBJECT_POS.has(context.pos(t - 1) ?? '')
}

/** Whether a cue is a noun of speech with its preposition ('questions about', 'accusations of'), not a verb. */
function isNounOfSpeech(context: StatementContext, draft: StatementDraft, first: number): boolean {
  if (context.pos(first) !== 'N' || context.pos(draft.cue.end - 1) !== 'I') return false
  const word = context.lower(first) ?? ''
  return (
    word.endsWith('s') ||
    reportingClass(context.stem(first) ?? '') === 'noun' ||
    context.pos(first - 1) === 'D'
  )
}

// Words before "to say" that give out a speech before it is made.
const SCHEDULED = new Set(['expected', 'due', 'set'])

/** Whether a cue is "expected to", "due to" or "set to" followed, in it or just after it, by a verb of speech. */
function announcedSpeech(context: StatementContext, first: number): boolean {
  return (
    SCHEDULED.has(context.lower(first) ?? '') &&
    context.lower(first + 1) === 'to' &&
    reportingClass(context.stem(first + 2) ?? '') === 'speech'
  )
}

/** Whether a noun of speech is one ("an attack", "claims"), not a verb the tagger took for a noun ("tried to complain"). */
function namesAnAct(context: StatementContext, t: number): boolean {
  return context.pos(t - 1) === 'D' || (context.lower(t) ?? '').endsWith('s')
}

// Words of time a cue may hold before its verb ('is today urging', 'last night said').
const CUE_TIMES = new Set(['today', 'tonight', 'yesterday', 'now', 'again', 'once', 'last', 'night'])

/**
 * The cue's first word past auxiliaries, negations, adverbs, times, "to" and words floated before the verb ("said" in
 * "has bitterly said" and "has long said", "urging" in "is today urging"); when that word reports nothing, the verb of
 * speech it is done by or goes on to ("saying" in "hit back by saying", "accuse" in "went on to accuse"), or the
 * participle of speech after its own subject ("saying" in "a spokesperson saying:").
 */
function reportingWord(context: StatementContext, start: number, end: number): number {
  let first = start
  for (let t = start; t < end; t++) {
    const word = context.lower(t) ?? ''
    if (AUXILIARIES.has(word) || NEGATIONS.has(word) || CUE_TIMES.has(word) || word === 'to') continue
    if (context.pos(t) === 'R' || precedesItsVerb(context, t, end)) continue
    first = t
    break
  }
  // "those questioned said": the ones asked speak; "said" reports, "questioned" describes them.
  const spoken = speechAfterAsked(context, first, end)
  if (spoken >= 0) return spoken
  const stem = context.stem(first) ?? ''
  if (reportingClass(stem) !== undefined || SPOKEN.has(stem)) return first
  for (let t = first + 1; t < end - 1; t++) {
    const word = context.lower(t) ?? ''
    if (word === 'by' && context.pos(t + 1) === 'VG') return t + 1
    if (word === 'on' && context.lower(t + 1) === 'to' && t + 2 < end) return t + 2
    // A cue that holds its own subject: 'a spokesperson saying:'.
    if (context.pos(t) === 'VG' && isSpokenWord(context.stem(t) ?? '')) return t
  }
  return first
}

const FIND = stemWord('find')
// Research done by people, who also find things by hand ('researchers found the bug in two apps'): a noun phrase they
// found is a finding only when it is counted ('researchers found 40 cases', 'found no evidence').
const RESEARCHERS = new Set(['researchers', 'scientists'])
// Words that open a counted noun phrase: a closed class of quantifiers, beside numbers.
const COUNTED = new Set([
  'no',
  'more',
  'fewer',
  'less',
  'over',
  'under',
  'nearly',
  'almost',
  'about',
  'around',
  'half',
])

/**
 * Whether a "found" cue reports research: its subject names a study, a survey or the like ('A 2014 study by Ann Lee
 * found…', 'In 2013, research conducted by the centre found…'), or names researchers and what they found is counted
 * ('researchers found 40 cases of fraud'), where 'researchers found it via two links' is a discovery, no words.
 */
function findsAsResearch(context: StatementContext, draft: StatementDraft): boolean {
  const { cue, content } = draft
  const sentence = context.sentenceOf[cue.start]
  for (let t = cue.start - 1; t >= 0 && context.sentenceOf[t] === sentence; t--) {
    const word = context.lower(t) ?? ''
    if (!RESEARCH.has(word)) continue
    if (!RESEARCHERS.has(word) || content.start !== cue.end) return true
    return context.pos(content.start) === 'NUM' || COUNTED.has(context.lower(content.start) ?? '')
  }
  return false
}

const TELL = stemWord('tell')
const ASK = stemWord('ask')
// Verbs whose listener may be given an instruction ('told MPs to…', 'asked the council to…').
const INSTRUCTING = new Set([TELL, ASK])

const PROTEST = stemWord('protest')

/** Whether "protest" at t is the verb: a past or present participle, or any form right before "that". */
function isProtestVerb(context: StatementContext, t: number): boolean {
  const word = context.lower(t) ?? ''
  return word.endsWith('ed') || word.endsWith('ing') || context.lower(t + 1) === 'that'
}

/**
 * Whether a cue's listener, a short noun phrase, is given an instruction, an infinitive ('told Tory MPs not to back
 * the bill'): it reports words, where 'told his audience' or 'told him how to vote' does not.
 */
function holdsInstruction(context: StatementContext, cue: Cue, last: number): boolean {
  let listener = false
  for (let t = cue.end; t < last && t - cue.end <= 6; t++) {
    const word = context.lower(t) ?? ''
    if (word === 'to') return listener && !NOUN_OPENERS.has(context.pos(t + 1) ?? 'P')
    if (word === 'not' || word === 'never') continue
    if (!LISTENER_POS.has(context.pos(t) ?? '')) return false
    listener ||= context.pos(t) !== 'D' && context.pos(t) !== 'J'
  }
  return false
}

// What a listener before an instruction is made of: a pronoun, a determiner, a possessive, an adjective, a noun, a
// name ('told Tory MPs not to…', 'telling the party's leaders to…').
const LISTENER_POS = new Set(['PR', 'D', 'S', 'J', 'N', 'P'])

// Verbs that go on with what someone was saying ('she continued', 'he went on', 'he carried on').
const CONTINUING = new Set(['continue', 'go', 'went', 'goes', 'carry'].map(stemWord))

/**
 * Whether a cue goes on with someone's words: "continued", or "went on" / "carried on", with a quote or the words
 * before it ('"I am shocked," she went on.', 'It was wrong, he continued.'); not "continued to rise" nor
 * "went on holiday".
 */
function continuesSpeech(context: StatementContext, draft: StatementDraft, first: number): boolean {
  const stem = context.stem(first) ?? ''
  if (!CONTINUING.has(stem)) return false
  const { cue, content } = draft
  if (stem !== stemWord('continue') && context.lower(first + 1) !== 'on') return false
  if (content.start >= cue.start) return false
  return content.last < cue.start ? context.lower(content.last + 1) === ',' : draft.mode === 'direct'
}

function isSpokenWord(stem: string): boolean {
  const kind = reportingClass(stem)
  return kind === 'speech' || kind === 'noun' || SPOKEN.has(stem)
}

// What a verb's base form cannot follow: "to" ("plans to cut"), a determiner, an adjective or a possessive, where the
// word is a noun ("the stamp duty", "a new deal", "Labour's plan").
const NOT_BEFORE_A_VERB = new Set(['TO', 'D', 'J', 'S'])

// Words that open a relative clause or an aside inside a noun phrase ('the story of a dancer who falls in love',
// 'the score for a musical (which ran…)'): a verb after them is not the content's own. Not a comma: lists have them.
const NOUN_PHRASE_ENDS = new Set(['who', 'whom', 'whose', 'which', '(', '–', '—'])

/**
 * Whether tokens first…last hold a clause: a verb that is not an infinitive's ("plans to cut" is a noun phrase) before
 * any relative clause or aside ("the story of a dancer who falls in love" is one too), or a gerund or "that" first
 * ("making remarks", "that, from Monday, fares rise").
 */
export function holdsClause(context: StatementContext, first: number, last: number): boolean {
  if (context.pos(first) === 'VG') return true
  // "that, from Monday, fares rise": a complementizer opens a clause whatever its asides.
  if (context.lower(first) === 'that') return true
  for (let t = first; t <= last; t++) {
    if (t > first && NOUN_PHRASE_ENDS.has(context.lower(t) ?? '')) return false
    const pos = context.pos(t) ?? ''
    if (pos === 'VD' && isAttributive(context, t)) continue
    if (FINITE_POS.has(pos) || (pos === 'V' && !NOT_BEFORE_A_VERB.has(context.pos(t - 1) ?? ''))) return true
  }
  return false
}

// What stands before a participle used as an adjective: a determiner or a preposition ('the proposed cuts', 'of
// continued stability').
const BEFORE_ATTRIBUTIVE = new Set(['D', 'I'])

/** Whether a past form is an adjective inside a noun phrase: 'the importance of continued economic stability'. */
function isAttributive(context: StatementContext, t: number): boolean {
  return BEFORE_ATTRIBUTIVE.has(context.pos(t - 1) ?? '') && MODIFIED.has(context.pos(t + 1) ?? '')
}

// Verbs that only ever report words: a statement inside another's content with one of these is a statement too.
const SAYING = new Set(
  'say tell claim deny insist add write ask reply warn admit argue urge'.split(' ').map(stemWord),
)
SAYING.add('write')

/**
 * Whether a draft's cue is a verb that only ever reports words ("told", "denied"): inside another statement's
 * content it is still a statement ("The book claims that Brown told Blair: '…'"), where "… threaten the security"
 * is not.
 * @example reportsWords(context, draft) // true for "told"
 */
export function reportsWords(context: StatementContext, draft: StatementDraft): boolean {
  const head = context.stem(reportingWord(context, draft.cue.start, draft.cue.end)) ?? ''
  return SAYING.has(head)
}
