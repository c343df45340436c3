import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The stances of a short text's statements as [target, polarity], null for none. */
function stances(text: string) {
  return analyze(text).statements.map((statement) =>
    statement.stance ? [statement.stance.target, statement.stance.polarity] : null,
  )
}

describe('a name that modifies another noun, or is the one told', () => {
  it.each([
    // Where a war was fought, whom a body is made of, a thing a country has: not the one judged.
    ['Senator Ann Vale said the Iraq war had been illegal.'],
    ['Senator Ann Vale said the Iraq war had undermined the government.'],
    ['Senator Ann Vale said EU member states were failing to report fraud.'],
    ['Senator Ann Vale said the UK e-University was a terrible waste of money.'],
    // An inquiry or a resolution named for a body: its breach, or a call for it, is not about the body.
    ['Senator Ann Vale demanded a Senate inquiry into the deal.'],
    ['Senator Ann Vale said Iraq was in breach of UN resolution 1441.'],
    // A seat a party holds is not the party: defending it is no support.
    ['Senator Ann Vale was defending the Green stronghold of Oakfield.'],
    // The one told, not the one judged.
    ['Senator Ann Vale denied the claim, telling the BBC that something was wrong.'],
    // The one an office serves: its holder is judged, not the country or the body.
    ['Senator Ann Vale said: "He would have been a very good president of the United States."'],
    ['Senator Ann Vale said the leader of the Green Party was a disgrace.'],
  ])('leaves stance out: %s', (text) => {
    const found = stances(text)
    expect(found.length).toBeGreaterThan(0)
    for (const stance of found) expect(stance).toBeNull()
  })

  it.each([
    // What a body owns or does still judges it.
    [
      'Senator Ann Vale said the Tory policies would cause economic failure.',
      'organization:conservative-party',
    ],
    ["Senator Ann Vale said the EU's rules were a disgrace.", 'organization:eu'],
  ])('%s → %s oppose', (text, target) => {
    expect(stances(text)[0]).toEqual([target, 'oppose'])
  })
})
