import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import type { Actor } from '../../schemas/actor.ts'
import { extractActors } from './index.ts'

const actorsOf = (text: string): Actor[] => extractActors(parseArticle(text))
const written = (text: string, actor: Actor | undefined) =>
  (actor?.mentions ?? []).map((s) => text.slice(s.start, s.end))
/** The actor whose mentions include the `nth` occurrence of `form` in the text. */
function actorAt(text: string, actors: Actor[], form: string, nth = 0): Actor | undefined {
  let at = -1
  for (let k = 0; k <= nth; k++) at = text.indexOf(form, at + 1)
  return actors.find((a) => a.mentions.some((m) => m.start <= at && at < m.end))
}

describe('one person, one actor, one kind', () => {
  it.each([
    // A surname, however the tagger took it, in a headline or after an honorific.
    [
      'Blair defends plan\n\nTony Blair has defended the plan. Blair said it was fair.',
      'Blair',
      0,
      'person:tony-blair',
    ],
    ['Tony Blair spoke. Mr Blair said the plan was fair.', 'Blair', 1, 'person:tony-blair'],
    ['Charles Clarke was asked. Mr Clarke said nothing.', 'Clarke', 1, 'person:charles-clarke'],
    [
      'Iris Robinson spoke in Belfast. Mrs Robinson said the hospital was full.',
      'Robinson',
      1,
      'person:iris-robinson',
    ],
    // Possessives and modifier uses.
    ["Donald Trump arrived late. Trump's microphone failed.", 'Trump', 1, 'person:donald-trump'],
    ['Donald Trump arrived late. A Trump supporter cheered.', 'Trump', 1, 'person:donald-trump'],
    ["Trump's microphone failed. Donald Trump was not amused.", 'Trump', 0, 'person:donald-trump'],
    // Peers and knights: the title with a surname, "Sir" with a given name.
    ['Neil Kinnock took his seat. Lord Kinnock said he was proud.', 'Kinnock', 1, 'person:neil-kinnock'],
    ['Neil Kinnock took his seat as Lord Kinnock of Bedwellty.', 'Kinnock', 1, 'person:neil-kinnock'],
    // Short forms of titles and ranks without a stop, as British news writes them.
    ['The study was led by Raj Patel. Prof Patel said it was costly.', 'Patel', 1, 'person:raj-patel'],
    ['Augusto Pinera ruled for years. Gen Pinera denied it.', 'Pinera', 1, 'person:augusto-pinera'],
    ['Chief Superintendent Mick Deane spoke. Chief Supt Deane said more.', 'Deane', 1, 'person:mick-deane'],
    ['Ann Vale was elected. Cllr Vale said she was glad.', 'Vale', 1, 'person:ann-vale'],
    [
      'Sir Alan Budd said the figures were wrong. Sir Alan added that he was sure.',
      'Alan',
      1,
      'person:alan-budd',
    ],
    // A given name alone in a headline, the person named in full below it whom a pronoun or a title shows.
    [
      'Serena wins in Paris\n\nSerena Vallow won the title on Sunday. She beat Ana Pell.',
      'Serena',
      0,
      'person:serena-vallow',
    ],
    [
      'Boris opposes apology\n\nLondon mayor candidate Boris Tellam has opposed the apology.',
      'Boris',
      0,
      'person:boris-tellam',
    ],
    // An initial and a surname in a line-up: the one person named in full with both.
    [
      'Roland de Carrow kicked two goals. Italy: R de Carrow, L Orvetti.',
      'R de Carrow',
      0,
      'person:roland-de-carrow',
    ],
    [
      'Kelly Dunmore won the 800m. Team: K Dunmore (800m), J Gardle (60m).',
      'K Dunmore',
      0,
      'person:kelly-dunmore',
    ],
    // Letters after the name are not its surname.
    [
      'Ben Emmerson QC argued the case. Mr Emmerson said the law was clear.',
      'Emmerson',
      1,
      'person:ben-emmerson',
    ],
  ])('%s: "%s" (#%i) is %s', (text, form, nth, id) => {
    const actors = actorsOf(text)
    const actor = actorAt(text, actors, form, nth)
    expect(actor?.id).toBe(id)
    expect(actor?.kind).toBe('person')
    expect(actors.filter((a) => a.id === id)).toHaveLength(1)
  })

  it.each([
    // Two people who share a surname stay apart; the surname alone is the one the article is most about.
    [
      'Mark Meadows will retire. His wife Debbie Meadows will run. Mark Meadows praised her. Meadows smiled.',
      'Meadows',
      3,
      'person:mark-meadows',
    ],
    [
      'Donald Trump and Melania Trump arrived. Donald Trump spoke first. Melania Trump waved. Trump said the crowd was huge.',
      'Trump',
      4,
      'person:donald-trump',
    ],
    // Tied, the first named.
    [
      'Hillary Clinton spoke in Ohio. Bill Clinton spoke in Iowa. Later Clinton flew home.',
      'Clinton',
      2,
      'person:hillary-clinton',
    ],
    // Else the one the headline names in full, though another is named in full more often.
    [
      'Tom Vale quits the board\n\nTom Vale will leave. Ruth Vale, his sister, stays. Ruth Vale runs the fund. Ruth Vale said so. Vale declined to comment.',
      'Vale',
      5,
      'person:tom-vale',
    ],
    // The honorific's gender picks among them.
    [
      'Mr Mark Meadows will retire. Mrs Debbie Meadows will run. Mark Meadows said so. Mrs Meadows agreed.',
      'Meadows',
      3,
      'person:debbie-meadows',
    ],
    // A given name that tells a gender picks among them: "Mr Vale" is not Zoe, though she is named more.
    [
      'Zoe Vale died on Monday. Zoe Vale was 24. Her father Chris Vale runs a firm. Later Mr Vale spoke to the jury.',
      'Vale',
      3,
      'person:chris-vale',
    ],
    // "Mr" is not the one the article calls by a title of address ("Sir Ian"), though he is named more.
    [
      'Sir Ian Vale warned of the risk. Sir Ian Vale spoke again. Later Tom Vale agreed. But Mr Vale insisted he was right.',
      'Vale',
      3,
      'person:tom-vale',
    ],
    [
      'Dr Ann Rake spoke first. Dr Ann Rake left. Later Jo Rake said no. Ms Rake said the plan was sound.',
      'Rake',
      3,
      'person:jo-rake',
    ],
  ])('%s: "%s" (#%i) is %s', (text, form, nth, id) => {
    const actors = actorsOf(text)
    expect(actorAt(text, actors, form, nth)?.id).toBe(id)
    expect(actors.filter((a) => a.kind === 'person')).toHaveLength(2)
  })

  it.each([
    // A bare given name after a royal title's one name is the royal, not a namesake named in full later.
    [
      'Prince Charles will marry. Charles said he was glad. Charles Kennedy sent his regards.',
      'Charles',
      1,
      'person:charles',
    ],
    // Without the royal before it, the one named in full.
    [
      'Charles said he was glad. Later Charles Kennedy sent his regards.',
      'Charles',
      0,
      'person:charles-kennedy',
    ],
    [
      'Charles Kennedy spoke. Prince Charles waved. Kennedy said he was glad.',
      'Kennedy',
      0,
      'person:charles-kennedy',
    ],
    // A "-man" title does not tell the gender: "Ms" after "chairman Jan Berry" is still her.
    [
      'Federation chairman Jan Berry spoke. Ms Berry said the plan was unsafe.',
      'Berry',
      1,
      'person:jan-berry',
    ],
    ['Party spokesman Sam Reed spoke. Mrs Reed said the plan was unsafe.', 'Reed', 1, 'person:sam-reed'],
    // An honorific still does: "Mrs Berry" beside "Mr John Berry" is someone else.
    ['Mr John Berry spoke. Mrs Berry said the plan was unsafe.', 'Berry', 1, 'person:berry'],
  ])('%s: "%s" (#%i) is %s', (text, form, nth, id) => {
    expect(actorAt(text, actorsOf(text), form, nth)?.id).toBe(id)
  })

  it.each([
    ['Boris Johnson arrived. Boris said he was happy.', 'Boris', 1, 'person:boris-johnson'],
    ['Sir Charles Walker spoke. Prince Charles said he agreed.', 'Charles', 1, 'person:charles'],
    ['Pete Rowan ran for office. Voters liked Mayor Pete.', 'Pete', 1, 'person:pete-rowan'],
    // The one named in full before it, though another of that given name comes later.
    [
      'Mark Tellam will retire. "Mark is a friend," Ann Pell said. Mark Vosper agreed.',
      'Mark',
      1,
      'person:mark-tellam',
    ],
    // With none before it, the one of that name the article names in full after it.
    [
      'Show ends\n\nHis wife Sharon laughed. Later Sharon Tellam told reporters the show was over.',
      'Sharon',
      0,
      'person:sharon-tellam',
    ],
    ['Show ends\n\n"It is over," said Sharon. Sharon Tellam then left.', 'Sharon', 0, 'person:sharon-tellam'],
  ])('%s: the given name "%s" (#%i) is %s', (text, form, nth, id) => {
    expect(actorAt(text, actorsOf(text), form, nth)?.id).toBe(id)
  })

  it.each([
    // Two named in full before it: which one is unknown.
    ['Mark Tellam and Mark Vosper met. Later Mark said he was tired.', 'Mark', 2, 'person:mark'],
    // A title before it makes another person ("Prince Charles" is not Charles Walker).
    [
      'Walkers meet\n\nPrince Charles spoke first. Sir Charles Walker said he agreed.',
      'Charles',
      0,
      'person:charles',
    ],
  ])('%s: the given name "%s" (#%i) joins nobody named in full: %s', (text, form, nth, id) => {
    expect(actorAt(text, actorsOf(text), form, nth)?.id).toBe(id)
  })

  it.each([
    ['Michael R. Bloomberg spoke first. Michael Bloomberg then left.', 'person:michael-r-bloomberg'],
    ['Michael Bloomberg spoke first. Michael R. Bloomberg then left.', 'person:michael-r-bloomberg'],
  ])('%s: a middle initial makes no other person', (text, id) => {
    const persons = actorsOf(text).filter((a) => a.kind === 'person')
    expect(persons.map((a) => a.id)).toEqual([id])
  })

  it.each([
    // A son named with his father's name and a generation is another person.
    ['Harlan Voss Jr. spoke first. Harlan Voss then left.', ['person:harlan-voss', 'person:harlan-voss-jr']],
    ['Harlan Voss spoke first. Harlan Voss Jr. then left.', ['person:harlan-voss', 'person:harlan-voss-jr']],
    [
      'Harlan Voss Sr. spoke first. Harlan Voss III then left.',
      ['person:harlan-voss-iii', 'person:harlan-voss-sr'],
    ],
    // A given name with a generation is the son, not the father named in full.
    ['Harlan Voss spoke first. Harlan Jr. then left.', ['person:harlan-jr', 'person:harlan-voss']],
    // A surname with a generation and no given name is no father: with no son named in full, its own.
    ['Bram Koller spoke first. Koller Jr. then left.', ['person:bram-koller', 'person:koller-jr']],
    ['Koller Jr. spoke first. Bram Koller then left.', ['person:bram-koller', 'person:koller-jr']],
    ['Bram Koller III spoke first. Koller Jr. then left.', ['person:bram-koller-iii', 'person:koller-jr']],
    // Two sons of that surname and generation: neither.
    [
      'Bram Koller Jr. and Anna Koller Jr. spoke. Koller Jr. then left.',
      ['person:anna-koller-jr', 'person:bram-koller-jr', 'person:koller-jr'],
    ],
  ])('%s: a generation makes another person', (text, ids) => {
    const persons = actorsOf(text).filter((a) => a.kind === 'person')
    expect(persons.map((a) => a.id).sort()).toEqual(ids)
  })

  it.each([
    // The surname alone is the one person who bears it, generation or not.
    ['Harlan Voss Jr. spoke first. Mr. Voss then left.', 'Voss', 1, 'person:harlan-voss-jr'],
    ['Harlan Voss Jr. spoke first. Voss then left.', 'Voss', 1, 'person:harlan-voss-jr'],
  ])('%s: "%s" (#%i) is %s', (text, form, nth, id) => {
    expect(actorAt(text, actorsOf(text), form, nth)?.id).toBe(id)
  })

  it.each([
    // A surname with a generation is the one son of that surname and generation, never his father.
    ['Bram Koller Jr. spoke first. Koller Jr. then left.', 'Koller Jr.', 1, 'person:bram-koller-jr'],
    ['Bram Koller spoke. Bram Koller Jr. agreed. Koller Jr. left.', 'Koller Jr.', 1, 'person:bram-koller-jr'],
    [
      'Koller Jr. spoke first. Bram Koller Jr. then left. Bram Koller smiled.',
      'Koller Jr.',
      0,
      'person:bram-koller-jr',
    ],
    ['Bram Koller Jr. spoke first. Mr Koller Jr. then left.', 'Koller Jr.', 1, 'person:bram-koller-jr'],
    [
      'Bram Koller Jr. and Bram Koller III spoke. Koller III left.',
      'Koller III',
      1,
      'person:bram-koller-iii',
    ],
    // A given name with a generation is the one son of that given name and generation.
    ['Bram Koller Jr. spoke first. Bram Jr. then left.', 'Bram Jr.', 0, 'person:bram-koller-jr'],
  ])('%s: "%s" (#%i) is %s', (text, form, nth, id) => {
    const actors = actorsOf(text)
    expect(actorAt(text, actors, form, nth)?.id).toBe(id)
    expect(actors.filter((actor) => actor.kind === 'person').map((actor) => actor.id)).not.toContain(
      `person:${form.toLowerCase().replace(/\W+/g, '-').replace(/-$/, '')}`,
    )
  })

  it('keeps a Mrs apart from the Mr the article names in full', () => {
    const text = 'Mr Mark Meadows spoke. Mrs Meadows stayed at home.'
    const actors = actorsOf(text)
    expect(actorAt(text, actors, 'Meadows', 1)?.id).not.toBe('person:mark-meadows')
  })

  it('makes a person of a relative named with a known surname whatever the tagger said', () => {
    const text = 'Donald Trump and Melania Trump arrived. Melania Trump waved.'
    const melania = actorsOf(text).find((a) => a.id === 'person:melania-trump')
    expect(melania?.kind).toBe('person')
    expect(written(text, melania)).toEqual(['Melania Trump', 'Melania Trump'])
  })

  it('gives a name of the same kind in every place no bearer of it explains', () => {
    const text = 'Quartz reported the deal. Analysts at Quartz said it was big. Quartz added a chart.'
    const kinds = new Set(
      actorsOf(text)
        .filter((a) => a.name === 'Quartz')
        .map((a) => a.kind),
    )
    expect(kinds.size).toBeLessThanOrEqual(1)
  })

  it("keeps a university's short name a person's surname where the article names the person in full", () => {
    const text = 'Chris Cornell sang with the band. Cornell said he was tired.'
    expect(actorAt(text, actorsOf(text), 'Cornell', 1)?.id).toBe('person:chris-cornell')
  })

  it('keeps a country that is also a surname a country', () => {
    const text = 'Michael Jordan met officials from Jordan. Jordan said the visit went well.'
    expect(actorAt(text, actorsOf(text), 'Jordan', 1)?.id).toBe('country:jordan')
  })
})

describe('no invented people', () => {
  it.each([
    ['Hepatitis C cases rose sharply. Doctors said hepatitis was spreading in Leeds.', 'Hepatitis'],
    ['Officials said the Christmas break would be short, as it was last Christmas.', 'Christmas'],
    ['The film "Joker" won. Critics said "Joker" was dark.', 'Joker'],
    ['Woman said the results were clear, the magazine reported.', 'Woman'],
    ['Election day is near. The Election will be close, pollsters said.', 'Election'],
    ['Assembly members met. The Assembly voted on Monday.', 'Assembly'],
    ['Darlington\n\nJane Smith\n\nWhitby\n\nJohn Brown', 'Whitby'],
    ['Blackpool North\n\nJane Smith\n\nBlackpool South\n\nJohn Brown', 'Blackpool North'],
    ['Mid Bedfordshire\n\nJane Smith\n\nNorth East Somerset\n\nJohn Brown', 'Mid Bedfordshire'],
  ])('%s: no person "%s"', (text, word) => {
    const persons = actorsOf(text).filter((a) => a.kind === 'person')
    expect(persons.flatMap((a) => written(text, a))).not.toContain(word)
  })

  it.each([
    ['President Bush said the war was over.', 'Bush'],
    ['Mr Brown said the budget was prudent.', 'Mr Brown'],
    ['Ms Abbott said the policy was racist.', 'Ms Abbott'],
  ])('%s: "%s" is a person, titled', (text, form) => {
    const persons = actorsOf(text).filter((a) => a.kind === 'person')
    expect(persons.flatMap((a) => written(text, a))).toContain(form)
  })
})

describe('no invented places or organizations', () => {
  it.each([
    ['Coronavirus cases rose in May. Doctors said the coronavirus was spreading.', 'Coronavirus'],
    ['Discord grew within the party. Officials said discord was natural.', 'Discord'],
  ])('%s: no actor "%s"', (text, word) => {
    expect(actorsOf(text).flatMap((a) => written(text, a))).not.toContain(word)
  })

  it('keeps a country written in lower case elsewhere', () => {
    const text = 'Turkey said the deal was fair. Farmers sold turkey at the market.'
    expect(actorAt(text, actorsOf(text), 'Turkey')?.kind).toBe('country')
  })
})

describe('no actors from laws, labels and adjectives', () => {
  it.each([
    ['MPs passed the Prevention of Terrorism Bill on Monday.', 'Prevention of Terrorism Bill'],
    ['The Senate Bill was rejected by the committee.', 'Senate Bill'],
    ['The Clean Air Act was passed in 1970.', 'Clean Air Act'],
    ['Rep. Jane Doe (R-N.C.) said she would retire.', 'R-N.C.'],
    ['Troops left central Asian countries last year.', 'Asian'],
  ])('%s: no actor "%s"', (text, name) => {
    expect(actorsOf(text).flatMap((a) => written(text, a))).not.toContain(name)
  })
})

describe('parties', () => {
  it.each([
    ['Labour said the Labour Party would win.', 'organization:labour-party', ['Labour', 'Labour Party']],
    ['Labour MPs said the Labour Party would win.', 'organization:labour-party', ['Labour', 'Labour Party']],
    [
      'The Tories said the Conservatives had a plan, and Tory voters agreed.',
      'organization:conservative-party',
      ['Tories', 'Conservatives', 'Tory'],
    ],
    [
      'The Lib Dems said the Liberal Democrats would vote no.',
      'organization:liberal-democrats',
      ['Lib Dems', 'Liberal Democrats'],
    ],
    [
      'The GOP said the Republican Party had the votes.',
      'organization:republican-party',
      ['GOP', 'Republican Party'],
    ],
  ])('%s', (text, id, forms) => {
    const actors = actorsOf(text)
    const party = actors.find((a) => a.id === id)
    expect(party?.kind).toBe('organization')
    expect(written(text, party)).toEqual(forms)
    expect(actors.filter((a) => a.kind === 'person')).toEqual([])
  })

  it.each([
    [
      'A Tory MP, John Smith, resigned. Tory MP Jane Doe stayed.',
      'person:jane-doe',
      'MP',
      'organization:conservative-party',
    ],
    ['Labour leader Neil Kinnock spoke.', 'person:neil-kinnock', 'leader', 'organization:labour-party'],
    [
      'Liberal Democrat leader Charles Kennedy disagreed.',
      'person:charles-kennedy',
      'leader',
      'organization:liberal-democrats',
    ],
    ['Conservative MP John Doe objected.', 'person:john-doe', 'MP', 'organization:conservative-party'],
    ['Tory MP Neil Parish agreed.', 'person:neil-parish', 'MP', 'organization:conservative-party'],
  ])('%s: the party is the affiliation of %s', (text, id, role, affiliation) => {
    const person = actorsOf(text).find((a) => a.id === id)
    expect(person?.role).toBe(role)
    expect(person?.affiliation).toBe(affiliation)
  })

  it.each([['John Baron, the Tory MP, said so.', 'organization:conservative-party', 'Tory']])(
    '%s: %s is written "%s"',
    (text, id, form) => {
      expect(
        written(
          text,
          actorsOf(text).find((a) => a.id === id),
        ),
      ).toEqual([form])
    },
  )

  it.each([
    ['If Labour wins, taxes will rise, Mr Smith said.', 'If Labour'],
    ['Under New Labour, the unions lost ground, the report said.', 'Under New Labour'],
  ])('%s: the party is no longer name with its opening word', (text, opened) => {
    const actors = actorsOf(text)
    expect(actors.flatMap((a) => written(text, a))).not.toContain(opened)
    expect(actors.map((a) => a.id)).toContain('organization:labour-party')
  })

  it('leaves a longer name that starts with a party form alone', () => {
    const text = 'Officials at the Labour Department said jobs grew.'
    expect(actorsOf(text).map((a) => a.id)).not.toContain('organization:labour-party')
  })

  it.each([
    ['Conservative estimates put the cost at £1bn.', 'Conservative'],
    // An adjective of an American party: "Republican" a kind of voter ("Democrats" names the party: party-plurals.ts).
    ['Republican voters and Democrats met in Ohio.', 'Republican'],
    ['The Liberal Democratic Party of Japan won.', 'Democratic Party'],
    ['The Social Democratic Party of Germany won.', 'Democratic'],
  ])('%s: "%s" is no party here', (text, word) => {
    const parties = actorsOf(text).filter((a) => a.id.endsWith('-party') && !a.id.includes('social'))
    expect(parties.flatMap((a) => written(text, a))).not.toContain(word)
  })
})

describe('governments', () => {
  it.each([
    // A seat is its country's government (government-actor.ts), a capital alone the country.
    ['Downing Street said the plan was sound.', 'Downing Street', 'organization:united-kingdom-government'],
    ['A No 10 spokesman said the plan was sound.', 'No 10', 'organization:united-kingdom-government'],
    ['Whitehall sources said the plan was sound.', 'Whitehall', 'organization:united-kingdom-government'],
    ['The White House said the talks had failed.', 'White House', 'organization:united-states-government'],
    ['The Kremlin denied the report.', 'Kremlin', 'organization:russia-government'],
    ['Beijing said the sanctions were illegal.', 'Beijing', 'country:china'],
    ['Moscow has warned against the move.', 'Moscow', 'country:russia'],
    ['Washington insists the deal is fair.', 'Washington', 'country:united-states'],
    // A government's act after the capital's possessive.
    ["Beijing's decision to cut rates surprised traders.", 'Beijing', 'country:china'],
    ["Officials will look at Rome's provision of a loan to the airline.", 'Rome', 'country:italy'],
  ])('%s: "%s" is %s', (text, form, id) => {
    const actors = actorsOf(text)
    const actor = actorAt(text, actors, form)
    expect(actor?.id).toBe(id)
    expect(actors.filter((a) => a.kind === 'location')).toEqual([])
  })

  it.each([
    ['Officials in Moscow said the talks had failed.', 'Moscow'],
    ['She flew to Beijing and said the trip went well.', 'Beijing'],
    ["Rome's streets were quiet on Sunday.", 'Rome'],
    ["Crowds filled the squares of Rome's old town.", 'Rome'],
  ])('%s: "%s" is a place', (text, form) => {
    expect(actorAt(text, actorsOf(text), form)?.kind).toBe('location')
  })

  it("gives a government spokesperson the seat's government", () => {
    const person = actorsOf('White House press secretary Jen Psaki said no.').find(
      (a) => a.id === 'person:jen-psaki',
    )
    expect(person?.role).toBe('press secretary')
    expect(person?.affiliation).toBe('organization:united-states-government')
  })
})

describe('a person after an organization', () => {
  it.each([
    [
      'He lost to the Liberal Party of Canada Fernand Viau in 1949.',
      'Liberal Party of Canada',
      'Fernand Viau',
    ],
    ['She beat the Labour Party of Ireland Sean Nolan in 2002.', 'Labour Party of Ireland', 'Sean Nolan'],
  ])('%s: "%s" and "%s" apart', (text, organization, person) => {
    const actors = actorsOf(text)
    expect(actorAt(text, actors, organization)?.kind).toBe('organization')
    expect(written(text, actorAt(text, actors, organization))).toEqual([organization])
    expect(actorAt(text, actors, person)?.kind).toBe('person')
  })
})

describe('organizations by initials', () => {
  it('joins an acronym of the words after a first one to the full name', () => {
    const text =
      'The Federal Energy Regulatory Commission warned of cuts. The ERC said demand was high. Federal ERC staff agreed.'
    const ids = actorsOf(text)
      .filter((a) => a.kind === 'organization')
      .map((a) => a.id)
    expect(ids).toEqual(['organization:federal-energy-regulatory-commission'])
  })

  // One rule of initials (name-initials.ts): capitals of any script, hyphens split words, "The" spells none.
  it.each([
    [
      'Staff at the Élan Ferry Company were told on Monday. ÉFC said fares would fall.',
      ['organization:elan-ferry-company'],
    ],
    [
      'The Anglo-Norse Shipping Board met. The ANSB said costs rose.',
      ['organization:anglo-norse-shipping-board'],
    ],
    [
      'The Vale Port Authority warned of delays. TVPA staff said nothing.',
      ['organization:vale-port-authority', 'organization:tvpa'],
    ],
  ])('%s', (text, expected) => {
    const ids = actorsOf(text)
      .filter((a) => a.kind === 'organization')
      .map((a) => a.id)
    expect(ids).toEqual(expected)
  })
})

describe('kinds', () => {
  it.each([
    ['Amazon said its sales rose. Amazon shares fell.', 'Amazon', 'organization'],
    ['Posts on Weibo said the ban was lifted.', 'Weibo', 'organization'],
    // Universities by their short names: neither places nor people.
    ['Researchers at UCLA found the effect.', 'UCLA', 'organization'],
    ['Harvard said the data were sound.', 'Harvard', 'organization'],
    ['She studied at Yale before the war.', 'Yale', 'organization'],
    ['Professor Ann Vole of Princeton agreed.', 'Princeton', 'organization'],
    ['The World Bank said growth would slow.', 'World Bank', 'organization'],
    // A police headquarters named after its street: a body, not a place.
    ['Two men were held by detectives from Scotland Yard.', 'Scotland Yard', 'organization'],
    ['Elizabeth Warren of Massachusetts said the bill was flawed.', 'Massachusetts', 'location'],
    ['Herders in Inner Mongolia said the drought was severe.', 'Inner Mongolia', 'location'],
    ['The law covers England and Wales, ministers said.', 'Wales', 'country'],
    ['Voters in Scotland said no, the poll found.', 'Scotland', 'country'],
    ['Talks in Northern Ireland resumed on Monday.', 'Northern Ireland', 'country'],
    ['Traffic on Bruckner Boulevard stopped, residents said.', 'Bruckner Boulevard', 'location'],
  ])('%s: "%s" is a %s', (text, form, kind) => {
    expect(actorAt(text, actorsOf(text), form)?.kind).toBe(kind)
  })

  it('ties a well-known body named after a place to no country', () => {
    const text = 'Officers at Scotland Yard said the search went on.'
    expect(actorsOf(text).map((a) => [a.id, a.affiliation])).toEqual([
      ['organization:scotland-yard', undefined],
    ])
  })

  it('gives a name the kind its mentions mostly have', () => {
    const text = 'The BBC said the BBC would appeal. A BBC spokesman said the BBC was right.'
    const kinds = new Set(
      actorsOf(text)
        .filter((a) => a.name === 'BBC')
        .map((a) => a.kind),
    )
    expect(kinds.size).toBe(1)
  })
})

describe('roles from the words beside the name', () => {
  it.each([
    [
      'Shadow home secretary David Davis said the law was wrong.',
      'person:david-davis',
      'Shadow home secretary',
    ],
    ['The US under President Donald Trump left Syria.', 'person:donald-trump', 'President'],
  ])('%s', (text, id, role) => {
    const person = actorsOf(text).find((a) => a.id === id)
    expect(person?.role).toBe(role)
    expect(person?.affiliation ?? '').not.toBe('country:syria')
  })
})

describe('a past office keeps the word that dates it, with the party or country between', () => {
  it.each([
    ['Former Tory chancellor Ken Vale said the plan was wrong.', 'person:ken-vale', 'Former Tory chancellor'],
    ['Ex-Labour minister Ann Lee said the plan was wrong.', 'person:ann-lee', 'Ex-Labour minister'],
    ['Former US president Tom Reed said the plan was wrong.', 'person:tom-reed', 'Former US president'],
    // Must not fire: no past word right before the party, or it belongs to something else.
    ['Tory chancellor Ken Vale said the plan was wrong.', 'person:ken-vale', 'chancellor'],
    ['The former depot was sold, Labour minister Ann Lee said.', 'person:ann-lee', 'minister'],
  ])('%s', (text, id, role) => {
    expect(actorsOf(text).find((a) => a.id === id)?.role).toBe(role)
  })
})

describe('a full name the tagger took for an organization, whose surname speaks or takes an honorific', () => {
  it.each([
    [
      '"No one knows," said Branford. Rio Branford has two years left on his deal.',
      'Rio Branford',
      'person:rio-branford',
    ],
    ['Eckhard Brandel runs the unit. It grew, Mr Brandel said.', 'Eckhard Brandel', 'person:eckhard-brandel'],
    // A surname the tagger took for a person alone, a personal pronoun after it: the full name is that person's.
    [
      'Chelsea brought in Manuel Ostorga in May. Ostorga kept his place.',
      'Manuel Ostorga',
      'person:manuel-ostorga',
    ],
    [
      'Wenger brought in Manuel Arrabiza for the last three games. Arrabiza was at fault for the goal, and he knows it.',
      'Manuel Arrabiza',
      'person:manuel-arrabiza',
    ],
  ])('%s: "%s" is %s', (text, form, id) => {
    const actors = actorsOf(text)
    expect(actorAt(text, actors, form)?.id).toBe(id)
    expect(actors.filter((a) => a.id === id)).toHaveLength(1)
  })
})

describe('a club or a firm whose last word the tagger took for a person alone stays a body', () => {
  it.each([
    // "Aston" opens bodies' names in the tagger's data ("Aston Villa", "Aston Martin"), so "Villa" is no surname.
    ['Aston Villa lost again. Villa missed his chance.', 'Aston Villa', 'organization:aston-villa'],
  ])('%s: "%s" is %s', (text, form, id) => {
    expect(actorAt(text, actorsOf(text), form)?.id).toBe(id)
  })
})

describe("a body's short form leaves out the country that opens its name", () => {
  it.each([
    [
      'Officials of the United States Drug Enforcement Agency (DEA) arrested him. A DEA complaint said he agreed.',
      'DEA',
      1,
      'organization:united-states-drug-enforcement-agency',
    ],
    // Initials of the whole name still join it.
    [
      'The British Medical Association (BMA) said no. The BMA added more.',
      'BMA',
      1,
      'organization:british-medical-association',
    ],
  ])('%s: "%s" (#%i) is %s', (text, form, nth, id) => {
    expect(actorAt(text, actorsOf(text), form, nth)?.id).toBe(id)
  })
})
