import type { Country } from './countries.ts'

/**
 * Nations within a state that news calls countries ("England and Wales", "Scotland voted"), which the world
 * countries data leaves out. No demonyms ("Scottish Government" is an organization, "British" stays the
 * United Kingdom's) and no capitals (the Archbishop of Cardiff is no government).
 */
export const NATIONS: readonly Country[] = [
  { code: 'GB-ENG', name: 'England', country: true, names: [], demonyms: [], capitals: [] },
  { code: 'GB-SCT', name: 'Scotland', country: true, names: [], demonyms: [], capitals: [] },
  { code: 'GB-WLS', name: 'Wales', country: true, names: [], demonyms: [], capitals: [] },
  { code: 'GB-NIR', name: 'Northern Ireland', country: true, names: [], demonyms: [], capitals: [] },
]
