import { describe, expect, it } from 'vitest'
import { actorsIn } from './actors-in.fixture.ts'

describe('a one-word firm the text shows to be one', () => {
  it.each([
    // A holding before it.
    ['Shares in Dravoneft fell sharply on Monday.', 'organization:Dravoneft'],
    ['Investors bought shares of Kelvra after the news.', 'organization:Kelvra'],
    // A firm's possession after its possessive, one word between at most.
    ["Tom Reed, Kelvra's principal analyst, expects a slow year.", 'organization:Kelvra'],
    // "its" after its verb.
    ['Vexabank said its losses would shrink next year.', 'organization:Vexabank'],
    // A bank's name run into one word.
    ['"Orders are weak," said Ann Hale at Hypoverbank.', 'organization:Hypoverbank'],
  ])('%s: %s', (text, actor) => {
    expect(actorsIn(text)).toContain(actor)
  })

  it.each([
    // A known place where shares trade; a given name; a surname of a person named in full.
    ['Its shares in London gained a little on Tuesday.', 'location:London'],
    ['Helen said its colour was wrong.', 'person:Helen'],
    ["Tom Marsh joined in May. Marsh's executive assistant quit.", 'person:Tom Marsh'],
    // A surname that ends in "bank".
    ['The boxer Eubank said he would fight again.', 'person:Eubank'],
  ])('%s: %s', (text, actor) => {
    expect(actorsIn(text)).toContain(actor)
  })
})
