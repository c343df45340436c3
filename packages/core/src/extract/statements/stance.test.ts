import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The stances of a short text's statements as [target, polarity], null for none. */
function stances(text: string) {
  return analyze(text).statements.map((statement) =>
    statement.stance ? [statement.stance.target, statement.stance.polarity] : null,
  )
}

describe('attachStance', () => {
  it.each([
    // A stance verb's object is clear without a speaker, and so is a threat's own act.
    ['Critics have attacked the Labour plans.', 'organization:labour-party', 'oppose'],
    ['Angry residents threatened to sue Oxfam over the plans.', 'organization:oxfam', 'threaten'],
    // "blamed X on Y": the target follows "on".
    ['Senator Maria Lopez blamed the losses on President Dan Hale.', 'person:dan-hale', 'blame'],
    // A demand of a that-clause's subject, past its title, or of its possessor.
    [
      'Senator Maria Lopez asked that Governor Tom Reed refrain from endorsing anyone.',
      'person:tom-reed',
      'demand',
    ],
    ["Senator Maria Lopez urged that Japan's government lift the ban.", 'country:japan', 'demand'],
    ["Senator Maria Lopez attacked Walter Brisk's campaign on Monday.", 'person:walter-brisk', 'oppose'],
    // A cue's own tone does not hide the content's polarity.
    [
      'Senator Maria Lopez is also claiming the Green Party is more ideologically united than ever.',
      'organization:green-party',
      'support',
    ],
    // A word that dates or qualifies the thing the object owns: "the new Labour plans".
    [
      'Green leader Tom Hale criticised the new Labour plans on Monday.',
      'organization:labour-party',
      'oppose',
    ],
    [
      'Green leader Tom Hale attacked the latest Tory proposals.',
      'organization:conservative-party',
      'oppose',
    ],
    // Stance verbs of every strength.
    ["Senator Maria Lopez decried Japan's decision to resume whaling.", 'country:japan', 'oppose'],
    ['Senator Maria Lopez lauded Governor Tom Reed for his courage.', 'person:tom-reed', 'support'],
    // A country's conduct is the country's.
    ['Senator Maria Lopez condemned Russian aggression in Ukraine.', 'country:russia', 'oppose'],
    // The speaker's own party can be praised.
    [
      'Tory shadow chancellor Peter Ames said the Conservatives were united.',
      'organization:conservative-party',
      'support',
    ],
    // "The government" and "ministers" are the party the article shows in office.
    [
      "Labour's rule has lasted eight years. Tory leader Jane Doe attacked the government's record on crime.",
      'organization:labour-party',
      'oppose',
    ],
    [
      'The Labour government met on Monday. Jane Doe said ministers had failed the country.',
      'organization:labour-party',
      'oppose',
    ],
    [
      'The Labour government met on Monday. Jane Doe said the government was incompetent.',
      'organization:labour-party',
      'oppose',
    ],
    [
      'Labour Prime Minister Alan Croft spoke on Monday. Tory leader Jane Doe said the government had failed.',
      'organization:labour-party',
      'oppose',
    ],
    // Without a party in office, "the government", "ministers" and "Government" are the one actor named so.
    [
      'The Government announced new rules on Monday. Union leader Mary Kent urged ministers to scrap the rules.',
      'organization:government',
      'demand',
    ],
    [
      'The Government announced new rules on Monday. Union leader Mary Kent called on Government to scrap the rules.',
      'organization:government',
      'demand',
    ],
    // "The chancellor" is the one actor whose role that office is.
    [
      'Chancellor Neil Fairley spoke on Monday. Shadow chancellor Peter Ames said the chancellor had misled voters.',
      'person:neil-fairley',
      'blame',
    ],
    // A word that accuses of a wrong act, said of the target, blames.
    ['Senator Maria Lopez said Governor Tom Reed had misled voters.', 'person:tom-reed', 'blame'],
    [
      'Senator Maria Lopez said what Governor Tom Reed is doing is nothing less than an illegal scheme.',
      'person:tom-reed',
      'blame',
    ],
    // An actor held answerable for a bad outcome: under its rule, or on condition it takes office.
    ['Jane Doe said voters face higher taxes under Labour.', 'organization:labour-party', 'oppose'],
    ['Ruth Gale said spending cuts under Labour hit schools.', 'organization:labour-party', 'oppose'],
    [
      'Jane Doe said: "If Labour is elected there will be a very substantial tax increase."',
      'organization:labour-party',
      'oppose',
    ],
    [
      'Jane Doe said: "Under Labour, all households are still paying unfair council tax."',
      'organization:labour-party',
      'oppose',
    ],
    // A naming verb's object, by the judging word it is named with.
    ['Senator Maria Lopez called Governor Tom Reed "a liar".', 'person:tom-reed', 'blame'],
    ['Senator Maria Lopez described Governor Tom Reed as brilliant.', 'person:tom-reed', 'support'],
    // A naming verb's object pronoun is the person it stands for.
    [
      'Governor Tom Reed spoke in Leeds. Senator Maria Lopez called him "a disgrace to the office".',
      'person:tom-reed',
      'oppose',
    ],
    ['Governor Tom Reed spoke in Leeds. Senator Ann Vale called him brave.', 'person:tom-reed', 'support'],
    // A rival named with praise in quote marks is mocked.
    [
      'Tory shadow transport secretary Colin Marsh called Labour "a wonderful factory for making promises".',
      'organization:labour-party',
      'oppose',
    ],
    // A title no actor stands for, coordinated with a name: the name is an object too.
    ['Tom Reed accused the prime minister and Ann Vale of lying.', 'person:ann-vale', 'blame'],
    // Without a named speaker, a direct quote that judges a person close by.
    ['"Governor Tom Reed screwed everybody," said one party operative.', 'person:tom-reed', 'blame'],
    // A "should", "should not" or "needs to" demands of the actor right before it.
    [
      'Senator Maria Lopez said Russia should withdraw its troops from the border.',
      'country:russia',
      'demand',
    ],
    [
      'Lib Dem leader Anne Cole said the UK should not ignore the need to reform farm policy.',
      'country:united-kingdom',
      'demand',
    ],
    ['Senator Maria Lopez said that Iran needs to release the sailors.', 'country:iran', 'demand'],
    // Promises not delivered oppose whoever made them.
    [
      'The Labour government met on Monday. Jane Doe said ministers had not delivered cleaner hospitals.',
      'organization:labour-party',
      'oppose',
    ],
    [
      'Senator Maria Lopez said Labour had failed to deliver on its promises.',
      'organization:labour-party',
      'oppose',
    ],
    // The speaker's words alone can oppose where the whole sentence, with a fronted clause, leans the other way.
    [
      'Announcing the plans, Senator Jim Hale said: "Governor Tom Reed has forgotten the interests of taxpayers, and has broken the pledges he made."',
      'person:tom-reed',
      'oppose',
    ],
    // More judging words.
    ["Senator Maria Lopez called Governor Tom Reed's budget dodgy.", 'person:tom-reed', 'oppose'],
    ["Senator Maria Lopez called Governor Tom Reed's leaflet propaganda.", 'person:tom-reed', 'oppose'],
    ['Senator Maria Lopez said Governor Tom Reed was dodging the question.', 'person:tom-reed', 'blame'],
    ["Senator Maria Lopez said Governor Tom Reed's remarks were inappropriate.", 'person:tom-reed', 'oppose'],
    ['Senator Maria Lopez said Governor Tom Reed was naive beyond belief.', 'person:tom-reed', 'oppose'],
    [
      'Senator Maria Lopez said Governor Tom Reed had been a tremendous colleague.',
      'person:tom-reed',
      'support',
    ],
    // The same word in lower case, not in a name, still judges.
    ['Ruth Gale said Tom Reed was a fair man.', 'person:tom-reed', 'support'],
    // A retort opposes: "hit back" backs no one.
    [
      'Jane Doe hit back by saying Tory attitudes to Europe had kept the party out of power.',
      'organization:conservative-party',
      'oppose',
    ],
    // Standing with or by someone in the past tense.
    ['France said it stood with Ukraine.', 'country:ukraine', 'support'],
    ['Senator Maria Lopez said she stood by Governor Tom Reed.', 'person:tom-reed', 'support'],
    // Judging words of a failed record or a wrong act, beyond the commonest: "a disappointment", "fiddled".
    ['Tory leader Tom Reed said: "Ann Vale is a disappointment."', 'person:ann-vale', 'oppose'],
    ['Tory leader Tom Reed claimed that Ann Vale had fiddled the figures.', 'person:ann-vale', 'blame'],
  ])('%s → %s %s', (text, target, polarity) => {
    expect(stances(text)[0]).toEqual([target, polarity])
  })

  it.each([
    // "told reporters that" reports; it demands nothing of the clause's subject.
    ['Senator Maria Lopez told reporters that Japan would lift the ban.'],
    // A stance word as a noun is someone else's act.
    ['Senator Maria Lopez cited criticism of Governor Tom Reed.'],
    ['President Dan Hale said praise from President Ivan Orlov would not change his policy.'],
    // Another person's accusation, inside the content, is not the speaker's.
    ["Senator Maria Lopez said Governor Tom Reed's tweets accusing Jane Doe of fraud were wrong."],
    // Harm done to someone does not judge them.
    ['Senator Maria Lopez said the film shows the police killings of John Carter.'],
    ['Senator Maria Lopez said John Carter was shot and killed by police.'],
    ['Senator Maria Lopez said the invasion of Ukraine was a disgrace.'],
    // The object is another person the actor has.
    ["Governor Tom Reed attacked Jane Doe's opponent on Monday."],
    // A bare title is not the actor whose role qualifies it.
    ['Shadow chancellor Simon Hurst spoke on Monday. Clive Moran said the chancellor had failed.'],
    // A qualifier's letters inside another word ("foreshadows") do not make the title another office.
    [
      'Shadow chancellor Simon Hurst spoke on Monday. Clive Moran said this foreshadows how the chancellor failed.',
    ],
    ['Former president Henry Lowell spoke on Monday. Senator Maria Lopez said the president had failed.'],
    // Praise of a rival party in the speaker's own words may be irony or sincere: left out.
    [
      'Labour will cut rail fares, Ruth Gale said. Tory shadow transport secretary Colin Marsh called Labour a wonderful party.',
    ],
    // A country's press or people are not its state.
    ['Governor Tom Reed slammed the British press for its coverage.'],
    // A party that would govern is not the one in office.
    ['A Tory government would cut taxes, Jane Doe said. John Smith said the government had failed.'],
    // A good outcome under an actor's rule is no stance against it.
    ['Jane Doe said debt fell under Labour.'],
    ['Jane Doe said lower taxes under Labour helped families.'],
    // A bad outcome that falls, is halved or is tackled, anywhere in its clause, is a good one; tax cuts are.
    ['Ruth Gale said fuel duty cuts under Labour had helped drivers.'],
    ['Ruth Gale said: "Under Labour, the deficit has been roughly halved."'],
    ['Ruth Gale said youth unemployment had been steadily falling under Labour.'],
    ['Ruth Gale said that if Labour wins, it will tackle child poverty.'],
    // Another country's government is not the party in office.
    ['The Labour government met on Monday. Ruth Gale said the government in Lima had failed.'],
    ['The Labour government met on Monday. Peruvian minister Carla Rojas said the government was corrupt.'],
    ['The Labour government met on Monday. In Peru, Ruth Gale said the government had failed.'],
    [
      'The Labour government met on Monday. Carla Rojas, a Peruvian minister, spoke. "The government is corrupt," she said.',
    ],
    // A name's word or a title before a name judges no one.
    ['Ruth Gale said that under Mr Reed, Leeds United will continue to move forward.'],
    ["Ruth Gale said she was thrilled to make Tom Reed's novel Vanity Fair into a film."],
    ['Ruth Gale said defending champion Ann Vale had won in straight sets.'],
    ['Olympic champion Ann Vale has tested positive for a banned drug, Ruth Gale said.'],
    // How hard one fights says nothing of whom: "aggressively" judges no one.
    ['Ruth Gale added that the Greens also aggressively fought all forms of racism.'],
    // A judging word about someone else the target deals with does not judge the target.
    ['Ruth Gale said Tom Reed hired the failed consultants.'],
    ['"Governor Tom Reed replaced the failed manager," one aide said.'],
    // A naming verb whose judging word belongs to a clause of its own.
    ['Senator Maria Lopez described Governor Tom Reed as a friend who was attacked.'],
    // Without a named speaker, neither a group judged nor a reported judgement.
    ['"It was a PR stunt by the BBC," one aide said.'],
    ['One party operative said Governor Tom Reed screwed everybody.'],
    // A negated stance verb.
    ["Don't blame Governor Tom Reed, Senator Maria Lopez said."],
    // A judging word another person gives, reported inside the content.
    [
      'The Bronx Times reported that Jane Doe, who campaigned on the issue, called Governor Tom Reed\'s about-face "heartbreaking".',
    ],
    // Another actor's act or attitude, reported inside the content, is not the speaker's stance.
    ['Senator Ann Vale said the Greens blamed Governor Tom Reed.'],
    ['Senator Ann Vale said the Greens accused Governor Tom Reed of lying.'],
    ['Senator Ann Vale said Governor Tom Reed thanked the voters.'],
    // "Responsible for" a duty is no blame; "must" in a guess is no demand; a denied wrong is not charged.
    ['Senator Ann Vale said Governor Tom Reed was responsible for housing policy.'],
    ['Senator Ann Vale said the Greens were responsible for running the council.'],
    ['Senator Ann Vale said Governor Tom Reed, who is responsible for the health brief, would visit Leeds.'],
    ['Senator Ann Vale said Governor Tom Reed must be feeling happy.'],
    ['Senator Ann Vale said Governor Tom Reed must have known.'],
    ['Senator Ann Vale said Governor Tom Reed denied any wrongdoing.'],
    ['Senator Ann Vale said Governor Tom Reed was cleared of corruption.'],
    // A host's welcome in the content, as in the cue.
    ['Senator Ann Vale said she welcomed Governor Tom Reed to the city.'],
    // A title of another office than the actor's role is someone else.
    [
      'Cabinet Office Minister Tom Reed met farmers on Monday. Ann Vale called on the Prime Minister to resign.',
    ],
    // A cost that falls under a party is no stance against it.
    ['Jane Doe said taxes would go down under a new Labour government.'],
    // A growth denied, or a good thing that grows, is no stance against the party.
    ['Jane Doe said bills will not rise under the Greens.'],
    ['Jane Doe said fares would never rise under a Labour government.'],
    ['Jane Doe said tax credits would rise under the Greens.'],
    ['Jane Doe said tax allowances will rise under a new Labour government.'],
    // A duty given by a gerund of one.
    ['Senator Ann Vale said Governor Tom Reed was responsible for overseeing the budget.'],
    // Without a speaker, a threat's that-clause is no threat to its subject.
    ['Angry residents threatened that Oxfam would close the shop.'],
    // A "should" of a forecast, and a "should" or a failure whose actor is not the subject.
    ['Senator Maria Lopez said Labour should win the election easily.'],
    ['Senator Maria Lopez said the Greens should be proud of their record.'],
    ['Senator Maria Lopez said travellers arriving in France should wear masks.'],
    ['Senator Maria Lopez said travellers arriving in France must wear masks.'],
    ['Senator Maria Lopez said the parcels for Oxfam were not delivered on time.'],
    // "by" or "under" deep in a content is not the agent of the stance verb's object.
    [
      'Senator Maria Lopez dismissed the figures showing that families were better off under Governor Tom Reed.',
    ],
    ['Senator Maria Lopez was urging voters who feel let down by Governor Tom Reed to vote for her.'],
    ['Senator Maria Lopez welcomed a ruling to strike down a law backed by Governor Tom Reed.'],
    // The verb's object in the cue: the content is only what it is about.
    ["Senator Maria Lopez has dismissed questions about Governor Tom Reed's plans."],
    // A judging word said by someone the content describes, named or not.
    ['Senator Maria Lopez criticised a union leader who said Governor Tom Reed was harming the talks.'],
    // What is to be done to someone demands nothing of them.
    ['Senator Maria Lopez said Governor Tom Reed should not be criticised for the delay.'],
    ['Senator Maria Lopez said Governor Tom Reed must be given more time.'],
    // A passive with an irregular participle.
    ['Senator Maria Lopez said Governor Tom Reed must not be held back by the rules.'],
    // A set phrase with "good" judges no one; "leadership" is a neutral noun.
    ['Senator Maria Lopez said the Greens had good reason to leave the council.'],
    ['Senator Maria Lopez said she was mindful of the good name of Oxfam.'],
    ['Senator Maria Lopez said the talks would shore up the leadership of Governor Tom Reed.'],
    // A denied stance verb.
    ['Senator Maria Lopez denied accusing Governor Tom Reed of lying.'],
    // A possessive "her" is no object: she defended her own record.
    ['Governor Tom Reed spoke first. Senator Maria Lopez defended her record.'],
    // A naming verb's pronoun with no one else to stand for; past "and", only a name ("his" is a guess).
    ['Senator Tom Reed arrived late. He called her a liar.'],
    ['Ann Vale spoke first. Tom Reed accused the prime minister and his chancellor of lying.'],
    // A "should" of an outcome is a forecast; a duty one is responsible for is no wrong.
    ['Senator Maria Lopez said the economies of Peru and Chile should emerge with little damage.'],
    ['Senator Maria Lopez said Governor Tom Reed was still responsible for major procurement decisions.'],
    // "up to" an actor's inquiry: the inquiry decides.
    ["Senator Maria Lopez said it would be up to Judge Ann Vale's inquiry to decide."],
    // Another country's government is not the one actor named "the Government".
    ['The Government announced new rules. Union leader Mary Kent urged the government of France to act.'],
  ])('leaves stance out: %s', (text) => {
    const found = stances(text)
    expect(found.length).toBeGreaterThan(0)
    for (const stance of found) expect(stance).toBeNull()
  })

  // "Responsible for" a wrong blames; a cost that grows under a party opposes it.
  it.each([
    ['Senator Ann Vale said Governor Tom Reed was responsible for the deaths.', 'person:tom-reed', 'blame'],
    ['Senator Ann Vale said the Greens were responsible for the mess.', 'organization:green-party', 'blame'],
    // A title of the actor's own office stands for them.
    [
      'Home Secretary Tom Reed met farmers on Monday. Ann Vale urged the Home Secretary to resign.',
      'person:tom-reed',
      'demand',
    ],
    // A cost said to grow under a party in office, past "a new" or "a future".
    ['Jane Doe said taxes would go up under a new Labour government.', 'organization:labour-party', 'oppose'],
    ['Jane Doe said bills will rise under the Greens.', 'organization:green-party', 'oppose'],
    ['Jane Doe said rents are set to soar under the Greens.', 'organization:green-party', 'oppose'],
    // A wrong done, given by a gerund, blames: only a duty's gerund names a duty.
    [
      'Senator Ann Vale said the Greens were responsible for shutting three schools.',
      'organization:green-party',
      'blame',
    ],
    [
      'Senator Ann Vale said Governor Tom Reed was responsible for cutting police numbers.',
      'person:tom-reed',
      'blame',
    ],
    // "clear" as an adjective denies nothing: the wrong after it is still charged.
    ['Senator Ann Vale said it was clear Mr Hale had cheated.', 'person:hale', 'blame'],
    ['Senator Ann Vale said it is clear Labour misled voters.', 'organization:labour-party', 'blame'],
  ])('responsible: %s → %s %s', (text, target, polarity) => {
    expect(stances(text)[0]).toEqual([target, polarity])
  })

  // A person's object pronoun never stands for the stance verb's own subject: it is the person named before.
  it.each([
    ['Tom Reed said he would stay. Ann Vale accused him of lying.', 'person:tom-reed', 'blame'],
    ['Tom Reed spoke on Monday. Ann Vale later urged him to resign.', 'person:tom-reed', 'demand'],
    ['Tom Reed said he would stay. Ann Vale praised him for his courage.', 'person:tom-reed', 'support'],
    [
      'Tom Reed said he would stay. Senator Ann Vale warned him that the vote would fail.',
      'person:tom-reed',
      'threaten',
    ],
  ])('object pronoun: %s → %s %s', (text, target, polarity) => {
    expect(stances(text).at(-1)).toEqual([target, polarity])
  })
})
