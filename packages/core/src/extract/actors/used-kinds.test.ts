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
    ['Ferries near Tolmore were cancelled. Flooding around Tolmore got worse.', 'location:Tolmore'],
    ['Popular Dunvex bakery Crumbs will shut. A cafe in Dunvex stays open.', 'location:Dunvex'],
    // A lone name the tagger took for a place, after a worker's noun and "at": the body they work for.
    // It needs a use that shows a body: the name speaking or owning, or a body's noun after it.
    [
      'Ann Vale, a researcher at Velmira, said the test failed. Velmira staff were shocked.',
      'organization:Velmira',
    ],
    [
      "Quorvex's figures were late. Tom Rake, a partner at Quorvex, wrote the report.",
      'organization:Quorvex',
    ],
    ['Scientists at Kelbrin built the robot. Kelbrin staff cheered.', 'organization:Kelbrin'],
    ['Ann Vale, a fellow at Quenby, a research institute in Orlin, warned of delays.', 'organization:Quenby'],
    // Once after "in" as well: the place stays.
    ['Ann Vale, a researcher at Dornova, grew up in Dornova.', 'location:Dornova'],
    // Workers at a town with nothing that shows a body, or a use that puts it on a map: the place stays.
    [
      'Engineers at Harrowby said the trains would run late. Harrowby lies on the main line.',
      'location:Harrowby',
    ],
    ['Office staff at Marlowby were sent home. Snow reached Marlowby by noon.', 'location:Marlowby'],
    ['Tom Rake, an economist at Wrenfold, grew up nearby.', 'location:Wrenfold'],
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
    // A body's name once after "around" but made by, or before a body's noun elsewhere: the body stays.
    [
      'A report by Delmont found rents rising. Delmont staff around Delmont offices were told.',
      'organization:Delmont',
    ],
    ['Pellavon offices shut early. Many cafés around Pellavon stayed open.', 'organization:Pellavon'],
    ['Voters lost faith in Douglas over the cuts.', 'person:Douglas'],
  ])('%s: %s', (text, actor) => {
    expect(actorsIn(text)).toContain(actor)
  })
})
