import { describe, expect, it } from 'vitest'
import { findCountry, findCountryOfCapital, findCountryOfDemonym } from './countries.ts'

describe('findCountry', () => {
  it.each([
    ['US', 'United States'],
    ['U.S.', 'United States'],
    ['the United States', 'United States'],
    ['America', 'United States'],
    ['USA', 'United States'],
    ['Russian Federation', 'Russia'],
    ['RUSSIA', 'Russia'],
    ['UK', 'United Kingdom'],
    ['Britain', 'United Kingdom'],
    ['Wales', 'Wales'],
    ['Northern Ireland', 'Northern Ireland'],
  ])('%s → %s', (name, country) => {
    expect(findCountry(name)?.name).toBe(country)
  })

  it.each(['us', 'it', 'IT', 'IN', 'Paris', 'Moscow'])('%s is no country', (name) => {
    expect(findCountry(name)).toBeUndefined()
  })
})

describe('findCountryOfDemonym', () => {
  it.each([
    ['Russian', 'Russia'],
    ['American', 'United States'],
    ['Afghan', 'Afghanistan'],
    // Forms news writes that the dataset lacks.
    ['Slovakian', 'Slovakia'],
    ['Bosnian', 'Bosnia and Herzegovina'],
    ['Kazakh', 'Kazakhstan'],
    ['Slovak', 'Slovakia'],
    ['British', 'United Kingdom'],
    // Shared with a territory, the demonym is the sovereign country's.
    ['French', 'France'],
    ['Indian', 'India'],
    ['Norwegian', 'Norway'],
    ['Dutch', 'Netherlands'],
  ])('%s → %s', (word, country) => {
    expect(findCountryOfDemonym(word)?.name).toBe(country)
  })
})

describe('findCountryOfCapital', () => {
  it.each([
    ['Beijing', 'China'],
    ['Moscow', 'Russia'],
    ['Washington', 'United States'],
    ['London', 'United Kingdom'],
  ])('%s → %s', (name, country) => {
    expect(findCountryOfCapital(name)?.name).toBe(country)
  })

  it.each(['Manchester', 'beijing', 'Texas'])('%s is no capital', (name) => {
    expect(findCountryOfCapital(name)).toBeUndefined()
  })
})
