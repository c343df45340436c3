import { COUNTRIES, type Country, findCountry, findCountryOfDemonym } from './countries.ts'
import type { ArticleMentions } from './mentions.ts'
import type { TaggedArticle } from './tag-article.ts'

const BY_CODE = new Map(COUNTRIES.map((c) => [c.code, c]))
// Words that only one country's politics uses, as evidence of whose "the government" a text means when it names
// no country: Westminster's houses and members, and the parties that stand only there. Hand-written, closed.
const COUNTRY_EVIDENCE = new Map<string, string>([
  ['MPs', 'GB'],
  ['Commons', 'GB'],
  ['Westminster', 'GB'],
  ['Labour Party', 'GB'],
  ['Conservative Party', 'GB'],
  ['Liberal Democrats', 'GB'],
  ['UK Independence Party', 'GB'],
  ['Congress', 'US'],
  ['Democratic Party', 'US'],
  ['Republican Party', 'US'],
])
// A seat, a capital acting or "the UK government" opening the text names a government outright, and outweighs a
// few mentions of the country its government deals with ("The UK government plans to return children to Albania").
// A government named with its country after that is most often another's, named so to tell the two apart
// ("Downing Street said … The Irish government said … The government said …").
const NAMED_WEIGHT = 5

/**
 * The country a bare "the government" belongs to: the one the text names or points to most (its seats of
 * government, "the UK government", its names, demonyms, parliament and parties), on a tie the one it names first;
 * none if it names none, or if its evidence weighs less than `least` (a passing mention: "exports to China").
 * @example homeCountry(article, findMentions(article), [])?.name // 'United Kingdom' for 'MPs voted. The government said no.'
 */
export function homeCountry(
  article: TaggedArticle,
  found: ArticleMentions,
  seats: readonly { country: Country; first: number }[],
  least = 1,
): Country | undefined {
  const score = new Map<string, number>()
  const byCode = new Map<string, Country>()
  const firstAt = new Map<string, number>()
  const add = (named: Country | undefined, weight: number, at: number) => {
    // England, Wales and Northern Ireland are governed from Westminster: the UK's government is theirs.
    const country = named && /^GB-(?:ENG|WLS|NIR)$/.test(named.code) ? BY_CODE.get('GB') : named
    if (!country?.country) return
    byCode.set(country.code, country)
    score.set(country.code, (score.get(country.code) ?? 0) + weight)
    firstAt.set(country.code, Math.min(firstAt.get(country.code) ?? at, at))
  }
  // A seat's mention counts once more below, as a mention of its country.
  for (const { country, first } of seats) add(country, NAMED_WEIGHT - 1, first)
  let opening = Math.min(...seats.map((s) => s.first))
  for (const m of found.mentions) {
    add(m.country ?? m.prefixCountry, 1, m.first)
    // One-word evidence ("Commons") is counted below, once, as a token.
    const key = m.canonical ?? m.text
    const code = key.includes(' ') ? COUNTRY_EVIDENCE.get(key) : undefined
    if (code) add(BY_CODE.get(code), 1, m.first)
  }
  for (const d of found.demonyms) add(d.country, 1, d.token)
  article.tokens.forEach((token, i) => {
    const code = COUNTRY_EVIDENCE.get(token.text)
    if (code && !countryJustBefore(article, i)) add(BY_CODE.get(code), 1, i)
    if (isGovernmentWord(token.text) && article.sentenceOf[i - 1] === article.sentenceOf[i]) {
      const country = countryJustBefore(article, i)
      add(country, country && i < opening ? NAMED_WEIGHT : 1, i)
      if (country) opening = Math.min(opening, i)
    }
  })
  let best: string | undefined
  for (const [code, value] of score) {
    const top = best === undefined ? -1 : (score.get(best) ?? 0)
    if (
      best === undefined ||
      value > top ||
      (value === top && (firstAt.get(code) ?? 0) < (firstAt.get(best) ?? 0))
    )
      best = code
  }
  return best === undefined || (score.get(best) ?? 0) < least ? undefined : byCode.get(best)
}

/** The country or demonym written just before token `i` ("Australian MPs" are not Westminster's). */
function countryJustBefore(article: TaggedArticle, i: number): Country | undefined {
  const before = article.tokens[i - 1]?.text ?? ''
  return findCountry(before) ?? findCountryOfDemonym(before)
}

/** Whether a token is "government" in any casing, without a regex run over every token of the text. */
function isGovernmentWord(text: string): boolean {
  return text.length === 10 && text.toLowerCase() === 'government'
}
