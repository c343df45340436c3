import { describe, expect, it } from 'vitest'
import { actorsIn } from './actors-in.fixture.ts'

describe('a given name, a particle and a surname are a person', () => {
  it.each([
    ['The talks, said Maria des Cars, were slow.', 'person:Maria des Cars'],
    ['Maria des Cars said the talks were slow.', 'person:Maria des Cars'],
    ['“It was slow,” said Maria des Cars, the museum’s president.', 'person:Maria des Cars'],
    // A first name the list lacks, where the name speaks.
    ['The painting stays, said Laurence des Cars, the museum’s president.', 'person:Laurence des Cars'],
    ['Laurence des Cars said the painting stays.', 'person:Laurence des Cars'],
  ])('%s', (text, actor) => {
    expect(actorsIn(text)).toContain(actor)
  })

  it.each([
    // A body's head ends a body's name.
    ['Maria de Vale Hospital said it was full.', 'organization:Maria de Vale Hospital'],
    // No given name opens it.
    ['Shares in Banco de Portugal fell.', 'organization:Banco de Portugal'],
    // A place stays a place where nothing says it is a person.
    ['Troops marched into Victoria de Durango.', 'location:Victoria de Durango'],
    // An unknown first word that does not speak, or a body's noun that does, keeps the body.
    ['Staff at Vellon de Vries were told to leave.', 'organization:Vellon de Vries'],
    ['Prices will rise, said Banco de Orlin.', 'organization:Banco de Orlin'],
  ])('%s keeps %s', (text, actor) => {
    expect(actorsIn(text)).toContain(actor)
  })
})
