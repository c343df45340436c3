import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'

const actorsOf = (text: string) => extractActors(parseArticle(text)).map((a) => `${a.kind}:${a.name}`)

describe("an air force's short form before a place's name is the base, one body", () => {
  it.each([
    ['Troops left RAF Brize Norton on Monday.', 'organization:RAF Brize Norton'],
    ['Jets flew from RAF Fairford. Ann Vale said RAF Fairford was busy.', 'organization:RAF Fairford'],
    ['A spokesman for USAF Ramstein said the runway was shut.', 'organization:USAF Ramstein'],
  ])('%s → %s', (text, actor) => {
    const actors = actorsOf(text)
    expect(actors).toContain(actor)
    // Neither a person nor a bare place made of the base's place name.
    const place = actor.slice(actor.indexOf(' ') + 1)
    expect(actors.filter((other) => other.endsWith(`:${place}`))).toEqual([])
  })

  it.each([
    // Alone, the short form is the force itself.
    ['The RAF said its jets were ready.', 'organization:RAF'],
    // A person named after the force's short form is no base unless the form stands right before the name.
    ['The RAF said Ann Vale would fly.', 'person:Ann Vale'],
  ])('%s keeps %s', (text, actor) => {
    expect(actorsOf(text)).toContain(actor)
  })
})
