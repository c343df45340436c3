/**
 * A table looked up by words of the text, with no prototype: a word such as "constructor", "toString" or
 * "__proto__" finds nothing in it, as any word it does not list, where a plain object literal would answer with
 * one of Object's own members.
 * @example wordTable({ he: 'male' }).constructor // undefined
 */
export function wordTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T | undefined>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries))
}
