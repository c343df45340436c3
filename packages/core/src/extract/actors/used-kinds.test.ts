import { describe, expect, it } from 'vitest'
import { actorsIn } from './actors-in.fixture.ts'

describe("a name's kind from its use elsewhere in the article", () => {
  it.each([
    // A prize's noun after the name, or a verb of winning and a count before it: the body that gives the prize.
    ['Ann Vale won a Tarvel in 1999. The 2005 Tarvel film awards were held in Orlin.', 'organization:Tarvel'],
    ['The Tarvel ceremony was moved. Tarvel is in trouble, Ann Vale said.', 'organization:Tarvel'],
    // A two-letter short form after "in" is a place, not a body; one after "the" stays a body.
    ['The star moved to LA in 2001. She lives in LA with her family.', 'location:LA'],
    ['Aid from the UN arrived. Staff in UN offices were safe.', 'organization:UN'],
    // A natural feature's noun after the name: the place.
    ['Loggers are clearing the Amazon rainforest. Deforestation in the Amazon rose.', 'location:Amazon'],
    ['Loggers are clearing the Amazon rainforest. Amazon said its sales rose.', 'location:Amazon'],
    ['Loggers are clearing the Amazon rainforest. Amazon said its sales rose.', 'organization:Amazon'],
    ['Shares in Vexco fell. Vexco said it would cut jobs.', 'organization:Vexco'],
    // A lone name after "in", "near" or "outside" wherever it stands: a place, though it is also a given name.
    ['Doctors in Douglas said the ward would close.', 'location:Douglas'],
    ['The cafe in Douglas will shut. Staff in Douglas were told on Monday.', 'location:Douglas'],
    ['Two pubs near Sidney will close, the brewer says.', 'location:Sidney'],
    // A lone name the tagger took for a body, once after "in" or "around" and never owning or speaking: a place.
    ['Dunvex Library will shut at noon. Many cafés in Dunvex stay open.', 'location:Dunvex'],
    ['Walkers around Kelmore should take care. The Kelmore Road is closed.', 'location:Kelmore'],
    ['Walkers around Tolmore should take care. The Tolmore Road is closed.', 'location:Tolmore'],
    // A lone name the tagger took for a place, after a worker's noun and "at": the body they work for.
    ['Ann Vale, a researcher at Velmira, said the test failed.', 'organization:Velmira'],
    [
      'The figures come from Quorvex. Tom Rake, a partner at Quorvex, wrote the report.',
      'organization:Quorvex',
    ],
    ['Scientists at Kelbrin built the robot.', 'organization:Kelbrin'],
    // Once after "in" as well: the place stays.
    ['Ann Vale, a researcher at Dornova, grew up in Dornova.', 'location:Dornova'],
  ])('%s: %s', (text, actor) => {
    expect(actorsIn(text)).toContain(actor)
  })

  it.each([
    // "Said he": a person, whatever the tagger said.
    ['The film was made by Disney. Disney said he loved cartoons.', 'person:Disney'],
    // Once without the preposition, a title, a possessive or a full name: the person stays.
    ['Ministers have faith in Douglas. Douglas said he was pleased.', 'person:Douglas'],
    ['Ministers have faith in Mr Douglas, aides said.', 'person:Douglas'],
    ["Ministers have faith in Douglas's plan.", 'person:Douglas'],
    ['Ann Douglas spoke. Voters in Douglas agreed with her.', 'person:Ann Douglas'],
  ])('%s: %s', (text, actor) => {
    expect(actorsIn(text)).toContain(actor)
  })
})
