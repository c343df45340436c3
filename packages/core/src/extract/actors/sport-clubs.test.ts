import { describe, expect, it } from 'vitest'
import { actorsIn } from './actors-in.fixture.ts'

describe("a town's name used as its sports club's", () => {
  it.each([
    // A team's post after the name, in an article about sport: the club.
    [
      'Former Exeter manager Ivo Lant turned down the job, saying the league was too hard.',
      'organization:Exeter',
    ],
    ['Hal Brody, the former Coventry manager, said the season had been a poor one.', 'organization:Coventry'],
    // A word of a contest before it.
    ['Hal Brody left Derby for rivals Leicester in May and scored on his debut.', 'organization:Leicester'],
    ['The Reading striker scored twice as the visitors beat Preston.', 'organization:Preston'],
    ['The visitors were poor against Leinster in the cup and lost the match.', 'organization:Leinster'],
    // A result's verb after it: the subject is a club too.
    ['Halifax lost to Kendal in the cup, their first defeat of the season.', 'organization:Halifax'],
    ['After a dull first half, Ulster thrashed Connacht in the league.', 'organization:Ulster'],
    // A coach or a captain is a team's post too.
    ["Munster's coach praised the young squad after the match.", 'organization:Munster'],
    ['The Gloucester captain scored the first goal of the season.', 'organization:Gloucester'],
    // In brackets after players' names in a squad list.
    [
      'Ivo Lant (Exeter), Tam Orme (Walsall), Jo Pike (Gillingham) are in the cup squad.',
      'organization:Exeter',
    ],
    [
      'Ivo Lant (Exeter), Tam Orme (Walsall), Jo Pike (Gillingham) are in the cup squad.',
      'organization:Walsall',
    ],
    // A town the article also puts after "in": its club's mention is the club, its own the place.
    ['The Norwich manager was unhappy after the match. Fans in Norwich were not.', 'organization:Norwich'],
    ['The Norwich manager was unhappy after the match. Fans in Norwich were not.', 'location:Norwich'],
  ])('%s: %s', (text, actor) => {
    expect(actorsIn(text)).toContain(actor)
  })

  it.each([
    // No team's post or contest: the town stays a place.
    ['Shops in Norwich closed early on Monday.', 'location:Norwich'],
    ['Police in Luton said the Luton mayor had opened the bridge.', 'location:Luton'],
    // One name in brackets after a person is no squad list: a senator's state stays a place.
    ['Senator Ann Vale (Ohio) voted against the bill.', 'location:Ohio'],
    // No sign of sport: a firm's manager, a bid that beat a rival, a person's manager.
    ["Ada Quill, the firm's London manager, said sales fell. London shops were quiet.", 'location:London'],
    ['Leeds beat Bristol to host the summit.', 'location:Bristol'],
    ["Lorna's manager said the tour would go ahead.", 'person:Lorna'],
    // A post that "of" gives to another body; a player who beat a player.
    ['Ada Quill, the Ohio chairman of the party, said the season had been hard.', 'location:Ohio'],
    ['Orvik beat Tasselby in the match on Sunday.', 'person:Tasselby'],
    // "against" before a name that modifies a noun names no rival.
    ['Sales rose all season, against London forecasts of a fall.', 'location:London'],
    // A result's verb in an article without sport.
    ['Towns such as Harlow lost to Luton in the bid for the new rail line.', 'location:Luton'],
  ])('%s: %s', (text, actor) => {
    expect(actorsIn(text)).toContain(actor)
  })
})
