// Writes the subset of the world-countries dataset (a devDependency) that the actors stage needs into core's
// data: each country's names, short forms, ISO codes, demonyms and capitals. Run: node scripts/build-countries.ts
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'

interface WorldCountry {
  name: { common: string; official: string }
  cca2: string
  cca3: string
  independent?: boolean
  altSpellings: string[]
  capital?: string[]
  demonyms?: { eng?: { f: string; m: string } }
}

// Short forms that news writes for a handful of countries and that the dataset lacks or spells differently.
// Abbreviations are kept only from this list, since most two-letter codes are also English words ("IN", "IT").
const EXTRA_NAMES: Record<string, string[]> = {
  US: ['US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States of America'],
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain'],
  AE: ['UAE', 'U.A.E.'],
  CD: ['DRC', 'DR Congo'],
  CN: ['PRC'],
  KP: ['DPRK'],
  NL: ['Holland'],
  MM: ['Burma'],
  CZ: ['Czech Republic'],
  TR: ['Turkey'],
}

// Places the dataset lists as not independent that news treats as countries.
const TREATED_AS_COUNTRIES = new Set(['PS', 'TW', 'XK'])

const isLatinName = (s: string) => /^[\p{Script=Latin}][\p{Script=Latin} .'-]*$/u.test(s) && s.length >= 4

const require = createRequire(import.meta.url)
const path = require.resolve('world-countries/countries.json')
const countries = JSON.parse(readFileSync(path, 'utf8')) as WorldCountry[]

const rows = countries
  .map((c) => {
    const names = new Set([
      c.name.common,
      c.name.official,
      ...c.altSpellings.filter(isLatinName),
      ...(EXTRA_NAMES[c.cca2] ?? []),
    ])
    const demonyms = new Set(
      [c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => !!d && isLatinName(d)),
    )
    return {
      code: c.cca2,
      name: c.name.common,
      country: c.independent === true || TREATED_AS_COUNTRIES.has(c.cca2),
      names: [...names].filter((n) => n !== c.name.common),
      demonyms: [...demonyms],
      capitals: (c.capital ?? []).filter(isLatinName),
    }
  })
  .sort((a, b) => a.code.localeCompare(b.code))

// A demonym shared by a country and a territory ("French": France and the French Southern and Antarctic Lands)
// means the country: the territory keeps only demonyms of its own.
const sovereignDemonyms = new Set(rows.filter((r) => r.country).flatMap((r) => r.demonyms))
for (const row of rows) if (!row.country) row.demonyms = row.demonyms.filter((d) => !sovereignDemonyms.has(d))

const out = new URL('../src/data/actors/countries.json', import.meta.url).pathname
writeFileSync(out, `${JSON.stringify(rows, null, 1)}\n`)
console.log(`wrote ${rows.length} countries to ${out}`)
