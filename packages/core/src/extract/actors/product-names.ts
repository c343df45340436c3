import { ORGANIZATION_NAMES } from '../../data/actors/organizations.ts'
import type { ArticleMentions, Mention } from './mentions.ts'
import { wordNear } from './name-uses.ts'
import type { TaggedArticle } from './tag-article.ts'

const KNOWN = new Set(ORGANIZATION_NAMES)

// Nouns after a name that make it a thing made or used, not its maker: "Xbox users", "a GSM handset", "the
// Linux version". A closed class of words for owners, devices and forms of a product (not "customers" or
// "games": "Vexco customers", "Vexco games" name a firm's).
const PRODUCT_NOUNS = new Set(
  'user users owner owners console consoles handset handsets device devices software format formats version versions edition editions model models chip chips technology technologies gadget gadgets'.split(
    ' ',
  ),
)
// Verbs of use before a name, whose object is a thing ("using Linux", "installed Vexware"). Not "bought", "sold" or
// "runs": a firm is bought, sold and run too.
const USE_VERBS = new Set('use uses used using install installs installed installing'.split(' '))
// Nouns after a firm's possessive that only a body has: "Vexco's boss", "Vexco's staff".
const BODY_NOUNS = new Set(
  'boss bosses chief co-founder cofounder chairman chairwoman spokesman spokeswoman spokesperson staff employees workers founder executive executives shares shareholders profits profit headquarters'.split(
    ' ',
  ),
)
const DETERMINERS = new Set('the a its his her their'.split(' '))
// Words that close a noun phrase: "the new Vexbox is", "the new Vexbox, which".
const PHRASE_CLOSERS = new Set(
  'is was will would can could has had which that and or to in for on at with from by'.split(' '),
)
const POSSESSIVE = new Set(["'s", '’s'])
// Words after a name that only a body's subject takes: "Vexco employs", "Vexco, based in".
const BODY_VERBS = new Set(
  'employs employed based announced said says told sold sells bought buys launched launches unveiled released makes made'.split(
    ' ',
  ),
)
// Nouns right before a name that call it a body: "technology firm Vexco", "broadcaster Vexco".
const FIRM_NOUNS = new Set(
  'firm company group maker broadcaster developer publisher operator provider'.split(' '),
)

/**
 * No products as organizations: a name the tagger took for a body that the article writes as a thing used in every
 * mention ("Linux users", "a new Vexbox console", "using Vexware", "the new Vexbox") and never as a body (it never speaks, has
 * no boss or staff, is no one's workplace "at X", does not employ or announce) is dropped in all its forms.
 * Changes `found.mentions` in place.
 * @example // "Vexbox owners can play online. The new Vexbox is cheaper." → no actor "Vexbox"
 */
export function dropProductNames(article: TaggedArticle, found: ArticleMentions): void {
  const bodies = new Set<string>()
  const product = new Set<string>()
  const body = new Set<string>()
  // A mention that is neither ("criticised Vexco", "fined Vexco") may be the firm's: its name is kept.
  const other = new Set<string>()
  for (const m of found.mentions) {
    if (m.canonical !== undefined || m.country !== undefined) continue
    if (m.kind === 'organization') bodies.add(m.text)
    // The evidence counts whatever the tagger's kind of each mention: it may type one mention of a name a person.
    if (actsAsBody(article, m)) body.add(m.text)
    else if (isProductUse(article, m)) product.add(m.text)
    else other.add(m.text)
  }
  const drop = new Set([...product].filter((name) => bodies.has(name) && !body.has(name) && !other.has(name)))
  if (drop.size === 0) return
  // Every mention of that name goes, whatever its kind: the tagger may have typed one a person or a place.
  found.mentions = found.mentions.filter((m) => !drop.has(m.text))
}

/** Whether the words around one mention use the name as a thing: a product's noun after it, a verb of use or "new" before. */
function isProductUse(article: TaggedArticle, m: Mention): boolean {
  const word = (k: number) => wordNear(article, m, k)
  if (PRODUCT_NOUNS.has(word(m.last))) return true
  const before = word(m.first - 1)
  // "the new Vexbox is", "a new Vexbox.": the name ends its phrase; not "the new Vexco factory" (the firm's).
  const ends = !/\p{L}/u.test(word(m.last)) || PHRASE_CLOSERS.has(word(m.last))
  if (before === 'new' && ends && DETERMINERS.has(word(m.first - 2))) return true
  return USE_VERBS.has(before)
}

/**
 * Whether one mention shows its name a body, whatever else the article makes of it: it speaks, it is a well-known
 * body, or the words around it use it as one (`isBodyUse`). The stages that drop a name used only as a thing (a
 * product, a firm's product, a contest) ask this of every mention.
 */
export function actsAsBody(article: TaggedArticle, m: Mention): boolean {
  return m.speaks === true || KNOWN.has(m.text) || isBodyUse(article, m)
}

/** Whether one mention names a body: it employs, sells or launches, it has a boss or staff, someone is "at" it, a firm's noun opens it. */
export function isBodyUse(article: TaggedArticle, m: Mention): boolean {
  const word = (k: number) => wordNear(article, m, k)
  const next = word(m.last)
  if (BODY_VERBS.has(next) || (next === ',' && word(m.last + 1) === 'based')) return true
  if (POSSESSIVE.has(next) && BODY_NOUNS.has(word(m.last + 1))) return true
  const before = word(m.first - 1)
  // "spokesman for Vexco", "co-founder of Vexco": a body's people.
  if ((before === 'for' || before === 'of') && BODY_NOUNS.has(word(m.first - 2))) return true
  return before === 'at' || FIRM_NOUNS.has(before) || BODY_NOUNS.has(next)
}
