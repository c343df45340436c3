import countryRows from '../../data/actors/countries.json' with { type: 'json' }
import { NATIONS } from './nations.ts'

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

// Demonyms news writes that the dataset lacks or spells otherwise ("Kazakhstani", "Slovak", none for Bosnia).
const MORE_DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  AR: ['Argentinian'],
  BA: ['Bosnian'],
  IS: ['Icelandic'],
  KG: ['Kyrgyz'],
  KZ: ['Kazakh'],
  NP: ['Nepali'],
  SI: ['Slovenian'],
  SK: ['Slovakian'],
  TJ: ['Tajik'],
  UZ: ['Uzbek'],
  XK: ['Kosovan'],
}

/** Every country and territory of the dataset, and the nations within a state that news calls countries. */
export const COUNTRIES: readonly Country[] = [
  ...countryRows.map((row) => {
    const more = MORE_DEMONYMS[row.code]
    return more ? { ...row, demonyms: [...row.demonyms, ...more] } : row
  }),
  ...NATIONS,
]

let byName: Map<string, Country> | null = null
let byDemonym: Map<string, Country> | null = null
let byCapital: Map<string, Country> | null = null

/** Strips a leading "the" and extra spaces: "the United States" → "United States". */
function nameKey(name: string): string {
  return name
    .replace(/^the\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim()
}

interface CountryIndex {
  names: Map<string, Country>
  demonyms: Map<string, Country>
  capitals: Map<string, Country>
}

function index(): CountryIndex {
  if (!byName || !byDemonym || !byCapital) {
    byName = new Map()
    byDemonym = new Map()
    byCapital = new Map()
    // Countries before territories: a word both share ("French", "Indian") stands for the sovereign country.
    const ordered = [...COUNTRIES.filter((c) => c.country), ...COUNTRIES.filter((c) => !c.country)]
    const setOnce = (map: Map<string, Country>, key: string, country: Country) => {
      if (!map.has(key)) map.set(key, country)
    }
    for (const country of ordered) {
      for (const name of [country.name, ...country.names]) {
        const key = nameKey(name)
        setOnce(byName, key, country)
        if (key.length > 3) setOnce(byName, key.toLowerCase(), country)
      }
      for (const demonym of country.demonyms) setOnce(byDemonym, demonym, country)
      if (!country.country) continue
      for (const capital of country.capitals) {
        setOnce(byCapital, capital, country)
        // "Washington D.C." is written "Washington" when it stands for the government.
        const city = capital.replace(/,? D\.C\.$/, '')
        if (city !== capital) setOnce(byCapital, city, country)
      }
    }
  }
  return { names: byName, demonyms: byDemonym, capitals: byCapital }
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

/**
 * The country whose capital a name is, as written: "Moscow" → Russia, "Washington" → United States. Only
 * sovereign countries' capitals, for capitals that stand for a government ("Beijing said").
 * @example findCountryOfCapital('Beijing')?.name // 'China'
 */
export function findCountryOfCapital(name: string): Country | undefined {
  return index().capitals.get(name)
}
