/** How many causes deep a message goes: wrappers seldom nest more. */
const MOST_CAUSES = 4

/**
 * An error's message followed by its causes' (`cause`, as Drizzle wraps the database's own error in "Failed
 * query: …"), so that a report keeps the reason, not only the wrapper: "Failed query: select … — deadlock
 * detected". Anything thrown that is not an Error is given as a string.
 * @example errorChain(new Error('Failed query', { cause: new Error('deadlock detected') })) // 'Failed query — deadlock detected'
 */
export function errorChain(error: unknown): string {
  const messages: string[] = []
  let current: unknown = error
  for (let depth = 0; depth <= MOST_CAUSES && current !== undefined; depth++) {
    const message = current instanceof Error ? current.message : String(current)
    if (!messages.includes(message)) messages.push(message)
    current = current instanceof Error ? current.cause : undefined
  }
  return messages.join(' — ')
}
