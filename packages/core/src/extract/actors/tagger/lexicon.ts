import seen from '../../../data/actors/seen-names.json' with { type: 'json' }
import { tokenize } from '../../../parse/tokenize.ts'
import { COUNTRIES } from '../countries.ts'
import { buildGazetteer, type Gazetteer } from './gazetteer.ts'
import { seenNameEntries } from './seen-names.ts'

let gazetteer: Gazetteer | null = null

/**
 * The tagger's gazetteer: country names, demonyms and capitals, and the names its training data labels
 * (see seen-names.ts), built once on first use.
 */
export function loadGazetteer(): Gazetteer {
  gazetteer ??= buildGazetteer([...countryNames(), ...seenNameEntries(seen)])
  return gazetteer
}

/** The gazetteer entries of the country data: names, demonyms and capitals, each with its category. */
export function* countryNames(): Generator<readonly [string[], string]> {
  const words = (name: string) => tokenize(name).map((t) => t.text)
  for (const country of COUNTRIES) {
    const kind = country.country ? 'country' : 'territory'
    for (const name of [country.name, ...country.names]) yield [words(name), kind]
    for (const demonym of country.demonyms) yield [words(demonym), 'demonym']
    for (const capital of country.capitals) yield [words(capital), 'capital']
  }
}
