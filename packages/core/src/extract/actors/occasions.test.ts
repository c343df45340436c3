import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'

const actorsOf = (text: string) => extractActors(parseArticle(text)).map((a) => `${a.kind}:${a.name}`)

describe('occasions are no places or bodies', () => {
  it.each([
    ['Ann Vale will ask MPs to vote again in the New Year.', 'New Year'],
    ['Voters in Tarrow go to the polls on Election Day, Ann Vale said.', 'Election Day'],
    ['The shops of Velmar shut on Boxing Day, Ann Vale said.', 'Boxing Day'],
    ['Ann Vale said the Cold War had shaped the town of Tarrow.', 'Cold War'],
    ['After the Great Recession, Ann Vale said, the firms of Velmar shrank.', 'Great Recession'],
    ['Ann Vale fought in the Korran War before she went into politics.', 'Korran War'],
    ['The Great Crash ruined the banks of Velmar, Ann Vale wrote.', 'Great Crash'],
    // A name that owns a day of the calendar names the day.
    ['Ann Vale released the record on Valentine’s Day.', 'Valentine'],
    ["The parade in Velmar on St Tarrow's Day drew crowds, Ann Vale said.", 'St Tarrow'],
  ])('%s: no actor %s', (text, name) => {
    expect(actorsOf(text).filter((actor) => actor.endsWith(`:${name}`))).toEqual([])
  })

  it.each([
    ['Ann Vale opened the Museum of the Revolution in Tarrow.', 'Museum of the Revolution'],
    ['Ann Vale visited the Imperial War Museum in London.', 'Imperial War Museum'],
  ])('%s: keeps the body %s, which names the event after its own noun', (text, name) => {
    expect(actorsOf(text).filter((actor) => actor.endsWith(`:${name}`))).not.toEqual([])
  })

  it("keeps a person's full name before a possessive day", () => {
    expect(actorsOf("Tom Reed's Day One plan failed, Ann Vale said.")).toContain('person:Tom Reed')
  })

  it('leaves a person whose surname is such a word', () => {
    expect(actorsOf('Doris Day, the singer, said she was thrilled.')).toContain('person:Doris Day')
  })
})

describe('a station named by number is one name', () => {
  it.each([
    ['Ann Vale told Radio 4 the plan was sound.', 'organization:Radio 4'],
    ['Ann Vale told Channel 4 News that the plan was sound.', 'organization:Channel 4 News'],
  ])('%s', (text, actor) => {
    expect(actorsOf(text)).toContain(actor)
  })
})
