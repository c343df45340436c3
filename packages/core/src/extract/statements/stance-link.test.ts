import { describe, expect, it } from 'vitest'
import { judgesTarget } from './stance-link.ts'

/** Whether `word` in `sentence` judges `target`, the sentence split on spaces. */
function judges(sentence: string, word: string, target: string): boolean {
  const texts = sentence.split(' ')
  const first = texts.indexOf(target.split(' ')[0] as string)
  return judgesTarget(texts, texts.indexOf(word), first, first + target.split(' ').length)
}

describe('judgesTarget', () => {
  it.each([
    ['Smith was corrupt', 'corrupt', 'Smith', true],
    ['Smith has broken every pledge', 'broken', 'Smith', true],
    ["Smith 's reckless plans", 'reckless', 'Smith', true],
    ['these perverse acts by Smith', 'perverse', 'Smith', true],
    ['critics called Smith a liar', 'liar', 'Smith', true],
    ['Smith is a " disgrace "', 'disgrace', 'Smith', true],
    ['Spain should take its fair share', 'fair', 'Spain', false],
    ['Smith will set out plans for tackling immigration abuse', 'abuse', 'Smith', false],
    ['Smith spoke about the brutal war', 'brutal', 'Smith', false],
    ['Smith had this great saying', 'great', 'Smith', false],
    ['critics slammed Smith', 'slammed', 'Smith', true],
    ['the failure of Smith', 'failure', 'Smith', true],
    ['it was offensive to Smith', 'offensive', 'Smith', false],
    ['the party is not divided , and Smith will win', 'divided', 'Smith', false],
    ['Smith had damaged relations', 'damaged', 'Smith', true],
    ['Smith called the plans in Mexico a disgrace', 'disgrace', 'Mexico', false],
    ['the move against Smith could damage the party', 'damage', 'Smith', false],
    ['the move against Governor Smith could damage the party', 'damage', 'Smith', false],
    ['the plans by Smith failed', 'failed', 'Smith', true],
    ['evidence that Smith violated the law', 'violated', 'Smith', true],
    ['Smith refused to call the San Bernardino slaughter terrorism', 'slaughter', 'Smith', false],
    ['problems in Mexico that he blamed on Jones', 'blamed', 'Mexico', false],
    ['a calm that Smith might have admired', 'admired', 'Smith', false],
    ['a Smith government would sort out the " shambles "', 'shambles', 'Smith', false],
    ['Smith would clean up the mess', 'mess', 'Smith', false],
    ['Smith has betrayed the voters', 'betrayed', 'Smith', true],
    // A wrong done to the target, even with a participle the target may hold to.
    ['Smith was wrongly committed to prison', 'wrongly', 'Smith', false],
    ['Smith was obsessively committed to cuts', 'obsessively', 'Smith', true],
    // A bad thing the target acts against.
    ['Smith replaced outdated equipment', 'outdated', 'Smith', false],
    ['Smith is fighting cronyism', 'cronyism', 'Smith', false],
    ['Smith vowed to tackle corruption', 'corruption', 'Smith', false],
    // The object of "do" or "make" right after its subject tells how the subject acted.
    ['Smith has done a fantastic job', 'fantastic', 'Smith', true],
    ['Smith made a terrible mistake', 'mistake', 'Smith', true],
    ['Smith has made a mess of the economy', 'mess', 'Smith', true],
    ['talks with Smith ) have been making good progress', 'good', 'Smith', false],
    ['Smith would make a terrible mistake', 'terrible', 'Smith', false],
    // A relative clause's predicate is said of the one it follows, even inside a prepositional phrase.
    ['a choice between Smith , who will waste more , and Jones', 'waste', 'Smith', true],
    ['a choice between Smith who has failed and Jones', 'failed', 'Smith', true],
    ['a choice between Smith , who made a mess , and Jones', 'mess', 'Smith', false],
    // A target that qualifies the judging noun right after it owns the act, wherever the phrase hangs.
    ['this is typical of Green Party hypocrisy', 'hypocrisy', 'Green Party', true],
    ['the victims of Smith aggression', 'aggression', 'Smith', true],
    ['it ended in anti-Smith propaganda', 'propaganda', 'anti-Smith', false],
    // An adverb before the target is the speaker's mood, not a judgment of the target.
    ["Thankfully the Green Party 's plans failed", 'Thankfully', 'Green Party', false],
    ["Sadly the Green Party 's plans failed", 'Sadly', 'Green Party', false],
    // An -ly adjective before the target judges it.
    ['The cowardly Smith ran away from the debate', 'cowardly', 'Smith', true],
    ['a ghastly Green Party leaflet', 'ghastly', 'Green Party', true],
    // A verb of attitude after its subject is the subject's attitude, not a judgment of it; passive, it is one.
    ['Smith has admired the plan', 'admired', 'Smith', false],
    ['Smith thanked the voters', 'thanked', 'Smith', false],
    ['Smith blamed the weather', 'blamed', 'Smith', false],
    ['Smith was praised by the mayor', 'praised', 'Smith', true],
    ['Smith was blamed for the losses', 'blamed', 'Smith', true],
    // A state the target is in, after a linking verb and "in".
    ['Smith was in turmoil after the vote', 'turmoil', 'Smith', true],
    ['the Greens are in a mess', 'mess', 'Greens', true],
    ['Smith is in desperate need of cash', 'desperate', 'Smith', false],
    // A state held to in the passive is the target's own; a wrong done to it is not.
    ['Smith was obsessively committed to cuts', 'obsessively', 'Smith', true],
    ['Smith was wrongly accused of theft', 'wrongly', 'Smith', false],
    // A phrase a demonstrative opens after a mark is a thing of its own.
    ['under Smith , these unaccountable agencies grew', 'unaccountable', 'Smith', false],
    ['under Smith , a reckless leader , taxes grew', 'reckless', 'Smith', true],
    ['critics praised Smith', 'praised', 'Smith', true],
    // After an article, an attitude's participle is an adjective of what the target is said to be.
    ['Smith has been a trusted friend', 'trusted', 'Smith', true],
    ['Smith is a respected judge', 'respected', 'Smith', true],
    ['Smith trusted the voters', 'trusted', 'Smith', false],
    // A word on someone's tie to another describes the tie: it judges neither the other one, nor, as praise in an
    // appositive, the one it names. Blame in an appositive, and praise said with a linking verb, still judge.
    ['a trusted adviser of the Greens', 'trusted', 'Greens', false],
    ['a loyal ally of Smith', 'loyal', 'Smith', false],
    ['Smith , a trusted adviser of the party , left', 'trusted', 'Smith', false],
    ['Smith , a corrupt official , fled', 'corrupt', 'Smith', true],
    ['Smith was a trusted adviser', 'trusted', 'Smith', true],
    // A feeling is the target's own; a wrong adverb on a passive is a wrong done to the target.
    ['Smith was grateful for the support', 'grateful', 'Smith', false],
    ['Smith was appalled by the plan', 'appalled', 'Smith', false],
    ["Smith 's push incensed her neighbours", 'incensed', 'Smith', true],
    ['Smith was wrongly accused', 'wrongly', 'Smith', false],
    ['Smith wrongly claimed the money', 'wrongly', 'Smith', true],
    ['the killings of Smith', 'killings', 'Smith', false],
    ['Smith was shot and killed by police', 'killed', 'Smith', false],
    ["Smith 's invasion of the north", 'invasion', 'Smith', true],
    // Damage to a standing or a case judges the one who does it, not the one it is done to.
    ["the rumours were damaging Smith 's chances", 'damaging', 'Smith', false],
    ['Lane was ignoring a Smith ruling', 'ignoring', 'Smith', false],
    ["it would have weakened Smith 's case", 'weakened', 'Smith', false],
    ['Smith may have been misled', 'misled', 'Smith', false],
    ['Smith misled the voters', 'misled', 'Smith', true],
    ['Smith has undermined the talks', 'undermined', 'Smith', true],
    // In the passive the agent after "by" did the harm; a victim, or a name inside another phrase after "by", did not.
    ['the voters were misled by Smith', 'misled', 'Smith', true],
    ['the talks had been undermined by the Smith camp', 'undermined', 'Smith', true],
    ['Smith was misled by his aides', 'misled', 'Smith', false],
    ['the voters were misled by claims about Smith', 'misled', 'Smith', false],
    ['the voters were misled , and Smith said so', 'misled', 'Smith', false],
    // A participle in another noun phrase, the object of the target's own verb, judges that phrase's head.
    ['Lane hired the failed consultants', 'failed', 'Lane', false],
    ['Lane swapped her disgraced aide', 'disgraced', 'Lane', false],
    ["Lane 's failed policies", 'failed', 'Lane', true],
    // The phrase the target owns is judged, even inside another word's prepositional phrase.
    ['the plan contrasted with Lane \'s " contrived " stunts', 'contrived', 'Lane', true],
    ["voters compared it with Lane 's reckless budget", 'reckless', 'Lane', true],
    ["the move against Lane 's aides could damage the party", 'damage', 'Lane', false],
  ])('%s: %s of %s → %s', (sentence, word, target, expected) => {
    expect(judges(sentence, word, target)).toBe(expected)
  })
})

describe('judgesTarget: a form of "break" judges only a duty broken', () => {
  it.each([
    ['Smith had broken his leg', 'broken', 'Smith', false],
    ['Smith broke a bone in training', 'broke', 'Smith', false],
    ['talks with Smith broke down', 'broke', 'Smith', false],
    ['Smith broke every ethical rule', 'broke', 'Smith', true],
    ['Smith has broken his word', 'broken', 'Smith', true],
    ["Smith 's broken promises", 'broken', 'Smith', true],
  ])('%s: %s judges %s → %s', (sentence, word, target, expected) => {
    expect(judges(sentence, word, target)).toBe(expected)
  })
})

describe('judgesTarget: a relative clause of another noun', () => {
  it.each([
    ['Smith was robbed by men who stole his car', 'stole', 'Smith', false],
    ['Smith met workers who had been misled', 'misled', 'Smith', false],
    ['Smith is a man who lied', 'lied', 'Smith', true],
    ['Smith , who lied , resigned', 'lied', 'Smith', true],
  ])('%s: %s judges %s → %s', (sentence, word, target, expected) => {
    expect(judges(sentence, word, target)).toBe(expected)
  })
})

describe('judgesTarget: a linking verb in a later clause with a subject of its own', () => {
  it.each([
    // The clause after the target says what it says of its own subject.
    ['Smith cut the levy , so that the county budget was healthy', 'healthy', 'Smith', false],
    ['Smith left because the old plan was useless', 'useless', 'Smith', false],
    ['Smith said that the weather was dreadful', 'dreadful', 'Smith', false],
    // The target's own linking verb, a stand-in subject, or a target inside the clause, still judged.
    ['Smith was reckless', 'reckless', 'Smith', true],
    ['Smith has always been reckless', 'reckless', 'Smith', true],
    ['voters said that Smith was reckless', 'reckless', 'Smith', true],
    // A gerund that opens the subject with the target as its object: the act is judged, not the target.
    ['Comparing Smith to a tyrant is absurd', 'absurd', 'Smith', false],
    ['" Blaming the Smith family was wrong', 'wrong', 'Smith', false],
    // A name that opens its clause, or a gerund that is no opener, leaves the target judged.
    ['Smith , acting alone , was reckless', 'reckless', 'Smith', true],
    ['Acting Governor Smith was reckless', 'reckless', 'Governor Smith', true],
    ['Everything Smith touched was a disaster', 'disaster', 'Smith', true],
    ['Jones spoke , claiming Smith was reckless', 'reckless', 'Smith', true],
  ])('%s: %s judges %s → %s', (sentence, word, target, expected) => {
    expect(judges(sentence, word, target)).toBe(expected)
  })
})
