import { describe, expect, it } from 'vitest'
import { actorsIn } from './actors-in.fixture.ts'
import { isFaithPlural, isFaithWord } from './faiths.ts'

describe('words of a faith', () => {
  it.each([
    ['Muslims', true, true],
    ['Jews', true, true],
    ['Sikh', false, true],
    ['Jewish', false, true],
    ['Musli', false, false],
    ['Christians', true, true],
    ['Chris', false, false],
  ])('%s: plural %s, faith word %s', (word, plural, faith) => {
    expect([isFaithPlural(word), isFaithWord(word)]).toEqual([plural, faith])
  })
})

describe('followers of a faith are a group, its adjective no actor', () => {
  it.each([
    [
      'He will argue that Hindus and Sikhs as well as Jews got caught in the storm.',
      ['group:Hindus', 'group:Sikhs', 'group:Jews'],
    ],
    ['Hindus said the plan was unfair.', ['group:Hindus']],
    ['Jews and Catholics marched together in Orlin.', ['group:Jews', 'group:Catholics', 'location:Orlin']],
  ])('%s', (text, actors) => {
    expect(actorsIn(text)).toEqual(actors)
  })

  it.each([
    ["Campaigners handed copies to the police. Dorvale's Muslim community is raising money.", 'Muslim'],
    ['The remarks angered Muslim groups in Orlin.', 'Muslim'],
    ['It will be a Muslim community centre, he said.', 'Muslim'],
    // With demonyms, or a common noun the tagger took in.
    ['Many Iraqi Muslim families fled.', 'Iraqi Muslim'],
    ['The new series portrays a Muslim family as a sleeper cell.', 'Muslim family'],
  ])('%s', (text, word) => {
    expect(actorsIn(text).map((actor) => actor.split(':')[1])).not.toContain(word)
  })
})

describe('a body named with a faith’s word keeps its name', () => {
  it.each([
    ['The Muslim Council of Orlin said it was concerned.', 'organization:The Muslim Council of Orlin'],
    ['Christian Pell said he agreed.', 'person:Christian Pell'],
  ])('%s', (text, actor) => {
    expect(actorsIn(text)).toContain(actor)
  })
})
