import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The statements of a short text as [speaker or reason, stance target, polarity]. */
function attributions(text: string) {
  return analyze(text).statements.map((statement) => [
    statement.speaker ?? statement.speakerReason,
    statement.stance?.target ?? null,
    statement.stance?.polarity ?? null,
  ])
}

describe('speakers', () => {
  it.each([
    ['Chancellor Angela Merkel said Germany would send more aid.', 'person:angela-merkel'],
    ["Germany's Foreign Minister Heiko Maas said the talks had failed.", 'person:heiko-maas'],
    ['The European Commission said it would review the rules.', 'organization:european-commission'],
    ['France has announced that it will close the border.', 'country:france'],
    ['Officials said the bridge would reopen on Monday.', 'anonymous'],
  ])('%s → %s', (text, speaker) => {
    expect(attributions(text)[0]?.[0]).toBe(speaker)
  })

  it.each([
    [
      'France has announced that it will close the border, saying that the virus is spreading.',
      'country:france',
    ],
  ])('gives a participle the speaker of its clause: %s', (text, speaker) => {
    const speakers = attributions(text).map(([found]) => found)
    expect(speakers.length).toBeGreaterThanOrEqual(2)
    expect(new Set(speakers)).toEqual(new Set([speaker]))
  })
})

describe('stance', () => {
  it.each([
    ['Prime Minister Viktor Orban said Hungary opposed Sweden joining the bloc.', 'country:sweden', 'oppose'],
    ['Senator Maria Lopez said Mexico was responsible for the delays.', 'country:mexico', 'blame'],
    ['President Emmanuel Macron said France supported Ukraine.', 'country:ukraine', 'support'],
    [
      'Prime Minister Viktor Orban said Hungary opposed giving new loans to Ukraine.',
      'country:ukraine',
      'oppose',
    ],
    ['President Emmanuel Macron said France does not support Hamas.', 'group:hamas', 'oppose'],
    [
      'Minister Jan Novak said Poland will not tolerate Russian troops in Belarus.',
      'country:russia',
      'oppose',
    ],
  ])('%s → %s %s', (text, target, polarity) => {
    const [first] = attributions(text)
    expect(first?.slice(1)).toEqual([target, polarity])
  })

  // One sentence for each way a cue shows a stance toward its object, and for stances the content carries.
  it.each([
    [
      'President Dan Hale accused China of stealing American technology.',
      'country:china',
      'blame',
      'accused',
    ],
    ['Hamas blamed Israel for the deaths of the two men.', 'country:israel', 'blame', 'blamed'],
    ['Chancellor Olaf Scholz urged Russia to withdraw its troops.', 'country:russia', 'demand', 'urged'],
    ['Chancellor Olaf Scholz called on Iran to release the sailors.', 'country:iran', 'demand', 'called'],
    [
      'Prime Minister Benjamin Netanyahu warned Iran that Israel would respond to any attack.',
      'country:iran',
      'threaten',
      'warned',
    ],
    ['The European Union threatened Hungary with sanctions.', 'country:hungary', 'threaten', 'threatened'],
    ['President Emmanuel Macron praised Germany for its support.', 'country:germany', 'support', 'praised'],
    [
      "Prime Minister Fumio Kishida condemned China's military drills near Taiwan.",
      'country:china',
      'oppose',
      'condemned',
    ],
    ["The Kremlin rejected Ukraine's peace proposal.", 'country:ukraine', 'oppose', 'rejected'],
    [
      "President Emmanuel Macron welcomed Germany's decision to send tanks.",
      'country:germany',
      'support',
      'welcomed',
    ],
    [
      'Prime Minister Fumio Kishida condemned the missile launch by North Korea.',
      'country:north-korea',
      'oppose',
      'condemned',
    ],
    [
      'Senator Maria Lopez attacked the chaotic tax system under Governor Tom Reed.',
      'person:tom-reed',
      'oppose',
      'attacked',
    ],
    ['Senator Maria Lopez called on Governor Tom Reed to resign.', 'person:tom-reed', 'demand', 'called'],
    [
      'Senator Maria Lopez said Governor Tom Reed had broken his promises.',
      'person:tom-reed',
      'oppose',
      'broken',
    ],
    [
      'A spokesman for the Chinese foreign ministry said these perverse acts by some US politicians had damaged relations.',
      'country:united-states',
      'oppose',
      null,
    ],
  ])('%s → %s %s', (text, target, polarity, evidence) => {
    const analysis = analyze(text)
    const stance = analysis.statements[0]?.stance
    expect([stance?.target, stance?.polarity]).toEqual([target, polarity])
    const words = stance?.evidence && text.slice(stance.evidence.start, stance.evidence.end)
    if (evidence) expect(words).toBe(evidence)
    else expect(words).toMatch(/\w/)
  })

  it.each([
    ['Minister Jan Novak said the weather in Poland was fine.'],
    ['Minister Jan Novak said rebels in Chad threaten the security of Niger.'],
    ['Minister Jan Novak has not commented on the plans of Germany.'],
    ['President Dan Hale said the United States would host the summit in June.'],
    ['Chancellor Olaf Scholz told Russia that the talks would resume on Monday.'],
    ['Prime Minister Benjamin Netanyahu warned Iran about the weather.'],
    ['Chancellor Olaf Scholz warned that Britain faced a long recession.'],
    ['President Emmanuel Macron welcomed Chancellor Olaf Scholz to Paris.'],
    ['President Dan Hale did not accuse China of anything.'],
    ['Chancellor Olaf Scholz spoke of Russia as a neighbour.'],
    ['Senator Maria Lopez said Spain should take its fair share of the refugees.'],
    ['Senator Maria Lopez said the attacks in Paris highlighted the threat the Kremlin poses to France.'],
    ["Senator Maria Lopez dismissed the story about Governor Tom Reed's emails."],
    ['Senator Maria Lopez said the move against Governor Tom Reed could damage the party.'],
    ['Senator Maria Lopez said the Greens would set out plans for tackling fraud.'],
  ])('leaves stance out where it is not clear: %s', (text) => {
    for (const [, target] of attributions(text)) expect(target).toBeNull()
  })
})
