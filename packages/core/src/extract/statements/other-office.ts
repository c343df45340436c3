// Words before an office that make it another office: the shadow, former or deputy holder is not the holder.
const OTHER_OFFICE: ReadonlySet<string> = new Set(
  'shadow former ex deputy vice assistant junior acting interim outgoing incoming would-be'.split(' '),
)

/**
 * The whole words of `text` that make an office another office, in order ("ex-president" counts as "ex");
 * letters inside a longer word do not count ("foreshadows", "service").
 * @example otherOffices('former Shadow chancellor') // ['former', 'shadow']
 */
export function otherOffices(text: string): string[] {
  const found: string[] = []
  for (const word of text.toLowerCase().match(/[a-z]+(?:-[a-z]+)*/g) ?? []) {
    const head = word.split('-', 1)[0] as string
    if (OTHER_OFFICE.has(word)) found.push(word)
    else if (OTHER_OFFICE.has(head)) found.push(head)
  }
  return found
}

/**
 * The first word of `text` that makes an office another office, if any.
 * @example otherOffice('Shadow chancellor') // 'shadow'
 */
export function otherOffice(text: string): string | undefined {
  return otherOffices(text)[0]
}
