import countryRows from '../../data/actors/countries.json' with { type: 'json' }

/** A country or territory as core knows it (from the world-countries dataset, see scripts/build-countries.ts). */
export interface Country {
  /** ISO 3166-1 alpha-2 code. */
  readonly code: string
  /** The common English name, e.g. "United States". */
  readonly name: string
  /** False for territories such as Guam, which are locations rather than countries. */
  readonly country: boolean
  /** Other names: official name, short forms, abbreviations ("U.S.", "America"). */
  readonly names: readonly string[]
  /** Demonyms, e.g. "American". */
  readonly demonyms: readonly string[]
  readonly capitals: readonly string[]
}

/** Every country and territory of the dataset. */
export const COUNTRIES: readonly Country[] = countryRows

let byName: Map<string, Country> | null = null
let byDemonym: Map<string, Country> | null = null

/** Strips a leading "the" and extra spaces: "the United States" → "United States". */
function nameKey(name: string): string {
  return name
    .replace(/^the\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim()
}

function index(): { names: Map<string, Country>; demonyms: Map<string, Country> } {
  if (!byName || !byDemonym) {
    byName = new Map()
    byDemonym = new Map()
    for (const country of COUNTRIES) {
      for (const name of [country.name, ...country.names]) {
        const key = nameKey(name)
        byName.set(key, country)
        if (key.length > 3) byName.set(key.toLowerCase(), country)
      }
      for (const demonym of country.demonyms) byDemonym.set(demonym, country)
    }
  }
  return { names: byName, demonyms: byDemonym }
}

/**
 * The country a name stands for: "US", "U.S.", "the United States", "America" → United States. Short forms in
 * capitals match only as written; longer names match in any case ("RUSSIA").
 * @example findCountry('U.S.')?.name // 'United States'
 */
export function findCountry(name: string): Country | undefined {
  const key = nameKey(name)
  const { names } = index()
  return names.get(key) ?? (key.length > 3 ? names.get(key.toLowerCase()) : undefined)
}

/** The country of a demonym, as written: "Russian" → Russia. */
export function findCountryOfDemonym(word: string): Country | undefined {
  const { demonyms } = index()
  return demonyms.get(word) ?? (word.length > 3 ? demonyms.get(titleCase(word)) : undefined)
}

function titleCase(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()
}
