import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'

const namesOf = (text: string) => extractActors(parseArticle(text)).map((a) => a.name)

describe('a name the article writes as one of a kind is no actor', () => {
  it.each([
    ['The two firms signed a Memorandum of Trade, Ana Pell said.', 'Memorandum of Trade'],
    ['The two states signed a Treaty of Velmar in May.', 'Treaty of Velmar'],
    ['Each pupil must pass a Velmar Certificate before the age of 16.', 'Velmar Certificate'],
    ['Ana Pell said she was on a Velmar Work Scheme for two years.', 'Velmar Work Scheme'],
  ])('%s: no actor %s', (text, name) => {
    expect(namesOf(text)).not.toContain(name)
  })

  it.each([
    // "a" before a body that modifies the phrase's head: the body's name stays.
    ['Ana Pell hired a Vexco spokesman.', 'Vexco'],
    // A name that also speaks or has staff is an actor, whatever "a" says elsewhere.
    ['Tarrin said it would sell. Ana Pell bought a Tarrin in May.', 'Tarrin'],
    ["Ana Pell bought a Vexcorp. Vexcorp's boss was pleased.", 'Vexcorp'],
    // A new body named with "a": its head keeps it a body.
    ['A Velmar Farmers Coalition was launched today, Ana Pell said.', 'Velmar Farmers Coalition'],
    [
      'She left after a Vale Party of Orlin defeat and a Vale Party of Orlin, Ana Pell said.',
      'Vale Party of Orlin',
    ],
    ['Ana Pell was elected as a Velmar Democrat in 1990.', 'Velmar Democrat'],
    // No "a" before the name: as tagged.
    ['Ana Pell joined Vexcorp in May.', 'Vexcorp'],
  ])('%s: %s stays an actor', (text, name) => {
    expect(namesOf(text)).toContain(name)
  })
})
