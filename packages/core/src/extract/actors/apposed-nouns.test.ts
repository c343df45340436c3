import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'

const kindsOf = (text: string) =>
  new Map(extractActors(parseArticle(text)).map((a) => [a.name, a.kind] as const))

describe('the noun beside a lone name', () => {
  it.each([
    ['Game maker Valve shut the servers. Valve said it would.', 'Valve', 'organization'],
    ['Internet service provider Wanadoo cut its prices.', 'Wanadoo', 'organization'],
    ['Cable firms NTL and Telewest launched the service.', 'Telewest', 'organization'],
    // The noun before a comma, the name set off by a second comma or the sentence's end.
    [
      'The bridge was repaired by a small Welsh charity, Brannock, which relies on volunteers.',
      'Brannock',
      'organization',
    ],
    ['The complaint was lodged by the local angling club, Tenvo, on Friday.', 'Tenvo', 'organization'],
    ['The song was released last week by an independent label, Marlowind.', 'Marlowind', 'organization'],
    // A department, an agency, a union, a group: a body, though the tagger saw a person or a place.
    ["MPs criticised agriculture department Hollis. Hollis's staff were upset.", 'Hollis', 'organization'],
    ['Workers joined the trade union Carver in May.', 'Carver', 'organization'],
    ['The campaign group Fletcher said it was wrong.', 'Fletcher', 'organization'],
    ['The health agency Harlan said the risk was low.', 'Harlan', 'organization'],
    // A fund or a bourse is a body, alone or in a list after it.
    ['The hedge funds Vexco and Marlow want a buyback.', 'Marlow', 'organization'],
    ['Hedge fund Marlow opposes the bid.', 'Marlow', 'organization'],
    ['The pension fund Tarrin sold its shares.', 'Tarrin', 'organization'],
    ['The pan-European bourse Tessin said it would bid.', 'Tessin', 'organization'],
    // A person who runs a fund keeps a person's name.
    ['Marlow Trust fund manager Ana Pell said no.', 'Ana Pell', 'person'],
    ['He had a row with his daughter Victoria over the bill.', 'Victoria', 'person'],
    ['The Labour MP for Birkenhead asked a question.', 'Birkenhead', 'location'],
    [
      'She studied at the University of South Carolina in Columbia.',
      'University of South Carolina',
      'organization',
    ],
    ['A clinic opened on the grounds of Jacobi Hospital last week.', 'Jacobi Hospital', 'organization'],
    // Theaters and studios named after people are bodies, not their namesakes.
    ['She said she had bought Marcus Vane Studios.', 'Marcus Vane Studios', 'organization'],
    ['He played the Alex Marsh Theater in Glendale on Friday.', 'Alex Marsh Theater', 'organization'],
    // A body's head word ends the name, or opens it before "of", though the rest names a place.
    ['The Friends of Vale Parkway cleaned the paths.', 'Friends of Vale Parkway', 'organization'],
    ['Visitors to Tarrow, Vale Bridge and the Moor Valley Trust came.', 'Moor Valley Trust', 'organization'],
    // A noun only a body is, right before a name of several words: a band, an airline, a firm.
    ['New York band Scissor Kings have won the award.', 'Scissor Kings', 'organization'],
    ['The airline Tarrow Air said it would cut 300 jobs.', 'Tarrow Air', 'organization'],
    ['Security firm Velmar Lock found the flaw.', 'Velmar Lock', 'organization'],
  ])('%s: %s is a %s', (text, name, kind) => {
    expect(kindsOf(text).get(name)).toBe(kind)
  })

  it.each([
    ['The comedy Sideways was named best film.', 'Sideways'],
    ['Colin Farrell and Troy star Eric Bana were on the list.', 'Troy'],
    ['Mr Prescott told reporters: "They told us very clearly."', 'They'],
    ['The bank said: "We said from the start that it was wrong."', 'We'],
    // A work's noun before a name of several words: the work's title, whatever the tagger said.
    [
      "Eastwood's boxing drama Gold Coast Kid is the favourite. Gold Coast Kid has seven nominations.",
      'Gold Coast Kid',
    ],
    ['Suburban series Quiet Lanes was named best comedy.', 'Quiet Lanes'],
    ['The West End musical Silver Harbour Nights opens in May.', 'Silver Harbour Nights'],
    ['Spanish movie The Long Tide was named best foreign film.', 'Long Tide'],
    ['Rival drug Corvexa Plus was no better in trials.', 'Corvexa Plus'],
    // A show's noun, a noun capitalized as its sentence's first word, title words the tagger left out.
    ['Surf show Tidewatch has won a poll of critics. Tidewatch ran for ten years.', 'Tidewatch'],
    ['Comedy Big Tarrowby slipped to third place at the box office.', 'Tarrowby'],
    ['The soap beat the show Velmar Nights to the prize.', 'Velmar Nights'],
    ['Comedy Meet The Vellinghams has held the top spot, studio figures said.', 'Meet The Vellinghams'],
    // What is left of a title the work's noun cut: the word after "and", the rest after its "'s".
    ["She first found fame in the teen comedy Rob and Ned's Odd Journey.", 'Ned'],
    ["She first found fame in the teen comedy Rob and Ned's Odd Journey.", 'Odd Journey'],
    // A title the tagger cut at a small word: the name after it is the title's, in every mention.
    ['The quiz show Ticket to Velmar will not return. Ticket to Velmar lost viewers.', 'Velmar'],
    ['His new film Sail the Tarrows opens in May.', 'Tarrows'],
    ['The comedy Son of the Tarrows took $7m.', 'Tarrows'],
  ])('%s: no actor %s', (text, name) => {
    expect(kindsOf(text).has(name)).toBe(false)
  })

  it.each([
    ['Chelsea striker Didier Drogba scored twice.', 'Chelsea', 'organization'],
    // A role's or a body's noun stops the walk back over a title's words: the person after it stays.
    ['Ballet School Principal Mara Kellow opened the new studio on Monday.', 'Mara Kellow', 'person'],
    ['Movie Star Jana Pellow married Tomas Wreck in June.', 'Jana Pellow', 'person'],
    // A company's suffix ends a name opened by a work's noun: a body, not a title.
    ['Comedy Lane Productions opened an office in Hull.', 'Comedy Lane Productions', 'organization'],
    ['Album Chart Company Ltd opened a shop in Hull.', 'Album Chart Company Ltd', 'organization'],
    // A given name opens a person's name, not a title: the film's actor, the documentary's maker.
    ['In the film Tom Vale plays a pilot who loses his way.', 'Tom Vale', 'person'],
    ['The documentary maker Ann Rudd said the film was finished.', 'Ann Rudd', 'person'],
    ['The magazine Tom Vale edits is closing.', 'Tom Vale', 'person'],
    ['Standards watchdog Sir Philip Vale said the MP broke the rules.', 'Philip Vale', 'person'],
    ['In the show Tom Vale plays a pilot who loses his way.', 'Tom Vale', 'person'],
    // A body that owns the next work of a list is none of the list; a body so named speaks.
    ["The soap beat the show Velmar Nights and Channel 4's Harbour Lane.", 'Channel 4', 'organization'],
    ['Film Four Ventures said it would invest.', 'Film Four Ventures', 'organization'],
    // A word that speaks is no title's leftover.
    ['The film Velmar was a hit, and Ned said he was proud of it.', 'Ned', 'person'],
    // A small word after a lower-case word opens no title: the place after it stays.
    ['The show in Tarrowby drew crowds all week.', 'Tarrowby', 'location'],
    // A place or a channel after a title: "on/in/for" open a phrase of their own, not a title's next word.
    ['The drama Quiet Lanes on Velmar TV drew six million viewers.', 'Velmar TV', 'organization'],
    ['The musical Harbour Nights in Tarrowby sold out.', 'Tarrowby', 'location'],
    ['The film Grey Tide for Corvane Pictures cost $9m.', 'Corvane Pictures', 'organization'],
  ])('%s: %s stays a %s', (text, name, kind) => {
    expect(kindsOf(text).get(name)).toBe(kind)
  })
})

describe('a name that owns a person by name', () => {
  it.each([
    ["Harlow's Tim Pask and Exford's Lewis Bray were picked for the side.", 'Harlow', 'organization'],
    // No team in sight: the owner is whoever the tagger said.
    ["Hardy's Tim Pask said it was false. The Hardy government denied it.", 'Hardy', 'person'],
    ["Kovalin's Pavel Drozd met the envoys.", 'Kovalin', 'person'],
  ])('%s: %s is a %s', (text, name, kind) => {
    expect(kindsOf(text).get(name)).toBe(kind)
  })
})

describe('a name that speaks is a person whatever the noun beside it', () => {
  it.each([
    ['Hardy nominee Tom Pelling met the panel. Later Hardy said Pelling was the right man.', 'Hardy'],
    ['After the game Varley said his side had played well.', 'Varley'],
    ['The firm Orrin set up in 1990 was sold. Orrin said he would retire.', 'Orrin'],
  ])('%s: %s is a person', (text, name) => {
    expect(kindsOf(text).get(name)).toBe('person')
  })
})

describe("a name's own head makes a place, whatever the tagger said", () => {
  it.each([
    ['The club will move to the new Carrowby Stadium next season.', 'Carrowby Stadium'],
    ["Wales played at Cardiff's new Dunleith Stadium in 2002.", 'Dunleith Stadium'],
    [
      'Traffic was stopped on the Harlow Pike Bridge and on Dresbury Road after a gas leak.',
      'Harlow Pike Bridge',
    ],
    ['Traffic was stopped on the Harlow Pike Bridge and on Dresbury Road after a gas leak.', 'Dresbury Road'],
    [
      'The road is closed between Ellmont Drive and Apple Orchard Road, Brenvale Police said.',
      'Apple Orchard Road',
    ],
    ['The ferry left Albany Quay at noon.', 'Albany Quay'],
    ['The awards were held at the Dorothy Vane Pavilion in Los Angeles.', 'Dorothy Vane Pavilion'],
    ['The fleet sailed into Marrow Harbour before dawn.', 'Marrow Harbour'],
  ])('%s: %s is a location', (text, name) => {
    expect(kindsOf(text).get(name)).toBe('location')
  })

  it.each([
    [
      'Flights from Kellerby Airport were cancelled, the Kellerby Airport Authority said.',
      'Kellerby Airport Authority',
    ],
    [
      'The road is closed between Ellmont Drive and Apple Orchard Road, Brenvale Police said.',
      'Brenvale Police',
    ],
  ])('%s: %s stays an organization', (text, name) => {
    expect(kindsOf(text).get(name)).toBe('organization')
  })
})

describe('a lone name no person bears, beside a place', () => {
  it.each([
    ['Rents rose from Reno and Carson City to the coast.', 'Reno', 'location'],
    ['Guantanamo four freed\n\nThe four men held at Guantanamo Bay were freed.', 'Guantanamo', 'location'],
    // A given name is a person's, though a place's name opens with it.
    ['Harriet waved from Harriet Bridge.', 'Harriet', 'person'],
    // Two names that make a line of their own with a place are a place's parts (a constituency, a heading).
    [
      'Write to your MP.\n\nChelmsworth and Ashby\n\nTom Harker\n\ntom.harker@example.org',
      'Ashby',
      'location',
    ],
    [
      'Write to your MP.\n\nKettering and Ollerby\n\nTom Harker\n\ntom.harker@example.org',
      'Ollerby',
      'location',
    ],
    // A name the article gives a person stays the person's; a line of more than the two names is no pair.
    ['Fenwick and Bristol\n\nMr Fenwick said the deal was done.', 'Fenwick', 'person'],
    ['Smith and Jones met in Leeds.', 'Jones', 'person'],
  ])('%s: %s is a %s', (text, name, kind) => {
    expect(kindsOf(text).get(name)).toBe(kind)
  })
})

describe('an event noun before a team, and a place that speaks', () => {
  it.each([
    // "game" is a work's noun ("the game Starfall"), not before a team and a member of its side.
    [
      'After the game Dunmore Rovers manager Alan Pike said his side was unlucky.',
      'Dunmore Rovers',
      'organization',
    ],
    [
      'After the game Kelby Athletic coach Ann Marsh said the referee was wrong.',
      'Kelby Athletic',
      'organization',
    ],
    // An airport or a stadium that speaks is the body that runs it.
    ['Tarrow Airport said flights would resume on Monday.', 'Tarrow Airport', 'organization'],
    [
      'Flights left Tarrow Airport late. Tarrow Airport said the delay was over.',
      'Tarrow Airport',
      'organization',
    ],
    ['Dunleith Stadium said the match would go ahead.', 'Dunleith Stadium', 'organization'],
  ])('%s: %s is a %s', (text, name, kind) => {
    expect(kindsOf(text).get(name)).toBe(kind)
  })

  it.each([
    // The rules' own rows stay: a game's title, and an airport no one hears speak.
    ['Players loved the game Starfall Quest last year.', 'Starfall Quest'],
  ])('%s: no actor %s', (text, name) => {
    expect(kindsOf(text).has(name)).toBe(false)
  })

  it.each([['Flights from Tarrow Airport were cancelled on Monday.', 'Tarrow Airport', 'location']])(
    '%s: %s is still a %s',
    (text, name, kind) => {
      expect(kindsOf(text).get(name)).toBe(kind)
    },
  )
})

describe("a work's noun in the phrase after a name's comma", () => {
  it.each([
    ['Fans of Sideways, a comedy about wine, cheered.', 'Sideways'],
    ['The price of Orlin Dawn, a 1761 painting, rose.', 'Orlin Dawn'],
    ["She made 1985's Clue, a comedy based on a board game.", 'Clue'],
  ])('%s: no actor %s', (text, name) => {
    expect(kindsOf(text).has(name)).toBe(false)
  })

  it.each([
    // The work's noun modifies another noun: no work.
    ['Shares in Vellcor, a software firm, fell.', 'Vellcor', 'organization'],
    ['Orlin, the game’s publisher, said no.', 'Orlin', 'person'],
    // A given name opens a person's name.
    ['Ann Vale, a drama teacher, said no.', 'Ann Vale', 'person'],
    // "A show of", "a work of": the noun opens an idiom, no work.
    ['Vellcor, a show of strength by the unions, said no.', 'Vellcor', 'organization'],
  ])('%s keeps %s', (text, name, kind) => {
    expect(kindsOf(text).get(name)).toBe(kind)
  })

  it.each([
    ['Quorvex, a work of years, said no.', 'Quorvex'],
    // The noun past the phrase's third word heads no phrase after the name.
    ['Dunmore, a town with a show, voted no.', 'Dunmore'],
  ])('%s keeps an actor %s', (text, name) => {
    expect(kindsOf(text).has(name)).toBe(true)
  })
})
