import { GOVERNMENT_SEATS, PARTIES } from '../../data/actors/institutions.ts'
import { type Country, findCountry, findCountryOfCapital, findCountryOfDemonym } from './countries.ts'
import { markCapitalSubjects } from './government-capitals.ts'
import { homeCountry } from './government-country.ts'
import { joinGovernmentNames, OWN_GOVERNMENT_MODIFIERS } from './government-names.ts'
import { hasGovernmentWords, matchGovernmentWords } from './government-words.ts'
import type { ArticleMentions, Mention } from './mentions.ts'
import type { TaggedArticle } from './tag-article.ts'

const SEAT_COUNTRY = new Map(
  Object.entries(GOVERNMENT_SEATS).flatMap(([code, seats]) => seats.map((seat) => [seat, code] as const)),
)
const PARTY_NAMES = new Set(PARTIES.map((p) => p.name))
// The forms by which a text's own government speaks ("Ministers said", "Downing Street said").
const OWN_FORMS = new Set(['bare', 'seat'])
/** One mention of a government, with whose government it is: a country code or a prefix word ("scottish"). */
interface GovernmentMention {
  mention: Mention
  key: string
  country?: Country
  form: 'bare' | 'prefixed' | 'seat' | 'capital'
  /** Whether its text can name the actor: "UK Government" can, "UK ministers" cannot. */
  naming: boolean
}

/**
 * One organization actor per government per article: "the government", "the Government", "Ministers", "a
 * government spokesman", "Downing Street", "No 10" and a capital that acts ("Moscow warned", when the text names
 * that government otherwise too) join as mentions of it, affiliated with its country; "the Scottish Government"
 * and "the Irish government" are their own. A bare "the government" is that of the country the text is most about
 * (seats, names, demonyms, its parliament and parties), or of no country when it names none. A country's government
 * is named "<country> government" (its id "organization:united-kingdom-government"), so one id across articles.
 * Changes and adds to the mentions in place.
 */
export function settleGovernments(article: TaggedArticle, found: ArticleMentions): void {
  const { mentions } = found
  // Most texts have no word of government: nothing to add, and no home country to weigh.
  if (hasGovernmentWords(article)) addGovernmentWords(article, found)
  // In text order for the stages after, whether or not words were added.
  mentions.sort((a, b) => a.first - b.first)
  joinGovernmentNames(article, mentions)
  markCapitalSubjects(article, mentions)
  const all = mentions.flatMap((m) => {
    const g = governmentOf(m)
    return g ? [g] : []
  })
  // "Scottish ministers" are a government's only where the text names that government ("Finance Ministers" are not).
  const namedKeys = new Set(all.flatMap((g) => (g.form === 'prefixed' && g.naming ? [g.key] : [])))
  const governments = all.filter((g) => g.form !== 'prefixed' || g.country || namedKeys.has(g.key))
  if (governments.length === 0) return
  const seats = governments.flatMap((g) =>
    g.form === 'seat' || g.form === 'capital'
      ? [{ country: g.country as Country, first: g.mention.first }]
      : [],
  )
  const home = homeCountry(article, found, seats)
  const groups = new Map<string, GovernmentMention[]>()
  for (const g of governments) {
    if (g.form === 'bare') {
      g.key = home?.code ?? 'bare'
      if (home) g.country = home
    }
    const group = groups.get(g.key)
    if (group) group.push(g)
    else groups.set(g.key, [g])
  }
  // Affiliated with its country only where the text names the country ("the British public" does not), so that no
  // actor is made up for it.
  const ofGovernment = new Set(governments.map((g) => g.mention))
  const named = new Set(
    found.mentions.flatMap((m) => (m.country && !ofGovernment.has(m) ? [m.country.code] : [])),
  )
  for (const group of groups.values()) {
    // A capital alone ("Beijing said") stays its country's actor, which the issue allows ("the country or government
    // actor") and the tagging corpora expect (CoNLL and CrossNER tag it a place: both fell 0.1 when it was the
    // government's); one actor per article all the same, as the capital joins the government the text names.
    if (group.every((g) => g.form === 'capital')) continue
    const name = nameOf(group)
    for (const g of group) {
      g.mention.kind = 'organization'
      delete g.mention.country
      g.mention.canonical = name.replace(/^the /i, '')
      if (g.country && (g.form === 'prefixed' || named.has(g.country.code)))
        g.mention.prefixCountry = g.country
    }
  }
}

/**
 * Adds the plain words of government as mentions: "Ministers said", "a government spokesman", and, once the text
 * has its government speak, names it by its seat or tells whose it is (a country it is about, Westminster's words),
 * "the government" and "Ministers had proposed" anywhere, so that a government only judged is an actor too.
 */
function addGovernmentWords(article: TaggedArticle, found: ArticleMentions): void {
  const { mentions } = found
  const ownSpeaks = () => mentions.some((m) => OWN_FORMS.has(governmentOf(m)?.form ?? ''))
  // "Scottish ministers" are the Scottish Government's where the text names it.
  const prefixes = new Set(
    mentions.flatMap((m) => (governmentOf(m)?.form === 'prefixed' ? [m.text.split(' ')[0] as string] : [])),
  )
  // Where the text names a party, the stance stage reads a judged "the government" as the party in office (see
  // statements/stance-targets.ts); a devolved country's text may mean either of two governments. Weighed only when
  // the government does not already speak.
  // A country named once in passing ("exports to China", "grew up in Ghana") does not tell whose government a
  // judged "the government" is: two pieces of evidence do.
  const judged = () => {
    const home = homeCountry(article, found, [], 2)
    return home !== undefined && !home.code.includes('-') && !mentions.some(isParty)
  }
  const had = ownSpeaks() || judged()
  // A second pass once "Ministers said" has made the text's government speak.
  for (const bare of had ? [true] : [false, true]) {
    if (bare && !had && !ownSpeaks()) break
    for (const { mention } of matchGovernmentWords(article, bare, prefixes)) {
      // "the UK government": the country's mention of its prefix gives way to the government's.
      const inside = mentions.filter((m) => m.first < mention.last && m.last > mention.first)
      if (inside.some((m) => m.kind !== 'country' || m.last > mention.last - 1)) continue
      for (const m of inside) mentions.splice(mentions.indexOf(m), 1)
      mentions.push(mention)
    }
  }
}

/**
 * What the actor is called. A sovereign country's government is "<country> government" however the text writes it
 * ("UK Government", "British ministers", "Downing Street", or a bare "the government" that is the country's), so
 * that the store joins it across articles and never joins two countries' governments; the country's common name
 * needs no "the" ("Government of the Netherlands") that a closed list would have to know. A devolved government's
 * own name ("Scottish Government") stays; with no country, the plain words are "Government".
 */
function nameOf(group: readonly GovernmentMention[]): string {
  const country = group.find((g) => g.country)?.country
  if (country && !country.code.includes('-')) return `${country.name} government`
  const named = group.find((g) => g.form === 'prefixed' && g.naming)
  if (named) return named.mention.text
  const ministers = group.find((g) => g.form === 'prefixed')
  if (ministers) return `${ministers.mention.text.split(' ')[0]} government`
  if (country) return `${country.name} government`
  if (group.some((g) => g.form === 'bare')) return 'Government'
  return (group.find((g) => g.form === 'seat') ?? (group[0] as GovernmentMention)).mention.text
}

/** Whether a mention is one of the parties we know ("Labour", "the Tories"). */
function isParty(m: Mention): boolean {
  return m.kind === 'organization' && PARTY_NAMES.has(m.canonical ?? '')
}

/** Whether a mention names a government, and whose. */
function governmentOf(m: Mention): GovernmentMention | undefined {
  if (m.kind === 'country' && m.country) {
    const seat = SEAT_COUNTRY.get(m.text.replace(/^the /i, ''))
    const country = m.country
    if (seat === country.code) return { mention: m, key: seat, country, form: 'seat', naming: true }
    if (findCountryOfCapital(m.text)?.code === country.code)
      return { mention: m, key: country.code, country, form: 'capital', naming: false }
    return undefined
  }
  if (m.kind !== 'organization' || (m.canonical !== undefined && m.canonical !== 'Government'))
    return undefined
  const words = m.text.split(' ')
  const head = (words.at(-1) ?? '').toLowerCase()
  if ((head !== 'government' && head !== 'ministers') || words.length > 2) return undefined
  const naming = head === 'government'
  if (words.length === 1) return { mention: m, key: 'bare', form: 'bare', naming: false }
  const prefix = words[0] as string
  const country = m.prefixCountry ?? findCountry(prefix) ?? findCountryOfDemonym(prefix)
  // "Finance Ministers" are some ministers, not a government; "the Federal Government", "the Labour Government"
  // are the text's own, one actor with its "the government".
  if (!country && OWN_GOVERNMENT_MODIFIERS.has(prefix))
    return { mention: m, key: 'bare', form: 'bare', naming: false }
  const key = m.prefixCountry?.code ?? prefix.toLowerCase()
  const g: GovernmentMention = { mention: m, key, form: 'prefixed', naming }
  if (m.prefixCountry) g.country = m.prefixCountry
  return g
}
