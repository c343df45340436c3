import { ORGANIZATION_HEADS } from '../../data/actors/organizations.ts'
import { givenNameGender } from '../given-names.ts'
import type { ArticleMentions, Mention } from './mentions.ts'
import { nameAt, type TaggedArticle } from './tag-article.ts'
import { isCapitalized } from './tagger/word-shape.ts'

// Last words of an organization's name that a purpose may follow ("Union for a Popular Movement").
const HEADS = new Set([
  ...ORGANIZATION_HEADS,
  'party',
  'front',
  'alliance',
  'coalition',
  'congress',
  'organization',
  'organisation',
  'center',
  'centre',
  'fund',
  'group',
  'initiative',
  'project',
  'families',
  'citizens',
])
const ARTICLES = new Set(['the', 'a', 'an'])

/**
 * Organizations' names as one name each, where the tagger cut them or ran two together: a head word, "for" and
 * its purpose are one name ("National Association for the Advancement of Colored People", "Union for a Popular
 * Movement"); two names joined by "or", or by "and" when each ends in a head word, are two ("Labour Students or
 * Union of Jewish Students", "the Conservative Party and Club for Growth"); a name followed by its initials in
 * brackets is an organization ("Forza Europa (FE)"), unless a person's given name opens it. Changes the mentions in place.
 * @example // "the Union for a Popular Movement" → one organization, not "Union" and "Popular Movement"
 */
export function settleOrganizationNames(article: TaggedArticle, found: ArticleMentions): void {
  const split = found.mentions.flatMap((m) => splitJoinedNames(article, m))
  found.mentions = joinPurposes(article, split)
  kindAbbreviatedNames(article, found.mentions)
}

/**
 * A name of several words followed by its initials in brackets is an organization, whatever the tagger said, and
 * so are the initials: "Liga Komunista Iraultzailea (LKI)", "Forza Europa (FE)". A person so introduced is named
 * with a given name first ("Franklin Delano Roosevelt (FDR)") or has initials of more parts than words
 * ("Alexandria Ocasio-Cortez (AOC)").
 */
function kindAbbreviatedNames(article: TaggedArticle, mentions: readonly Mention[]): void {
  const byFirst = new Map(mentions.map((m) => [m.first, m]))
  for (const mention of mentions) {
    if (mention.kind !== 'person' && mention.kind !== 'location') continue
    if (mention.country || mention.canonical || mention.last - mention.first < 2) continue
    // A person known by initials is named with a given name first ("John Fitzgerald Kennedy (JFK)").
    if (mention.kind === 'person' && givenNameGender(word(article, mention.first)) !== undefined) continue
    const k = mention.last
    const initials = word(article, k + 1)
    if (word(article, k) !== '(' || word(article, k + 2) !== ')' || !/^[A-Z]{2,6}$/.test(initials)) continue
    let own = ''
    for (let w = mention.first; w < mention.last; w++) {
      const first = word(article, w).charAt(0)
      if (first !== first.toLowerCase()) own += first
    }
    if (own !== initials) continue
    mention.kind = 'organization'
    const abbreviation = byFirst.get(k + 1)
    if (abbreviation && abbreviation.last === k + 2 && !abbreviation.country)
      abbreviation.kind = 'organization'
  }
}

/** Joins an organization ending in a head word, "for" (an article), and the name after it. */
function joinPurposes(article: TaggedArticle, mentions: readonly Mention[]): Mention[] {
  const { tokens } = article
  const byFirst = new Map(mentions.map((m) => [m.first, m]))
  const startingAt = new Map<number, Mention[]>()
  for (const m of mentions) startingAt.set(m.first, [...(startingAt.get(m.first) ?? []), m])
  const out: Mention[] = []
  const swallowed = new Set<Mention>()
  for (const mention of mentions) {
    if (swallowed.has(mention)) continue
    const isOrganization = mention.kind === 'organization' || mention.kind === 'group'
    const head = word(article, mention.last - 1).toLowerCase()
    if (!isOrganization || mention.canonical || !HEADS.has(head) || word(article, mention.last) !== 'for') {
      out.push(mention)
      continue
    }
    let k = mention.last + 1
    if (ARTICLES.has(word(article, k))) k++
    const sentence = article.sentenceOf[mention.first]
    const next = byFirst.get(k)
    let last = next ? next.last : k
    if (!next) while (last < tokens.length && isNameWord(word(article, last))) last++
    // "… for the Liberation of Palestine": the purpose goes on through "of" and a capitalized name.
    while (word(article, last) === 'of' && isNameWord(word(article, last + 1))) {
      last += 2
      const more = byFirst.get(last - 1)
      if (more) {
        swallowed.add(more)
        last = more.last
      }
      while (last < tokens.length && isNameWord(word(article, last))) last++
    }
    if (last === k || article.sentenceOf[k] !== sentence || article.sentenceOf[last - 1] !== sentence) {
      out.push(mention)
      continue
    }
    if (next) swallowed.add(next)
    // The names inside the purpose, found by their first token rather than by reading every mention per join.
    for (let t = k + 1; t < last; t++) for (const m of startingAt.get(t) ?? []) swallowed.add(m)
    const end = (tokens[last - 1] as { end: number }).end
    out.push({ ...mention, last, end, text: nameAt(article, mention.start, end) })
  }
  return out
}

/** An organization the tagger ran over "or", or over "and" between two names that each end in a head word. */
function splitJoinedNames(article: TaggedArticle, mention: Mention): Mention[] {
  if (mention.kind !== 'organization' || mention.canonical) return [mention]
  for (let k = mention.first + 1; k < mention.last - 1; k++) {
    const joiner = word(article, k)
    if (joiner !== 'or' && joiner !== 'and') continue
    let right = k + 1
    if (word(article, right) === 'the') right++
    if (right >= mention.last || !isCapitalized(word(article, right))) continue
    if (
      joiner === 'and' &&
      !(HEADS.has(word(article, k - 1).toLowerCase()) && hasHead(article, right, mention.last))
    )
      continue
    const left = part(article, mention, mention.first, k)
    const { prefixCountry: _, ...rest } = part(article, mention, right, mention.last)
    return [left, ...splitJoinedNames(article, rest)]
  }
  return [mention]
}

function hasHead(article: TaggedArticle, first: number, last: number): boolean {
  for (let k = first; k < last; k++) if (HEADS.has(word(article, k).toLowerCase())) return true
  return false
}

function part(article: TaggedArticle, mention: Mention, first: number, last: number): Mention {
  const start = (article.tokens[first] as { start: number }).start
  const end = (article.tokens[last - 1] as { end: number }).end
  return { ...mention, first, last, start, end, text: nameAt(article, start, end) }
}

/** A capitalized word with letters ("Colored", "Women"), not a function word's capital first in a sentence. */
function isNameWord(text: string): boolean {
  return isCapitalized(text) && /\p{L}/u.test(text)
}

function word(article: TaggedArticle, k: number): string {
  return article.tokens[k]?.text ?? ''
}
