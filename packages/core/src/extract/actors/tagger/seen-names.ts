/**
 * The names the tagger's training data labels, by type ("PER" → ["Bill Clinton", …], tokens joined by spaces):
 * matched like a gazetteer, they tell the tagger that a span was a name of that type in the labeled text.
 */
export type SeenNames = Readonly<Record<string, readonly string[]>>

/**
 * The gazetteer entries of seen names: tokens and a category per name ("seen PER").
 * @example [...seenNameEntries({ LOC: ['New York'] })] // [[['New', 'York'], 'seen LOC']]
 */
export function* seenNameEntries(names: SeenNames): Generator<readonly [string[], string]> {
  for (const [type, list] of Object.entries(names)) {
    const category = `seen ${type}`
    for (const name of list) yield [name.split(' '), category]
  }
}
