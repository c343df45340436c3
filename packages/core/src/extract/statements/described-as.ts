import { countStartingBefore } from '../../parse/count-before.ts'
import type { Token } from '../../parse/document.ts'
import type { Discourse } from './antecedents.ts'
import { otherOffice } from './other-office.ts'

// What may follow the noun that ends an appositive: ", a Scottish businessman, said", "an engineer who …".
const APPOSITIVE_END = /^(?:[,.;)]|who)$/
// How many tokens after a name's comma an appositive's noun may come: ", a senior Scottish businessman,".
const APPOSITIVE_REACH = 6

/** A place where a noun describes a named person: the name's anchor, and the token right after the noun. */
interface Described {
  /** The anchor's index among the article's anchors. */
  anchor: number
  start: number
  actor: string
  after: number
}

/** A person named with a description, as a phrase's look-up keeps it. */
interface DescribedPerson {
  start: number
  actor: string
}

/** An article's descriptions by their last word, and the people each phrase asked about so far describes. */
interface DescriptionIndex {
  byNoun: Map<string, Described[]>
  byPhrase: Map<string, DescribedPerson[]>
}

// Built once per article, on the first description asked about: scanning every earlier name for each description
// made long texts quadratic.
const indexes = new WeakMap<Discourse, DescriptionIndex>()

/**
 * Every place a noun may describe a person's name, keyed by that noun: the word right before the name
 * ("billionaire Michael Bloomberg") and each word of an appositive right after it that may end one (", a Scottish
 * businessman,"), in the order of the anchors.
 */
function indexDescriptions(discourse: Discourse): DescriptionIndex {
  const { anchors } = discourse
  const { tokens } = discourse.parsed
  const byNoun = new Map<string, Described[]>()
  const add = (noun: string, described: Described) => {
    const key = noun.toLowerCase()
    const list = byNoun.get(key)
    if (list) list.push(described)
    else byNoun.set(key, [described])
  }
  for (const [i, anchor] of anchors.entries()) {
    if (anchor.kind !== 'person' || anchor.form !== 'name') continue
    const place = { anchor: i, start: anchor.start, actor: anchor.actor }
    const first = countStartingBefore(tokens, anchor.start)
    const before = tokens[first - 1]
    if (before) add(before.text, { ...place, after: first })
    const after = countStartingBefore(tokens, anchor.end)
    if (tokens[after]?.text !== ',') continue
    for (let t = after + 1; t < Math.min(tokens.length, after + APPOSITIVE_REACH + 1); t++) {
      const word = (tokens[t] as Token).text
      if (APPOSITIVE_END.test(tokens[t + 1]?.text ?? ',')) add(word, { ...place, after: t + 1 })
      if (/^[,.;:]$/.test(word)) break
    }
  }
  return { byNoun, byPhrase: new Map() }
}

/** The people a phrase describes, in text order: each named person once for each name the phrase sits beside. */
function describedBy(
  discourse: Discourse,
  index: DescriptionIndex,
  phrase: readonly string[],
): DescribedPerson[] {
  const { tokens } = discourse.parsed
  // Every word of the phrase, in order, ends the words before `first` ("Tory leader Michael Howard").
  // "Shadow foreign secretary Liam Hart" is not "the foreign secretary".
  const endsBefore = (first: number) =>
    phrase.every((word, k) => tokens[first - phrase.length + k]?.text.toLowerCase() === word) &&
    otherOffice(tokens[first - phrase.length - 1]?.text ?? '') === undefined
  const found: DescribedPerson[] = []
  let last = -1
  for (const described of index.byNoun.get(phrase.at(-1) ?? '') ?? []) {
    if (described.anchor === last || !endsBefore(described.after)) continue
    last = described.anchor
    found.push({ start: described.start, actor: described.actor })
  }
  return found
}

/**
 * The person the text earlier described with this phrase: "billionaire Michael Bloomberg" or "Duncan Bannatyne, a
 * Scottish businessman," make "the billionaire" or "the businessman" that person (the latest named before `at`).
 * @example personDescribedAs(discourse, ['businessman'], 400) // 'person:duncan-bannatyne'
 */
export function personDescribedAs(
  discourse: Discourse,
  phrase: readonly string[],
  at: number,
): string | undefined {
  let index = indexes.get(discourse)
  if (!index) {
    index = indexDescriptions(discourse)
    indexes.set(discourse, index)
  }
  const key = phrase.join(' ')
  let people = index.byPhrase.get(key)
  if (!people) {
    people = describedBy(discourse, index, phrase)
    index.byPhrase.set(key, people)
  }
  return people[countStartingBefore(people, at) - 1]?.actor
}
