import { describe, expect, it } from 'vitest'
import { actorsIn } from './actors-in.fixture.ts'

describe("a town's name used as its sports club's", () => {
  it.each([
    // A team's post after the name: the club.
    [
      'Former Southampton manager Hal Brody has rejected the chance to become the new boss.',
      'organization:Southampton',
    ],
    ['Hal Brody, the former Coventry manager, said the job was not right for him.', 'organization:Coventry'],
    // A word of a contest before it.
    ['Hal Brody left Derby for rivals Leicester in May.', 'organization:Leicester'],
    ['The Reading striker scored twice as the visitors beat Preston.', 'organization:Preston'],
    // In brackets after players' names in a squad list.
    ['Coyne (Burnley), Jones (Wolves), Roberts (Wrexham), Collins (Sunderland).', 'organization:Burnley'],
    ['Coyne (Burnley), Jones (Wolves), Roberts (Wrexham), Collins (Sunderland).', 'organization:Wolves'],
    // A town the article also puts after "in": its club's mention is the club, its own the place.
    ['The Norwich manager was unhappy. Fans in Norwich were not.', 'organization:Norwich'],
    ['The Norwich manager was unhappy. Fans in Norwich were not.', 'location:Norwich'],
  ])('%s: %s', (text, actor) => {
    expect(actorsIn(text)).toContain(actor)
  })

  it.each([
    // No team's post or contest: the town stays a place.
    ['Shops in Norwich closed early on Monday.', 'location:Norwich'],
    ['Police in Luton said the Luton mayor had opened the bridge.', 'location:Luton'],
    // One name in brackets after a person is no squad list: a senator's state stays a place.
    ['Senator Ann Vale (Ohio) voted against the bill.', 'location:Ohio'],
  ])('%s: %s', (text, actor) => {
    expect(actorsIn(text)).toContain(actor)
  })
})
