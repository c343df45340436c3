/** A name made of syllables from a number, so that every generated person has their own given name and surname. */
function syllables(n: number, count: number): string {
  const parts = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo', 'ba', 'de']
  let word = ''
  for (let i = 0, rest = n; i < count; i++, rest = Math.floor(rest / 10)) word += parts[rest % 10]
  return word.charAt(0).toUpperCase() + word.slice(1)
}

/**
 * A registry of `size` generated people, each with a name and an alias of their own, as a registry file would give
 * it (unchecked: parse it with RegistrySchema).
 * @example generatedRegistry(2)[0] // { id: 'person:reg-0', name: 'Kakakaka Tilokala', kind: 'person', ... }
 */
export function generatedRegistry(size: number): Record<string, unknown>[] {
  return Array.from({ length: size }, (_, i) => {
    const given = syllables(i, 4)
    const surname = syllables(i * 7 + 3, 5)
    return {
      id: `person:reg-${i}`,
      name: `${given} ${surname}`,
      kind: 'person',
      aliases: [`${given[0]}. ${surname}`],
      wikidata: `Q${i + 1}`,
    }
  })
}
