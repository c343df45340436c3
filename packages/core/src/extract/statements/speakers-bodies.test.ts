import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** Each statement's speaker (or reason for none), in text order. */
async function speakersOf(text: string): Promise<string[]> {
  const { statements } = await analyze(text)
  return [...statements]
    .sort((a, b) => a.content.start - b.content.start)
    .map((statement) => statement.speaker ?? `null:${statement.speakerReason}`)
}

describe('bodies that speak get the speech', () => {
  it.each([
    [
      // A body named in lower case by its remit speaks, and "the committee" long after is that body.
      'The joint committee on rural transport found bus services were failing. Ann Vale, a driver, said fares had doubled. Tom Rake, a farmer, said roads were poor. Bo Tarn, a nurse, said clinics had closed. Jo Hale, a baker, said trade was slow. Ed Lyle, a vicar, said the village was emptying. The committee also said rail links should be restored.',
      'organization:joint-committee-on-rural-transport',
      'organization:joint-committee-on-rural-transport',
    ],
    [
      // "The report" of an inquiry by the committee speaks for the committee.
      'The commission on water safety met in May. A report followed an inquiry by the commission. Pipes were old, the report said.',
      undefined,
      'organization:commission-on-water-safety',
    ],
    [
      // "WHO" is the World Health Organization, not a relative pronoun.
      'The World Health Organization (WHO) met in Geneva. Cases had doubled, the WHO said.',
      undefined,
      'organization:world-health-organization',
    ],
    [
      // "Downing St" stands for the government as "Downing Street" does.
      'The plan was sound, a Downing St spokesman said.',
      undefined,
      'organization:united-kingdom-government',
    ],
    [
      // "Members" right after a body spoke are its members, speaking as it.
      'The committee on rail safety found that trains were late. Members urged the minister to act.',
      'organization:committee-on-rail-safety',
      'organization:committee-on-rail-safety',
    ],
    [
      // An acronym the text writes as a body's name elsewhere is that body even where the tagger missed it.
      'Cases rose on Monday, but VHT have warned it may be worse. The Vale Health Team (VHT) met on Monday.',
      undefined,
      'organization:vale-health-team',
    ],
    [
      // The post in a body that an appositive names is held by the person named, who speaks, not the body.
      '"It will be a tragedy," said the chairman of the Vale Trust, Labour MP Ann Vale.',
      undefined,
      'person:ann-vale',
    ],
    ['"It will be a tragedy," said the head of the Vale Trust, Ann Vale.', undefined, 'person:ann-vale'],
    ['"It will be a tragedy," said a spokesman for the Vale Trust.', undefined, 'organization:vale-trust'],
    [
      // "a committee of MPs" is the one committee the article names; "MPs said" after it speak as it.
      'Deaths have risen, a committee of MPs has warned. The committee on prison safety found that cells were cold. There was one death a week, MPs said.',
      'organization:committee-on-prison-safety',
      'organization:committee-on-prison-safety',
    ],
    [
      // In the lead, "the firm" is the company the headline names, the body giving it only a trade noun.
      'Shares in Vexcorp Inc hit\n\nShares in the doughnut chain fell on Monday after the firm revealed it would restate its accounts.',
      undefined,
      'organization:vexcorp-inc',
    ],
    [
      'Tarnwell Carpets profits slump\n\nProfits at the Leeds carpet maker fell by half last year, the company said on Monday.',
      undefined,
      'organization:tarnwell-carpets',
    ],
    // "The corporation" is the one company in view, as "the company" is.
    [
      'Dorton Motors will close a plant in Leeds. The corporation said demand had fallen.',
      undefined,
      'organization:dorton-motors',
    ],
    // A firm described by its trade or its past ("the high street chain", "the former monopoly") is the firm in view.
    [
      'Vale Stores Ltd said sales fell. The high street chain said it expected profits to drop.',
      undefined,
      'organization:vale-stores-ltd',
    ],
    [
      'Vale Telecom Ltd has offered rivals equal access to its lines. "We will cut prices," the former monopoly said.',
      undefined,
      'organization:vale-telecom-ltd',
    ],
    // "it" inside a "which" clause is the sentence's subject, not the place that names the plant.
    [
      'Dorton Motors will shut the Portugal plant, which it says loses money.',
      undefined,
      'organization:dorton-motors',
    ],
    [
      'Dorton Motors will shut the Portugal plant and the Leeds depot, which it says lose money.',
      undefined,
      'organization:dorton-motors',
    ],
  ])('%s', async (text, first, last) => {
    const speakers = await speakersOf(text)
    if (first) expect(speakers[0]).toBe(first)
    expect(speakers.at(-1)).toBe(last)
  })

  it.each([
    'Rents had doubled in a year, the report said.',
    // MPs the text never says a body is made of, or a committee when the text names two.
    'Deaths have risen, a group of MPs has warned. The committee on prison safety found that cells were cold. There was one death a week, MPs said.',
    'The committee on prison safety met. The Vale Committee met. Deaths have risen, a committee of MPs has warned.',
    // "Members" after a person spoke are no body's.
    'Ann Vale said the plan was weak. Members urged the minister to act.',
    // An inquiry by a body the text does not name ("the board" with no board named) gives no author.
    'The commission on water safety met in May. A report followed an inquiry by the board. Pipes were old, the report said.',
    // A headline that names two companies leaves "the firm" to neither.
    'Vexcorp Inc and Tarnwell Carpets in talks\n\nShares fell on Monday after the firm revealed it would restate its accounts.',
    // A headline's company is no longer in view six sentences into the body.
    'Shares in Vexcorp Inc hit\n\nShares fell. Sales fell. Costs rose. Staff left. Rents rose. Stock fell. The firm said it would restate its accounts.',
    // "The corporation" with no company named, and "which it says" after a person: neither is a body that spoke.
    'Tom Reed spoke on Monday. The corporation said demand had fallen.',
    'Tom Reed backed the plan, which it says will cost millions.',
    // "The chain" with no company named before it.
    'Tom Reed spoke on Monday. The chain said demand had fallen.',
  ])('leaves the speaker null when the text names no body that spoke: %s', async (text) => {
    expect((await speakersOf(text)).at(-1)).toMatch(/^null:/)
  })
})
