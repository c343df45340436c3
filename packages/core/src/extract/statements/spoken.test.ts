import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'
import { parseArticle } from '../../parse/index.ts'
import type { StatementDraft } from './assemble.ts'
import { buildContext } from './context.ts'
import { makeCue } from './cue.ts'
import { cutAtOwnCue, isSpoken } from './spoken.ts'
import { statementSlices } from './statement-slices.fixture.ts'
import { spanOf } from './token-span.fixture.ts'

/** Whether isSpoken keeps a draft whose cue, source and content are the given words (first place each occurs). */
function spoken(
  text: string,
  cue: string,
  source: string | null,
  content: string,
  mode: StatementDraft['mode'] = 'indirect',
): boolean {
  const context = buildContext(parseArticle(text))
  const place = (words: string) => spanOf(context, text, words)
  const cuePlace = place(cue)
  const draft = {
    cue: makeCue(context, cuePlace.start, cuePlace.last + 1),
    source: source === null ? null : place(source),
    content: { ...place(content), side: 'after' },
    mode,
  } as unknown as StatementDraft
  return isSpoken(context, draft)
}

describe('isSpoken', () => {
  // [case, text, cue words, source words, content words, kept]
  const cases: Array<[string, string, string, string | null, string, boolean]> = [
    [
      'a plain "said"',
      'The mayor said the bridge would reopen.',
      'said',
      'The mayor',
      'the bridge would reopen',
      true,
    ],
    [
      'an adverb before the verb',
      'She angrily denied the charge was fair.',
      'angrily denied',
      'She',
      'the charge was fair',
      true,
    ],
    [
      '"long" before the verb',
      'The coach has long said the pitch was too small.',
      'has long said',
      'The coach',
      'the pitch was too small',
      true,
    ],
    [
      'a quantifier floated before the verb',
      'The three judges all argued the fine was fair.',
      'all argued',
      'The three judges',
      'the fine was fair',
      true,
    ],
    [
      'a contracted auxiliary',
      "I've suggested the fees are too high.",
      "'ve suggested",
      'I',
      'the fees are too high',
      true,
    ],
    [
      '"according to"',
      'Prices rose, according to the bank.',
      'according to',
      'the bank',
      'Prices rose',
      true,
    ],
    [
      '"found" with a clause: a finding',
      'Inspectors found the kitchens were dirty.',
      'found',
      'Inspectors',
      'the kitchens were dirty',
      true,
    ],
    [
      '"found that" with a verb the tagger takes for a noun',
      'Researchers found that the vaccine works.',
      'found',
      'Researchers',
      'the vaccine works',
      true,
    ],
    [
      '"found" after its clause: an inverted finding',
      'Women rarely use the app, the survey found.',
      'found',
      'the survey',
      'Women rarely use the app',
      true,
    ],
    [
      '"found" with a noun phrase after a study: a finding',
      'A study by the college found 40 cases of fraud.',
      'found',
      'A study by the college',
      '40 cases of fraud',
      true,
    ],
    [
      '"found" with a counted noun phrase after researchers: a finding',
      'Researchers found 40 cases of fraud in the files.',
      'found',
      'Researchers',
      '40 cases of fraud in the files',
      true,
    ],
    [
      '"found no evidence" after scientists: a finding',
      'Scientists found no evidence of harm.',
      'found',
      'Scientists',
      'no evidence of harm',
      true,
    ],
    [
      '"found" with a noun phrase after researchers: a discovery',
      'Researchers found the bug in two apps.',
      'found',
      'Researchers',
      'the bug in two apps',
      false,
    ],
    [
      '"found it" after researchers: a discovery',
      'The worm spread in May, when researchers found it via three web links.',
      'found',
      'researchers',
      'it via three web links',
      false,
    ],
    [
      '"found" with a noun phrase: an act',
      'Police found the stolen van in a car park.',
      'found',
      'Police',
      'the stolen van in a car park',
      false,
    ],
    [
      '"found him guilty": a verdict',
      'The jury found him guilty of fraud.',
      'found',
      'The jury',
      'him guilty of fraud',
      false,
    ],
    [
      '"found it hard to": an experience',
      'Small firms found it hard to hire staff.',
      'found',
      'Small firms',
      'it hard to hire staff',
      false,
    ],
    [
      '"was found dead": a passive',
      'The singer was found dead at his home.',
      'was found',
      'The singer',
      'dead at his home',
      false,
    ],
    [
      '"On Monday, he told": a time before the subject is no clause',
      'On Monday, Mr Ash told reporters he would stay.',
      'told',
      'Mr Ash',
      'Monday',
      false,
    ],
    [
      '"are concerned that": a state of mind',
      'Critics are concerned that the rule could harm small firms.',
      'are concerned',
      'Critics',
      'that the rule could harm small firms',
      false,
    ],
    [
      '"remains worried about": a state of mind',
      'The bank remains worried about rising debt.',
      'remains worried about',
      'The bank',
      'rising debt',
      false,
    ],
    [
      '"voiced concern": words given',
      'The union voiced concern that jobs would go.',
      'voiced concern',
      'The union',
      'that jobs would go',
      true,
    ],
    [
      '"maintained" a clause',
      'Ms Orr maintained the depot was safe.',
      'maintained',
      'Ms Orr',
      'the depot was safe',
      true,
    ],
    [
      '"maintains" a lead: an act',
      'If Ms Orr maintains her lead, she wins.',
      'maintains',
      'Ms Orr',
      'her lead',
      false,
    ],
    [
      "a report's finding",
      'The audit found waste had doubled.',
      'found',
      'The audit',
      'waste had doubled',
      true,
    ],
    [
      '"made it clear"',
      'The coach has made it clear he will stay.',
      'has made it clear',
      'The coach',
      'he will stay',
      true,
    ],
    [
      'a noun that reports, after the verb',
      'The union launched an attack on the pay offer.',
      'launched an attack on',
      'The union',
      'the pay offer',
      true,
    ],
    [
      '"in a statement"',
      'The club, in a statement, thanked its fans.',
      'in a statement',
      'The club',
      'thanked its fans',
      true,
    ],
    [
      'a belief',
      'The farmer believes the rain will come.',
      'believes',
      'The farmer',
      'the rain will come',
      false,
    ],
    ['a hope', 'Officials hope the road opens soon.', 'hope', 'Officials', 'the road opens soon', false],
    [
      'an action: backing',
      'The council backed the new stadium.',
      'backed',
      'The council',
      'the new stadium',
      false,
    ],
    [
      'a belief about words to come',
      'The minister is thought likely to stress her record.',
      'is thought likely to stress',
      'The minister',
      'her record',
      false,
    ],
    [
      'a refusal to answer',
      'The firm did not respond to requests for comment.',
      'did not respond to',
      'The firm',
      'requests for comment',
      false,
    ],
    [
      'announcing a thing',
      'The singer announced her retirement on Monday.',
      'announced',
      'The singer',
      'her retirement on Monday',
      false,
    ],
    [
      'announcing a fact',
      'The singer announced she would retire.',
      'announced',
      'The singer',
      'she would retire',
      true,
    ],
    [
      'unveiling a plan with a noun the word alone takes for a verb',
      'The Greens unveiled their own plans to raise the stamp duty threshold.',
      'unveiled',
      'The Greens',
      'their own plans to raise the stamp duty threshold',
      false,
    ],
    [
      'protesting with a clause',
      'Local traders protested that the new tax was unfair.',
      'protested',
      'Local traders',
      'the new tax was unfair',
      true,
    ],
    [
      'protesting an act',
      'Local traders protested the closure of the market.',
      'protested',
      'Local traders',
      'the closure of the market',
      false,
    ],
    [
      'protests, the noun',
      'Unlike last year, protests against the summit are expected to be small.',
      'protests',
      null,
      'the summit are expected to be small',
      false,
    ],
    [
      'posting photos',
      'The senator posted photos of the flood.',
      'posted',
      'The senator',
      'photos of the flood',
      false,
    ],
    [
      'telling an audience',
      'He also told his audience about the farm.',
      'also told',
      'He',
      'his audience',
      false,
    ],
    [
      "the reporter's own question",
      'Asked about the vote, the mayor smiled.',
      'Asked',
      null,
      'about the vote',
      false,
    ],
    [
      'a verb after "tried to"',
      'She tried to complain about the school.',
      'tried to complain about',
      'She',
      'the school',
      false,
    ],
    [
      'a speech given out before it is made',
      'The minister is expected to tell the party that taxes will fall.',
      'is expected to tell',
      'The minister',
      'that taxes will fall',
      true,
    ],
    [
      'a passive "has been told"',
      "She's been told the school will close.",
      'told',
      'She',
      'the school will close',
      false,
    ],
    [
      'a forecast of an act',
      'The minister is expected to raise new taxes.',
      'is expected to raise',
      'The minister',
      'new taxes',
      false,
    ],
    [
      'an inverted report, its speaker after "says"',
      'Rural schools are failing, says the education watchdog.',
      'says',
      'Rural schools',
      'the education watchdog',
      false,
    ],
    [
      'an inverted report after "so"',
      'Or so says the shadow home secretary.',
      'says',
      'Or',
      'the shadow home secretary',
      false,
    ],
    [
      'a question put to the subject',
      'The mayor was asked if the bridge would reopen.',
      'was asked',
      'The mayor',
      'if the bridge would reopen',
      false,
    ],
    [
      'words said to the subject',
      'The players were told the match would be replayed.',
      'were told',
      'The players',
      'the match would be replayed',
      false,
    ],
    [
      'a forecast in the passive, with no one forecasting',
      'Rents are forecast to climb again next spring.',
      'are forecast',
      'Rents',
      'to climb again next spring',
      false,
    ],
    [
      'a speech forecast with no words given',
      'The mayor is expected to stress the need for calm.',
      'is expected to stress',
      'The mayor',
      'the need for calm',
      false,
    ],
    [
      'a forecast with no source, in a phrase',
      'With the vote widely predicted for June, the party is nervous.',
      'widely predicted',
      null,
      'the vote widely predicted for June',
      false,
    ],
    [
      '"according to" before a noun phrase',
      'She hired Ann Roe, her neighbour, according to friends.',
      'according to',
      'friends',
      'her neighbour',
      false,
    ],
    [
      'a noun of speech before a noun phrase',
      'He faced questions about rumours of his exit.',
      'questions about',
      null,
      'rumours of his exit',
      false,
    ],
    [
      'a list of what someone had to do',
      'Explaining why the budget was late.',
      'Explaining',
      null,
      'why the budget was late',
      false,
    ],
    [
      '"wrote"',
      'The senator wrote that the law was unfair.',
      'wrote',
      'The senator',
      'that the law was unfair',
      true,
    ],
    [
      'a verb before a colon',
      'The judge continued: the case is closed.',
      'continued:',
      'The judge',
      'the case is closed',
      true,
    ],
    [
      'someone asked',
      'The judge asked whether the witness had lied.',
      'asked',
      'The judge',
      'whether the witness had lied',
      true,
    ],
    [
      'a participle that names a thing',
      'Fans met on a forum called Vale Talk.',
      'called',
      null,
      'Vale Talk',
      false,
    ],
    [
      'a name right after a naming verb',
      'Critics mock the rival she calls Little Tom.',
      'calls',
      'she',
      'Little Tom',
      false,
    ],
    [
      'a naming verb with a particle',
      'The firm called in auditors to check the books.',
      'called',
      'The firm',
      'to check the books',
      false,
    ],
    [
      'a noun "calls"',
      'Some phone calls went to a premium line.',
      'calls',
      'Some phone',
      'went to a premium line',
      false,
    ],
    [
      'a name before its naming verb',
      'The play, later called Nine Doors, ran for a month.',
      'called',
      'Nine Doors',
      'The play',
      false,
    ],
    [
      'a naming verb with the one named between',
      'Ann Lee called the plan "a disgrace".',
      'called',
      'Ann Lee',
      'the plan "a disgrace',
      true,
    ],
    ['"called for"', 'The union called for a strike.', 'called for', 'The union', 'a strike', true],
    ['a passive charge', 'The two men were charged on Monday.', 'were charged', null, 'The two men', false],
    [
      'a passive "declared"',
      'When a firm is declared bankrupt it gets time.',
      'is declared',
      'a firm',
      'bankrupt it gets time',
      false,
    ],
    [
      'an active "declared"',
      'Ann Lee declared victory on Friday.',
      'declared',
      'Ann Lee',
      'victory on Friday',
      true,
    ],
    [
      'a work written',
      'He wrote the score for a new musical.',
      'wrote',
      'He',
      'the score for a new musical',
      false,
    ],
    [
      'words written',
      'She wrote that the plan had failed.',
      'wrote',
      'She',
      'that the plan had failed',
      true,
    ],
    [
      'a noun phrase with a relative clause',
      'The show tells the story of a nurse who falls in love.',
      'tells',
      'The show',
      'the story of a nurse who falls in love',
      false,
    ],
    [
      'a clause with a list after "that"',
      'Mr Vale announced that visitors from Oslo, Rome and Lyon must isolate.',
      'announced',
      'Mr Vale',
      'that visitors from Oslo, Rome and Lyon must isolate',
      true,
    ],
    [
      'a colon after a label',
      'Flood update: Two roads closed in the valley.',
      ':',
      'Flood update',
      'Two roads closed in the valley',
      false,
    ],
    [
      'a colon after a byline',
      'By Ann Lee: The region faces floods.',
      ':',
      'Ann Lee',
      'The region faces floods',
      false,
    ],
    [
      'a modal of what may be said',
      'Voters can argue the plan is unfair.',
      'can argue',
      'Voters',
      'the plan is unfair',
      false,
    ],
    [
      'words given out with "would"',
      'A spokeswoman would only say the talks went on.',
      'would only say',
      'A spokeswoman',
      'the talks went on',
      true,
    ],
    ['"is to say"', 'That is to say, the plan failed.', 'is to say', 'That', 'the plan failed', false],
    [
      'a call to the reader after a clause',
      'If you doubt it, recall that prices fell.',
      'recall',
      null,
      'that prices fell',
      false,
    ],
    ['"Note that"', 'Note that the figures are early.', 'Note', null, 'that the figures are early', false],
    [
      'an inverted report after a comma',
      'Prices will fall, say analysts at Vale Bank.',
      'say',
      'analysts at Vale Bank',
      'Prices will fall',
      true,
    ],
    [
      'pressure added',
      'MPs are adding pressure on the minister.',
      'adding',
      'MPs',
      'pressure on the minister',
      false,
    ],
    ['words added', 'She added that the deal was done.', 'added', 'She', 'that the deal was done', true],
    [
      'a content that is a time',
      'The bill, proposed in 1993, passed.',
      'proposed',
      'The bill',
      'in 1993',
      false,
    ],
    [
      'a content that is a listener',
      'The board issued a warning to the pair.',
      'warning',
      'The board',
      'to the pair',
      false,
    ],
    ['what was warned of', 'Ann Lee warned of a slowdown.', 'warned', 'Ann Lee', 'of a slowdown', true],
    [
      'an infinitive after "to"',
      'Ann Lee threatened to sanction Vale.',
      'threatened',
      'Ann Lee',
      'to sanction Vale',
      true,
    ],
    [
      'a purpose opening the sentence',
      'To answer this question, the team ran a test.',
      'To answer',
      null,
      'this question',
      false,
    ],
    [
      'an adjective opening the sentence',
      'Repeated failures raise the risk of infection.',
      'Repeated',
      null,
      'failures raise the risk of infection',
      false,
    ],
    [
      'a participle after "the"',
      'The proposed question is short.',
      'proposed',
      null,
      'question is short',
      false,
    ],
    [
      'a participle after a possessive',
      'Ms Vale said his declared income rose.',
      'declared',
      null,
      'income rose',
      false,
    ],
    [
      'a content that runs over its own cue',
      'Ms Vale has written to the mayor asking for a review.',
      'has written',
      'Ms Vale',
      'Ms Vale has written to the mayor asking for a review',
      false,
    ],
    [
      'a modal of duty',
      'Ministers should explain why the scheme failed.',
      'should explain',
      'Ministers',
      'why the scheme failed',
      false,
    ],
    [
      'a modal of ability before a verb of opinion',
      'Farmers could claim the rules are too strict.',
      'could claim',
      'Farmers',
      'the rules are too strict',
      false,
    ],
    [
      'a bare verb after a clause and its comma',
      'When the polls close, remember that turnout was low.',
      'remember',
      null,
      'that turnout was low',
      false,
    ],
    [
      'a passive with a person acted on by the one named',
      'Mr Hale was questioned by detectives.',
      'was questioned',
      'detectives',
      'Mr Hale',
      false,
    ],
    [
      'a passive with no one named after "by"',
      'The offer was rejected on Friday.',
      'was rejected',
      null,
      'The offer',
      false,
    ],
    [
      'a transcript line',
      'Debate night\n\nThe debate began on Monday.\n\nLEE: We start now.',
      ':',
      'LEE',
      'We start now',
      true,
    ],
    [
      'a verb of speech that a cue goes on to',
      'He went on to accuse the council of wasting money.',
      'went on to accuse',
      'He',
      'the council of wasting money',
      true,
    ],
    [
      'a verb of speech that a cue is done by',
      'The mayor hit back by saying the audit was flawed.',
      'hit back by saying',
      'The mayor',
      'the audit was flawed',
      true,
    ],
    [
      'a time inside the cue',
      'The union is today urging members to reject the offer.',
      'is today urging',
      'The union',
      'members to reject the offer',
      true,
    ],
    [
      'an instruction to a listener',
      'The council is telling residents not to drink the water.',
      'is telling',
      'The council',
      'not to drink the water',
      true,
    ],
    [
      '"told" and a listener only',
      'He told his audience in Leeds.',
      'told',
      'He',
      'his audience in Leeds',
      false,
    ],
    ['"told" and how to do something', 'He told them how to vote.', 'told', 'He', 'them how to vote', false],
    [
      '"continued" after the words and a comma',
      'Rail fares had risen too fast, he continued.',
      'continued',
      'he',
      'Rail fares had risen too fast',
      true,
    ],
    [
      '"went on" after the words and a comma',
      'Rail fares had risen too fast, he went on.',
      'went on',
      'he',
      'Rail fares had risen too fast',
      true,
    ],
    [
      '"continued" to do something',
      'Prices continued to rise in May.',
      'continued',
      'Prices',
      'to rise in May',
      false,
    ],
    [
      'a passive of blame with no one blaming',
      'The two officials were criticised for failing to act.',
      'were criticised',
      null,
      'for failing to act',
      false,
    ],
    [
      'an active verb of blame',
      'Ann Vale criticised the council for closing the depot.',
      'criticised',
      'Ann Vale',
      'the council for closing the depot',
      true,
    ],
    [
      'a passive accusation with no one accusing',
      'The two officials were accused of hiding the report.',
      'were accused',
      null,
      'of hiding the report',
      true,
    ],
    [
      "a question's modal before its subject",
      'Why should we argue that the cuts are needed?',
      'argue',
      'we',
      'that the cuts are needed',
      false,
    ],
    // Hearsay: a passive of saying raised onto its subject names no one who said it.
    [
      'hearsay, "is said to be"',
      'Ola Tarn is said to be furious about the leak.',
      'is said',
      'Ola Tarn',
      'to be furious about the leak',
      false,
    ],
    [
      'hearsay, "is reported to have"',
      'The offer is reported to have cut the debt.',
      'is reported',
      null,
      'The offer',
      false,
    ],
    [
      '"is quoted as saying"',
      'Mr Vell is quoted as saying he will stay.',
      'is quoted',
      'Mr Vell',
      'he will stay',
      true,
    ],
    // "ask" and "explain" report words only with a clause or a quote after them.
    [
      '"asked" a thing',
      'A few readers have asked this question.',
      'have asked',
      'A few readers',
      'this question',
      false,
    ],
    [
      '"asked" a question in a clause',
      'She asked whether the vote was fair.',
      'asked',
      'She',
      'whether the vote was fair',
      true,
    ],
    [
      '"asked" someone to act',
      'Ms Ray asked the council to delay the vote.',
      'asked',
      'Ms Ray',
      'the council to delay the vote',
      true,
    ],
    ['"asked for" a thing', 'Mr Orr asked for more time.', 'asked', 'Mr Orr', 'more time', true],
    [
      '"explaining" a thing',
      'We will be covering and explaining these decisions all day.',
      'explaining',
      'We',
      'these decisions all day',
      false,
    ],
    [
      '"explained" a clause',
      'Mr Lane explained the plan would cost more.',
      'explained',
      'Mr Lane',
      'the plan would cost more',
      true,
    ],
    // A naming participle after a thing's noun gives it a name; after a speaker it judges.
    [
      'a library called…',
      'There is also another library called fastline.',
      'called',
      'another library',
      'fastline',
      false,
    ],
    [
      'a chip called…, after a verb',
      'Inside is a chip called the trust module.',
      'called',
      'a chip',
      'the trust module',
      false,
    ],
    [
      'websites called…, after a preposition',
      'Files sit on websites called trackers.',
      'called',
      'websites',
      'trackers',
      false,
    ],
    [
      'a minister called it…',
      'A senior minister called it a disaster.',
      'called',
      'A senior minister',
      'it a disaster',
      true,
    ],
    [
      'after a comma, a spokesman called…',
      'Later, a spokesman called the move unfair.',
      'called',
      'a spokesman',
      'the move unfair',
      true,
    ],
    [
      'critics called…',
      'The critics called the plan a mess.',
      'called',
      'The critics',
      'the plan a mess',
      true,
    ],
    // A participle between a preposition and its noun is an adjective.
    [
      'a participle after a preposition',
      'Their fear grew after repeated attacks on the town.',
      'repeated',
      null,
      'attacks on the town',
      false,
    ],
    // A forecast of a speech whose object is a noun phrase, a participle inside it ('of continued growth').
    [
      'a forecast speech, a noun phrase with a participle',
      'He is expected to stress the importance of continued economic growth.',
      'is expected to stress',
      'He',
      'the importance of continued economic growth',
      false,
    ],
    [
      'a forecast speech with a clause',
      'He is expected to stress that growth continued.',
      'is expected to stress',
      'He',
      'that growth continued',
      true,
    ],
  ]
  it.each(cases)('%s', (_case, text, cue, source, content, kept) => {
    expect(spoken(text, cue, source, content)).toBe(kept)
  })

  // Statements the rules on forecasts and nouns of speech must leave alone.
  it.each([
    [
      'a forecast someone makes',
      'Economists forecast that rents will climb.',
      'forecast',
      'Economists',
      'that rents will climb',
    ],
    [
      'a noun of speech before a clause',
      'He faced accusations that he lied to the court.',
      'accusations',
      null,
      'that he lied to the court',
    ],
    [
      'a noun phrase said, not an inversion',
      'He claimed vast wealth in the filing.',
      'claimed',
      'He',
      'vast wealth in the filing',
    ],
    [
      'a progressive "is telling"',
      'The mayor is telling voters that the bridge will reopen.',
      'is telling',
      'The mayor',
      'that the bridge will reopen',
    ],
    [
      'a "has told" written "\'s told"',
      "She's told reporters that she will stand again.",
      'told',
      'She',
      'that she will stand again',
    ],
    [
      'a "has predicted" written "\'s predicted"',
      "She's predicted prices will fall.",
      'predicted',
      'She',
      'prices will fall',
    ],
    [
      'a "has asked" written "\'s asked"',
      "He's asked the council to rethink the plan.",
      'asked',
      'He',
      'the council to rethink the plan',
    ],
    [
      'a speech given out before it is made, its clause with no "that"',
      'The minister is expected to say the plan will create jobs.',
      'is expected to say',
      'The minister',
      'the plan will create jobs',
    ],
    [
      'a subject and its aside before the verb, not an inverted report',
      'Ann Lee, speaking in Leeds, argued the opposite.',
      'argued',
      'Ann Lee',
      'the opposite',
    ],
    [
      'a report of fact with a modal of ability',
      'The council can confirm that the pool will shut.',
      'can confirm',
      'The council',
      'that the pool will shut',
    ],
    [
      'a negated modal: what someone could not say',
      'The coach could not say whether the striker was fit.',
      'could not say',
      'The coach',
      'whether the striker was fit',
    ],
    [
      'a negated modal before a noun phrase',
      "The club could not confirm the player's injury.",
      'could not confirm',
      'The club',
      "the player's injury",
    ],
    [
      'a plural subject and an aside between commas',
      'The nurses, meanwhile, say the wards are full.',
      'say',
      'The nurses',
      'the wards are full',
    ],
    [
      'a subject and a participle aside',
      'Farmers, including Ann Lee, warn that the drought will last.',
      'warn',
      'Farmers',
      'that the drought will last',
    ],
    [
      'a pronoun subject and an aside',
      'They, however, insist the fees are fair.',
      'insist',
      'They',
      'the fees are fair',
    ],
    [
      '"her" as the object of a preposition',
      'A lawyer for her stated that the deal was void.',
      'stated',
      'A lawyer for her',
      'that the deal was void',
    ],
    [
      '"her" after "to"',
      'Aides loyal to her insisted that she would stay.',
      'insisted',
      'Aides loyal to her',
      'that she would stay',
    ],
    [
      'a passive whose agent after "by" is named',
      'The proposal was rejected by Ann Lee.',
      'was rejected',
      'Ann Lee',
      'The proposal',
    ],
    [
      'a perfect passive whose agent after "by" is named',
      'Her findings have been questioned by Tom Hale.',
      'have been questioned',
      'Tom Hale',
      'Her findings',
    ],
  ])('keeps %s', (_case, text, cue, source, content) => {
    expect(spoken(text, cue, source, content)).toBe(true)
  })

  it('keeps a quote announced with its words', () => {
    const text = 'The coach announced: "Our season starts now."'
    expect(spoken(text, 'announced', 'The coach', 'Our season starts now', 'direct')).toBe(true)
  })

  it('drops a headline colon whose words quote only inside', () => {
    const text = "Ann Vale: Young people need 'urgent help' now"
    expect(spoken(text, ':', 'Ann Vale', "Young people need 'urgent help' now", 'mixed')).toBe(false)
  })

  it('keeps a cue that is a mark (a colon after a name)', () => {
    expect(spoken('Ann Lee: "We will win."', ':', 'Ann Lee', 'We will win', 'direct')).toBe(true)
  })

  it('drops a participle after "her" as a possessive, after a verb', () => {
    expect(spoken('Ms Vale said her declared income rose.', 'declared', null, 'income rose')).toBe(false)
  })
})

describe('isSpoken on a forecast of words', () => {
  /** The cues analyze finds in a text, as written. */
  const cues = (text: string) =>
    analyze(text).statements.map((statement) =>
      statement.cue ? text.slice(statement.cue.start, statement.cue.end) : '',
    )

  // [case, text, a cue that must not report]: an act expected, not words given
  const forecasts: Array<[string, string, string]> = [
    [
      '"is expected to announce" a plan',
      'Ms Reyes is expected to announce an end to the toll on the bridge.',
      'is expected',
    ],
    [
      '"is also expected to announce"',
      'The mayor is also expected to announce new rules for cyclists.',
      'is also expected',
    ],
  ]
  it.each(forecasts)('%s', (_, text, cue) => {
    expect(cues(text)).not.toContain(cue)
  })

  // [case, text, cue kept]: the words of a speech given out before it is made
  const speeches: Array<[string, string, string]> = [
    [
      '"is expected to say" a clause',
      'Ms Reyes is expected to say the toll will end in May.',
      'is expected to say',
    ],
    [
      '"is expected to say that"',
      'The mayor is expected to say that the rules will change.',
      'is expected to say',
    ],
  ]
  it.each(speeches)('%s', (_, text, cue) => {
    expect(cues(text)).toContain(cue)
  })
})

describe('isSpoken on the noun "rules"', () => {
  /** The cues analyze finds in a text, as written. */
  const cues = (text: string) =>
    analyze(text).statements.map((statement) =>
      statement.cue ? text.slice(statement.cue.start, statement.cue.end) : '',
    )

  // [case, text, cue, kept]: "rules" ending a sentence is a ruling after its ruler, a noun after a verb
  const rows: Array<[string, string, string, boolean]> = [
    ['the object of a participle', 'Ms Quill said she had resigned, breaking party rules.', 'rules', false],
    ['a ruling after its ruler', 'The ban is unlawful, the judge rules.', 'rules', true],
    ['a perfect ruling', 'The ban is unlawful, a court has ruled.', 'has ruled', true],
  ]
  it.each(rows)('%s', (_, text, cue, kept) => {
    expect(cues(text).includes(cue)).toBe(kept)
  })
})

describe('isSpoken on an act whose object a new clause follows', () => {
  /** The cues analyze finds in a text, as written. */
  const cues = (text: string) =>
    analyze(text).statements.map((statement) =>
      statement.cue ? text.slice(statement.cue.start, statement.cue.end) : '',
    )

  // [case, text, cue, kept]: an act's noun object ends before a "but" or an "and" that opens a new clause
  const rows: Array<[string, string, string, boolean]> = [
    [
      '"but" after a place found',
      'Lee found space in the area but the keeper saved his header.',
      'found',
      false,
    ],
    [
      '"and" a name after a judgement',
      'Rangers found Celtic harder to break down and Ann Vale was not threatened until late.',
      'found',
      false,
    ],
    ['a clause before "and"', 'The study found prices rose and wages fell.', 'found', true],
    [
      'a clause before ", but"',
      'The shop told me the bread only cost $2, but that was a week ago.',
      'told',
      true,
    ],
    ['a short first conjunct', 'Ann Lee announced Leeds and Hull would merge.', 'announced', true],
    ['a clause before "but"', 'Ms Lee revealed the plan had failed but she would stay.', 'revealed', true],
  ]
  it.each(rows)('%s', (_, text, cue, kept) => {
    expect(cues(text).includes(cue)).toBe(kept)
  })
})

describe('isSpoken on a participle after a conjunction', () => {
  /** The cues analyze finds in a text, as written. */
  const cues = (text: string) =>
    analyze(text).statements.map((statement) =>
      statement.cue ? text.slice(statement.cue.start, statement.cue.end) : '',
    )

  // [case, text, cue, kept]: the journalist's question after "when" / "if", no one named, is no statement
  const rows: Array<[string, string, string, boolean]> = [
    [
      'a question before a quote',
      'When asked if he would stay, Lee said: "I have not thought about it."',
      'asked',
      false,
    ],
    [
      'the answer kept',
      'When asked if he would stay, Lee said: "I have not thought about it."',
      'said:',
      true,
    ],
    ['an asker named', 'When Ann Lee asked if he would stay, he said no.', 'asked', true],
  ]
  it.each(rows)('%s', (_, text, cue, kept) => {
    expect(cues(text).includes(cue)).toBe(kept)
  })
})

describe('isSpoken on a quoted name', () => {
  /** The contents analyze finds in a text, as written. */
  const contents = (text: string) =>
    analyze(text).statements.map((statement) => text.slice(statement.content.start, statement.content.end))

  // [case, text, words that are a name given, not words said]
  const names: Array<[string, string, string]> = [
    ['a group called "…"', "A club called 'Friends of the Pier' has 300 members.", 'Friends of the Pier'],
    [
      'an aside, then "dubbed the …"',
      'The two men, from Hull, dubbed the "Dock Pair", were cleared.',
      'Dock Pair',
    ],
  ]
  it.each(names)('%s', (_, text, name) => {
    expect(contents(text).some((content) => content.includes(name))).toBe(false)
  })

  // [case, text, content kept]: a judgement with its object between the verb and the quote
  const judged: Array<[string, string, string]> = [
    ['an object before the quote', 'Ms Ford called that idea "reckless".', 'reckless'],
    [
      'a relative clause, its subject in an aside',
      'It is a levy which the bank\'s chief, Ann Ford, called "pure theft".',
      'pure theft',
    ],
  ]
  it.each(judged)('%s', (_, text, content) => {
    expect(contents(text)).toContain(content)
  })
})

describe('cutAtOwnCue', () => {
  /** The contents of a text's statements, as text, and their cue words. */
  function found(text: string): Array<[string, string]> {
    return analyze(text).statements.map((statement) => [
      statement.cue ? text.slice(statement.cue.start, statement.cue.end) : '',
      text.slice(statement.content.start, statement.content.end),
    ])
  }

  // A content that runs over its cue, only its speaker between, is cut before the speaker; one that would keep
  // another report, or nothing, is not cut.
  it.each([
    [
      '"The port will close within a year," Mr Hale said, calling the plan "reckless".',
      'said',
      'The port will close within a year',
    ],
    ['"Fares must fall," Ms Roe said, urging "action now".', 'said', 'Fares must fall'],
  ])('keeps the words before the speaker: %s', (text, cue, content) => {
    expect(found(text)).toContainEqual([cue, content])
  })

  it.each([
    ['"We will fight on," she said, adding "the vote was rigged".'],
    ['"It is over," Mr Hale said, arguing "the club is finished".'],
  ])('gives no content that runs over its own cue: %s', (text) => {
    for (const statement of analyze(text).statements) {
      const { cue, content } = statement
      expect(cue, 'a statement found by its cue').not.toBeNull()
      if (cue) expect(content.start < cue.start && content.end >= cue.end).toBe(false)
    }
  })

  it('leaves a content whole when only its source would be left', () => {
    const text = 'Ms Vale has written to the mayor asking for a review.'
    const context = buildContext(parseArticle(text))
    const cueAt = context.tokens.findIndex((token) => text.slice(token.start, token.end) === 'has')
    const draft = {
      cue: makeCue(context, cueAt, cueAt + 2),
      source: { start: 0, last: 1 },
      content: { start: 0, last: context.tokens.length - 2, side: 'around' },
    } as unknown as StatementDraft
    expect(cutAtOwnCue(context, draft)).toBe(draft)
  })
})

describe('isSpoken on "signalled", whose doubled l the stemmer keeps apart from "signal"', () => {
  // [text, [cue, content] of the statements kept]
  const cases: Array<[string, string[][]]> = [
    ['Ms Dale has signalled that the deal is close.', [['has signalled', 'that the deal is close']]],
    ['The bank signalled that it would cut rates again.', [['signalled', 'that it would cut rates again']]],
    ['The referee signalled a free kick.', []],
    ['The move signals a shift in policy.', []],
  ]
  it.each(cases)('%s', (text, expected) => {
    expect(statementSlices(text).map(([, cue, content]) => [cue, content])).toEqual(expected)
  })
})
