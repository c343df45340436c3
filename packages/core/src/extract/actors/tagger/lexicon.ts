import { tokenize } from '../../../parse/tokenize.ts'
import { COUNTRIES } from '../countries.ts'
import { buildGazetteer, type Gazetteer } from './gazetteer.ts'

let gazetteer: Gazetteer | null = null

/** The tagger's gazetteer of country names, demonyms and capitals, built once on first use. */
export function loadGazetteer(): Gazetteer {
  gazetteer ??= buildGazetteer(gazetteerNames())
  return gazetteer
}

function* gazetteerNames(): Generator<readonly [string[], string]> {
  const words = (name: string) => tokenize(name).map((t) => t.text)
  for (const country of COUNTRIES) {
    const kind = country.country ? 'country' : 'territory'
    for (const name of [country.name, ...country.names]) yield [words(name), kind]
    for (const demonym of country.demonyms) yield [words(demonym), 'demonym']
    for (const capital of country.capitals) yield [words(capital), 'capital']
  }
}
