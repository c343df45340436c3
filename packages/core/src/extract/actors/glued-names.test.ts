import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'

const namesOf = (text: string) => extractActors(parseArticle(text)).map((a) => `${a.kind}:${a.name}`)

describe('a word of the sentence glued into a name splits it', () => {
  it.each([
    ['The Tories say Labour is acting too late, Ana Pell said.', 'organization:Labour Party'],
    ['The Tories say Labour is acting too late, Ana Pell said.', 'organization:Conservative Party'],
    ['The vote is between a Conservative Party taking Britain back and Labour.', 'country:United Kingdom'],
    ['Ruth Vell is a member of the Catholic movement Via Orlin, she said.', 'organization:Via Orlin'],
    ['She told the Velmar Radio programme Tech Hour that it works.', 'organization:Velmar Radio'],
  ])('%s: %s', (text, actor) => {
    expect(namesOf(text)).toContain(actor)
  })

  it.each([
    ["The Fondation pour l'Enfance said the plan was wrong.", "organization:Fondation pour l'Enfance"],
    ['Ludwig van Orlin said the plan was wrong.', 'person:Ludwig van Orlin'],
    ['The Bank of Velmar said rates would rise.', 'organization:Bank of Velmar'],
  ])('%s: %s stays whole', (text, actor) => {
    expect(namesOf(text)).toContain(actor)
  })
})
