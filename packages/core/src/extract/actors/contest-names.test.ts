import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'

const namesOf = (text: string) => extractActors(parseArticle(text)).map((a) => a.name)

describe('a name the article writes before a contest noun is a contest', () => {
  it.each([
    ['Tom Hale will miss the Vexley Nations opener next week.', 'Vexley Nations'],
    [
      'Tom Hale said the Vexley Nations championship starts in May. He missed the Vexley Nations.',
      'Vexley Nations',
    ],
    ['Ana Pell has won the Vexley Masters trophy twice.', 'Vexley Masters'],
    ['Orlin Rovers lead the Vexley League table, Tom Hale said.', 'Vexley League'],
  ])('%s: no actor %s', (text, name) => {
    expect(namesOf(text)).not.toContain(name)
  })

  it.each([
    // It acts as a body elsewhere: the body that runs the contest.
    ['Tom Hale missed the Vexley Nations opener. Vexley Nations said tickets sold out.', 'Vexley Nations'],
    ['The Vexley Rugby Union boss was angry before the Vexley Rugby Union decider.', 'Vexley Rugby Union'],
    // An acronym names a body that runs contests.
    ['Ana Pell won the VTA tournament in Orlin.', 'VTA'],
    // A place names the town the contest is held in.
    ['Ana Pell won the Tarrow tournament last year.', 'Tarrow'],
    // A club's debut, clash or title is no contest's.
    ['Tom Hale made his Orlin Rovers debut on Sunday.', 'Orlin Rovers'],
    ['Tom Hale scored in the Orlin Rovers clash on Sunday.', 'Orlin Rovers'],
    ['Vexco Games released the Vexco Games title in May.', 'Vexco Games'],
    // A club has fixtures and a manager; a broadcaster's series has a finale.
    ['Orlin Rovers manager Tom Hale said the Orlin Rovers fixtures were put off.', 'Orlin Rovers'],
    ["Tom Hale said the Orlin Rovers table was a worry for Orlin Rovers' fans.", 'Orlin Rovers'],
    ['Vexco Media confirmed the Vexco Media finale would air on Sunday.', 'Vexco Media'],
  ])('%s: %s stays', (text, name) => {
    expect(namesOf(text)).toContain(name)
  })
})
