import type { Mention } from './mentions.ts'

// What follows a person's name to give another name of the same person, and that name: "Curtis Reed, better
// known as Fifty", "Kay Lane (real name Katherine Vale)", "Kay Lane, whose real name is Katherine Vale", "Kay Lane,
// born Katherine Vale"; a title may open the other name ("known as Lady Kay").
const OTHER_NAME =
  /^,?[ \t]*\(?[ \t]*(?:(?:also|better|popularly|widely|professionally)[ \t]+)?(?:known[ \t]+as|aka|AKA|a\.k\.a\.|real[ \t]+name(?:[ \t]+is)?|whose[ \t]+real[ \t]+name[ \t]+is|born|n[ée]e)[ \t]+["“‘']?((?:\p{Lu}\p{Ll}+\.?[ \t]+)?)(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,3})/u

/**
 * Pairs of person mentions that name one person twice, a real name and a stage or pen name ("Curtis Reed,
 * better known as Fifty … Fifty said"): the other name, where it stands and wherever the article repeats it, is
 * then the first's person, not someone of its own.
 * @example knownAsPairs(view, mentions) // [[Curtis Reed, Fifty], [Curtis Reed, Fifty]]
 */
export function knownAsPairs(view: string, mentions: readonly Mention[]): Array<[Mention, Mention]> {
  const persons = mentions.filter((m) => m.kind === 'person')
  const pairs: Array<[Mention, Mention]> = []
  for (const first of persons) {
    const match = OTHER_NAME.exec(view.slice(first.end, first.end + 80))
    if (!match) continue
    const title = match[1] as string
    const name = match[2] as string
    const start = first.end + match[0].length - name.length - title.length
    const end = first.end + match[0].length
    for (const other of persons) {
      if (other === first) continue
      const text = other.text.trim()
      const here = other.start >= start && other.end <= end
      if (here || text === name || text === `${title}${name}`) pairs.push([first, other])
    }
  }
  return pairs
}
