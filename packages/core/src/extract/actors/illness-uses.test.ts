import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'

const namesOf = (text: string) => extractActors(parseArticle(text)).map((a) => a.name)

describe('an illness the article names is no actor', () => {
  it.each([
    ['Ana Pell said every new worker will be tested for Morrowitis.', 'Morrowitis'],
    ['Ana Pell said that a positive test for VXD would mean a refusal.', 'VXD'],
    ['More people with Galenosis were seen in Velmar, Ana Pell said.', 'Galenosis'],
    ['Ana Pell said the Velmar clinic saw ten KRV patients last year.', 'KRV'],
    ['Her uncle died of Orlin Blight in the spring, Ana Pell said.', 'Orlin Blight'],
    ['A Tarrin outbreak closed two schools in Velmar, Ana Pell said.', 'Tarrin'],
  ])('%s: no actor %s', (text, name) => {
    expect(namesOf(text)).not.toContain(name)
  })

  it.each([
    // A body the article names beside a medical word, which also acts, stays.
    ['Ana Pell was tested for Vexmed. Vexmed said the trial worked.', 'Vexmed'],
    // "people with" before a name that does not end its phrase: a firm's.
    ['Ana Pell met people with Vexco shares in Velmar.', 'Vexco'],
    // A vote for a party, work with a person: no medical word before the preposition.
    ['Ana Pell voted for Velmar First in the spring.', 'Velmar First'],
    ['Ana Pell worked with Bo Reed in Velmar.', 'Bo Reed'],
    // A court's case of a person, a person's full name after a medical word: a person still.
    ['The report named the case of Bo Reed, who died in a cell.', 'Bo Reed'],
    ['Ana Pell said the clinic had treated people with Tom Vale for years.', 'Tom Vale'],
    ['Ana Pell said she was tested at Galen Clinic.', 'Galen Clinic'],
  ])('%s: %s stays an actor', (text, name) => {
    expect(namesOf(text)).toContain(name)
  })
})
