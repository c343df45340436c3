import { HONORIFICS } from '../../data/actors/roles.ts'
import type { ActorKind, ActorReference } from '../../schemas/actor.ts'
import { givenNameGender } from '../given-names.ts'
import { companyNamesOf } from './company-names.ts'
import { type Country, findCountry, findCountryOfDemonym } from './countries.ts'
import { definedShortForms } from './defined-short-forms.ts'
import { givenNameBearers } from './given-name-bearers.ts'
import { knownAsPairs } from './known-as.ts'
import { longerPersonNames } from './longer-names.ts'
import type { Mention } from './mentions.ts'
import {
  generationOf,
  isFollowedByPersonalPronoun,
  isGivenNameForm,
  nameWords,
  surnameOf,
  wordBeforeGeneration,
} from './name-forms.ts'
import { initialsOf } from './name-initials.ts'
import {
  followingSubjectGender,
  introducedBefore,
  isCoordinatedWith,
  isKinIntroduced,
  leadEnd,
  type NamedAt,
  namedBeforeKin,
  namedBeforeOfUntoldGender,
  paragraphStarts,
  weighNamesakes,
} from './namesakes.ts'
import { longerNamesOf } from './organization-short-forms.ts'
import { honorificOf, PLAIN_HONORIFICS, surnamesCalledPlainly } from './plain-honorifics.ts'
import type { Affiliation, ArticleRoles, PersonTitle, RolePhrase } from './roles.ts'
import { slugify } from './slug.ts'
import { variantFullNames, variantSurname } from './spelling-variants.ts'
import type { TaggedArticle } from './tag-article.ts'

/** An actor being assembled: its mentions, title and the references found for it. */
export interface ActorDraft {
  id: string
  kind: ActorKind
  name: string
  mentions: Mention[]
  role?: RolePhrase
  affiliation?: Affiliation
  gender?: 'male' | 'female'
  references: (ActorReference & { token: number })[]
  country?: Country
}

/** Every actor of an article, and which actor each mention belongs to. */
export interface ResolvedActors {
  actors: ActorDraft[]
  byMention: Map<Mention, ActorDraft>
  byId: Map<string, ActorDraft>
}

/** The actor id of a country: `country:united-states`. */
export function countryId(country: Country): string {
  return `${country.country ? 'country' : 'location'}:${slugify(country.name)}`
}

/**
 * Groups mentions into one actor per real-world actor: countries by the dataset, parties by their canonical
 * name, organizations and places by name (and acronym), people by full name, a short form joining the person
 * who bears it (see resolvePersons).
 */
export function resolveActors(
  article: TaggedArticle,
  mentions: readonly Mention[],
  roles: ArticleRoles,
): ResolvedActors {
  const actors = new Map<string, ActorDraft>()
  const byMention = new Map<Mention, ActorDraft>()
  const add = (id: string, kind: ActorKind, mention: Mention, extra: Partial<ActorDraft> = {}) => {
    let actor = actors.get(id)
    if (!actor) {
      actor = { id, kind, name: mention.text, mentions: [], references: [], ...extra }
      actors.set(id, actor)
    }
    actor.mentions.push(mention)
    byMention.set(mention, actor)
    return actor
  }
  const organizations = mentions.filter((m) => m.kind === 'organization' || m.kind === 'group')
  const orgKey = organizationKeys(organizations, definedShortForms(article, mentions))
  for (const mention of mentions) {
    if (mention.kind === 'person') continue
    if (mention.country) {
      add(countryId(mention.country), mention.kind, mention, {
        country: mention.country,
        name: mention.country.name,
      })
    } else if (mention.kind === 'location') {
      add(`location:${slugify(stripThe(mention.text))}`, 'location', mention)
    } else if (mention.canonical) {
      const actor = add(`${mention.kind}:${slugify(mention.canonical)}`, mention.kind, mention, {
        name: mention.canonical,
      })
      if (mention.prefixCountry) actor.affiliation ??= { country: mention.prefixCountry }
    } else {
      const key = orgKey.get(mention) as string
      const actor = add(`${mention.kind}:${key}`, mention.kind, mention)
      if (mention.prefixCountry) actor.affiliation ??= { country: mention.prefixCountry }
    }
  }
  resolvePersons(article, mentions, roles, add)
  // "Curtis Reed, better known as Fifty": the stage name's person is the real name's, and keeps the real name (the
  // one its id is made of) as its name.
  const otherNames = new Set<Mention>()
  for (const [real, other] of knownAsPairs(article.view, mentions)) {
    const into = byMention.get(real)
    const from = byMention.get(other)
    if (!into || !from || into === from) continue
    for (const mention of from.mentions) {
      into.mentions.push(mention)
      byMention.set(mention, into)
      otherNames.add(mention)
    }
    actors.delete(from.id)
  }
  for (const actor of actors.values()) finishActor(actor, roles.persons, otherNames)
  return mergeSameIds([...actors.values()], byMention)
}

function stripThe(text: string): string {
  return text.replace(/^the\s+/i, '')
}

/**
 * Names of organizations, keyed so that an acronym ("EU"), a short form the article defines in brackets after the
 * name ("Frbo"), a name without its country ("State Department") or a short form ending a longer name ("the
 * Assembly") meets its full form.
 */
function organizationKeys(
  organizations: readonly Mention[],
  shortForms: ReadonlyMap<string, Mention>,
): Map<Mention, string> {
  const byInitials = new Map<string, Mention>()
  const byRest = new Map<string, Mention>()
  // "California Independent System Operator" is also "ISO" and "California ISO": initials after a first word.
  const byLaterInitials = new Map<string, Mention>()
  for (const m of organizations) {
    if (m.last - m.first < 2) continue
    const key = initialsOf(m.text)
    if (!byInitials.has(key)) byInitials.set(key, m)
    const space = m.text.indexOf(' ')
    const later = initialsOf(m.text.slice(space + 1))
    if (later.length >= 3 && !byLaterInitials.has(later)) {
      byLaterInitials.set(later, m)
      byLaterInitials.set(`${m.text.slice(0, space)} ${later}`, m)
    }
    // "US State Department" is also what "State Department" means in the same article.
    const rest = m.prefixCountry ? withoutCountry(m.text) : ''
    if (rest && !byRest.has(rest)) byRest.set(rest, m)
    // "United States Drug Enforcement Agency (DEA)": the initials leave the country out.
    const restInitials = rest.includes(' ') ? initialsOf(rest) : ''
    if (restInitials.length >= 3 && !byLaterInitials.has(restInitials)) byLaterInitials.set(restInitials, m)
  }
  const keys = new Map<Mention, string>()
  const companyName = companyNamesOf(organizations.map((m) => stripThe(m.text)))
  for (const mention of organizations) {
    const text = stripThe(mention.text)
    const acronymOf =
      shortForms.get(text) ??
      (/^(?:\S+ )?\p{Lu}{2,6}$/u.test(text) ? (byInitials.get(text) ?? byLaterInitials.get(text)) : undefined)
    const longer = byRest.get(text)
    keys.set(mention, slugify(companyName(stripThe((acronymOf ?? longer ?? mention).text))))
  }
  // A short form ending a longer name of the article ("the Assembly", "Al-Vale Hospital") is that body.
  const keyOfName = new Map<string, string>()
  for (const mention of organizations)
    if (mention.last - mention.first > 1) keyOfName.set(stripThe(mention.text), keys.get(mention) as string)
  const longerNameOf = longerNamesOf([...keyOfName.keys()])
  for (const mention of organizations) {
    const longest = longerNameOf(stripThe(mention.text))
    if (longest !== undefined) keys.set(mention, keyOfName.get(longest) as string)
  }
  return keys
}

/**
 * A body's name without the country that opens it, in one to three words ("Drug Enforcement Agency" of "United
 * States Drug Enforcement Agency", "State Department" of "US State Department"); '' when no country opens it.
 */
function withoutCountry(name: string): string {
  const words = name.split(' ')
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const prefix = words.slice(0, n).join(' ')
    if (findCountry(prefix) ?? findCountryOfDemonym(prefix)) return words.slice(n).join(' ')
  }
  return ''
}

type AddMention = (id: string, kind: ActorKind, mention: Mention, extra?: Partial<ActorDraft>) => ActorDraft

/** A person named in full, as a candidate for the short forms of the name. */
interface Bearer {
  id: string
  /** Token of the first full-name mention, and how many there are. */
  first: number
  count: number
  role?: string
  gender?: 'male' | 'female'
  /** The generation the name ends with ("jr" of "Donald Trump Jr."), '' for none. */
  generation: string
  /** Whether "he", "his", "she" or "her" follows one of the full-name mentions. */
  pronoun?: boolean
  /** Whether the article gives the person a title of address ("Sir Ian Blair", "Dr Ann Vale"). */
  styled?: boolean
  /** The gender the given name tells, when no title does ("Zoe" female, "Chris" neither). */
  givenGender?: 'male' | 'female' | undefined
  /** Whether the headline names the person in full: whom the article is about. */
  headline: boolean
  /** The surname of the full name ("Flight" of "Howard Flight"), if it has one. */
  surname?: string
  /** Whether the article brings the person in as someone's relation ("his wife Ruth Vale"): a secondary character. */
  secondary?: boolean
}

// Titles of address, which replace a plain honorific: a knight is "Sir Ian", not "Mr Blair".
const TITLES_OF_ADDRESS = new Set(
  'sir dame lord lady baron baroness dr dr. prof. professor rev. reverend'.split(' '),
)

/**
 * Full names first, so that "Ryabkov" finds "Sergei Ryabkov" even when the surname comes first; a surname
 * alone joins the person who bears it, "Sir Alan" the one whose given name it is, and a bare given name the one
 * person who has it. One word with a generation ("Koller Jr.") joins the one person named in full with that
 * surname (else given name) and that generation, never the father; with none or several, it is its own.
 */
function resolvePersons(
  article: TaggedArticle,
  mentions: readonly Mention[],
  roles: ArticleRoles,
  add: AddMention,
): void {
  const persons = mentions.filter((m) => m.kind === 'person')
  const bearers = new Map<string, Bearer>()
  const bySurname = new Map<string, Bearer[]>()
  const byGiven = new Map<string, Bearer[]>()
  // Each list grows in place: copying it for every bearer made the lists cost the square of their length.
  const push = (map: Map<string, Bearer[]>, key: string, bearer: Bearer) => {
    const list = map.get(key)
    if (list) list.push(bearer)
    else map.set(key, [bearer])
  }
  const initialed = initialedNames(persons)
  const byInitial = namesByInitial(persons)
  const longer = longerPersonNames(persons.map((m) => nameWords(m.text)))
  // "Charles Clark" beside "Charles Clarke", "Dave Collins" beside "David Collins": one person spelt two ways.
  const variants = variantFullNames(persons.map((m) => nameWords(m.text)))
  const shortSurnames: [readonly string[], string][] = []
  // Mentions of a name written another way, with their given name ("Steve" of "Steve Gerrard") and the id.
  const variantMentions: [Mention, string, string][] = []
  // Where the article names each person, in full or by a short form already resolved: the passage's namesakes.
  const named: NamedAt[] = []
  for (const mention of persons) {
    const words = nameWords(mention.text)
    if (words.length < 2 || wordBeforeGeneration(words) !== undefined) continue
    // "Abu Vale" after "Sami Abu Vale": the end of one full name is that person.
    const fullName = longer.get(words.join(' ')) ?? variants.get(words.join(' '))
    const initialId = byInitial.get(words.join(' '))
    const id =
      (words.length === 2 ? initialed.get(words.join(' ')) : undefined) ??
      initialId ??
      `person:${slugify(fullName ?? words.join(' '))}`
    add(id, 'person', mention, { name: words.join(' ') })
    named.push({ token: mention.first, last: mention.last, id })
    // "Carrie Tam" of "Carrie Tam Cheng Yuet-ngor": its surname ("Tam") is the longer name's person's too.
    if (fullName !== undefined) shortSurnames.push([words, id])
    if (variants.has(words.join(' '))) variantMentions.push([mention, words[0] as string, id])
    // A short form ("J Noon") is no full name: it does not make its person the one a surname means.
    if (fullName !== undefined || initialId !== undefined) continue
    const title = roles.persons.get(mention)
    let bearer = bearers.get(id)
    if (!bearer) {
      const headline = article.titled && article.sentenceOf[mention.first] === 0
      const surname = surnameOf(words)
      bearer = { id, first: mention.first, count: 0, generation: generationOf(words), headline }
      if (surname !== undefined) bearer.surname = surname
      if (isKinIntroduced(article, mention)) bearer.secondary = true
      bearers.set(id, bearer)
      if (surname !== undefined) push(bySurname, surname, bearer)
      push(byGiven, words[0] as string, bearer)
    }
    bearer.count++
    if (TITLES_OF_ADDRESS.has(honorificOf(article, mention))) bearer.styled = true
    if (!bearer.pronoun && isFollowedByPersonalPronoun(article, mention)) bearer.pronoun = true
    if (title?.role && bearer.role === undefined) bearer.role = title.role.head
    const told = toldGender(article, mention, title)
    if (told && bearer.gender === undefined) bearer.gender = told
    // Else the given name's, where it tells ("Zoe Anderson"): "Mr Anderson" is then not her.
    bearer.givenGender ??= givenNameGender(words[0] as string)
  }
  for (const [words, id] of shortSurnames) {
    const surname = surnameOf(words)
    const bearer = bearers.get(id)
    if (surname !== undefined && bearer && !bySurname.get(surname)?.includes(bearer))
      push(bySurname, surname, bearer)
  }
  for (const [mention, given, id] of variantMentions) {
    mention.variant = true
    const bearer = bearers.get(id)
    if (bearer && !byGiven.get(given)?.includes(bearer)) push(byGiven, given, bearer)
  }
  const calledPlainly = surnamesCalledPlainly(article, persons)
  const royals = royalNames(persons, roles)
  const paragraphOf = paragraphStarts(article)
  const lead = leadEnd(article, paragraphOf)
  for (const mention of persons) {
    const words = nameWords(mention.text)
    const title = roles.persons.get(mention)
    const before = wordBeforeGeneration(words)
    if (before !== undefined) {
      const generation = generationOf(words)
      const ofGeneration = (map: Map<string, Bearer[]>) =>
        (map.get(before) ?? []).filter((bearer) => bearer.generation === generation)
      const surnamed = ofGeneration(bySurname)
      const sons = surnamed.length > 0 ? surnamed : ofGeneration(byGiven)
      const chosen =
        sons.length === 1
          ? pickBearer(sons, title?.role?.head, genderOf(mention, roles), mention.first)
          : undefined
      add(chosen?.id ?? `person:${slugify(words.join(' '))}`, 'person', mention, { name: words.join(' ') })
      continue
    }
    if (words.length !== 1) continue
    const word = words[0] as string
    const plain = PLAIN_HONORIFICS.has(honorificOf(article, mention))
    let candidates: readonly Bearer[] = []
    let bySurnameAlone = false
    let byGivenAlone = false
    if (isGivenNameForm(article, mention)) candidates = byGiven.get(word) ?? []
    else if (bySurname.has(word)) {
      candidates = bySurname.get(word) ?? []
      bySurnameAlone = true
    }
    // "Charles" after "Prince Charles" is the prince, though a "Charles Kennedy" is named in full later.
    else if (
      byGiven.has(word) &&
      !isRoyalTitle(title?.role?.head) &&
      !((royals.get(word) ?? Infinity) < mention.first)
    ) {
      byGivenAlone = true
      const context = { leadEnd: lead, royal: royals.has(word), isShown: isShownPerson }
      candidates = givenNameBearers(article, mention, byGiven.get(word) ?? [], context)
        .filter(
          // "Mr Howard" is not Howard Flight when the article calls him "Mr Flight".
          (bearer) => !plain || bearer.surname === undefined || !calledPlainly.has(bearer.surname),
        )
        .filter(ofPossessorsFamily(article, mention, named, bearers))
    } else if (!byGiven.has(word)) {
      // "Abbot" beside "Diane Abbott": a slip of the one surname a letter away.
      const near = variantSurname(word, bySurname.keys())
      if (near !== undefined) candidates = bySurname.get(near) ?? []
    }
    // "President Vale and Ruth Vale": two people, though she is the only Vale named in full.
    const apart = candidates.filter((bearer) => isCoordinatedWith(article, mention, named, bearer.id))
    if (apart.length > 0) candidates = candidates.filter((bearer) => !apart.includes(bearer))
    // "Mr Blair" beside "Sir Ian Blair" and "Tony Blair": not the knight, who goes by his title.
    const unstyled = plain ? candidates.filter((bearer) => !bearer.styled) : []
    if (unstyled.length > 0) candidates = unstyled
    const paragraphStart = paragraphOf[article.sentenceOf[mention.first] as number] as number
    const passage = { mention, named, paragraphStart, leadEnd: lead }
    // A given name that several named before bear ("Tony" beside Tony Vale and Tony Reed) is the one the
    // article or the passage is about, or no one: it has no other evidence to fall back on.
    const weigh = bySurnameAlone
      ? (pool: readonly Bearer[]) => weighNamesakes(passage, pool, isSecondaryInPassage)
      : byGivenAlone
        ? (pool: readonly Bearer[]) => weighNamesakes(passage, pool, isSecondaryInPassage) ?? 'split'
        : undefined
    // Among several namesakes, "Vale said he …" tells a gender as "Mr Vale" does.
    const gender =
      genderOf(mention, roles) ??
      (candidates.length > 1 ? followingSubjectGender(article, mention) : undefined)
    const chosen = pickBearer(candidates, title?.role?.head, gender, mention.first, weigh)
    add(chosen?.id ?? `person:${slugify(word)}`, 'person', mention, { name: word })
    if (chosen === undefined) {
      // "President Vale", kept apart from a namesake, is one more Vale the surname alone may mean later.
      if (apart.length > 0 && title?.role !== undefined && bySurnameAlone) {
        const id = addSurnameBearer(bySurname, bearers, word, mention, title.role.head, article)
        named.push({ token: mention.first, last: mention.last, id })
      }
      continue
    }
    named.push({ token: mention.first, last: mention.last, id: chosen.id, given: !bySurnameAlone })
    // "His wife Sharon … Sharon Vale": brought in as a relation before her full name, she is a secondary character.
    if (mention.first < chosen.first && isKinIntroduced(article, mention)) chosen.secondary = true
  }
}

/** Adds a person known by title and surname alone ("President Vale") as a bearer of the surname; its id. */
function addSurnameBearer(
  bySurname: Map<string, Bearer[]>,
  bearers: Map<string, Bearer>,
  surname: string,
  mention: Mention,
  role: string,
  article: TaggedArticle,
): string {
  const id = `person:${slugify(surname)}`
  if (bearers.has(id)) return id
  const headline = article.titled && article.sentenceOf[mention.first] === 0
  const bearer: Bearer = { id, first: mention.first, count: 1, generation: '', headline, role, surname }
  bearers.set(id, bearer)
  const namesakes = bySurname.get(surname)
  if (namesakes) namesakes.push(bearer)
  else bySurname.set(surname, [bearer])
  return id
}

/**
 * "Tom Vale said his son Nick was there": a relation's given name is of the family of someone the article has
 * named, so it keeps only the full names whose surname another person named before it bears ("Nick Vaughan", a
 * councillor named elsewhere, is someone else); with no one named just before it to be the relation's, all.
 */
function ofPossessorsFamily(
  article: TaggedArticle,
  mention: Mention,
  named: readonly NamedAt[],
  bearers: ReadonlyMap<string, Bearer>,
): (bearer: Bearer) => boolean {
  const near = namedBeforeKin(article, mention, named)
  if (near === undefined || near.size === 0) return () => true
  const before = new Set(named.filter((at) => at.token < mention.first).map((at) => at.id))
  const family = (bearer: Bearer) =>
    [...before].some((id) => id !== bearer.id && bearers.get(id)?.surname === bearer.surname)
  return (bearer) => bearer.surname !== undefined && family(bearer)
}

/**
 * Whether a namesake named in a passage does not make the passage theirs: one brought in as someone's relation,
 * or a name the text does not show to be a person's ("American Vale", a demonym before a surname).
 */
function isSecondaryInPassage(bearer: Bearer): boolean {
  return bearer.secondary === true || !(isShownPerson(bearer) || bearer.givenGender !== undefined)
}

/** A bearer the text shows to be a person: a title, a gendered one, or "he" or "she" after the name. */
function isShownPerson(bearer: Bearer): boolean {
  return bearer.role !== undefined || bearer.gender !== undefined || bearer.pronoun === true
}

// Titles that go with a given name alone and name someone of their own ("King Charles", "Pope Francis").
const ROYAL_HEADS = new Set(['king', 'queen', 'prince', 'princess', 'emperor', 'pope', 'sheikh', 'emir'])

/** The first token of each one-word name borne with a royal title ("Charles" of "Prince Charles"). */
function royalNames(persons: readonly Mention[], roles: ArticleRoles): Map<string, number> {
  const firsts = new Map<string, number>()
  for (const mention of persons) {
    const words = nameWords(mention.text)
    if (words.length !== 1 || !isRoyalTitle(roles.persons.get(mention)?.role?.head)) continue
    const word = words[0] as string
    if (!firsts.has(word)) firsts.set(word, mention.first)
  }
  return firsts
}

// Titles in "-man" that British news gives women too ("Police Federation chairman Jan Vale … Ms Vale").
const EPICENE_HEADS = new Set(['chairman', 'spokesman'])

/** The gender a full-name mention's honorific or title tells, not counting a title that women bear too. */
function toldGender(
  article: TaggedArticle,
  mention: Mention,
  title: PersonTitle | undefined,
): 'male' | 'female' | undefined {
  if (!title?.gender) return undefined
  const honorific = HONORIFICS[article.tokens[mention.first - 1]?.text.toLowerCase() ?? '']
  if (honorific === undefined && title.role !== undefined && EPICENE_HEADS.has(title.role.head))
    return undefined
  return title.gender
}

/** Whether a title's head is a royal or religious one, borne with a given name alone. */
function isRoyalTitle(head: string | undefined): boolean {
  return head !== undefined && ROYAL_HEADS.has(head)
}

/**
 * "Michael R. Bloomberg" and "Michael Bloomberg" in one article are one person: given name and surname → the id
 * of the one full name that has middle initials between them (none when two differ, "George H. W." and "George W.").
 */
function initialedNames(persons: readonly Mention[]): Map<string, string | undefined> {
  const ids = new Map<string, string | undefined>()
  for (const mention of persons) {
    const words = nameWords(mention.text)
    if (words.length < 3 || !words.slice(1, -1).every((w) => /^\p{Lu}\.?$/u.test(w))) continue
    const key = `${words[0]} ${words.at(-1)}`
    const id = `person:${slugify(words.join(' '))}`
    ids.set(key, ids.has(key) && ids.get(key) !== id ? undefined : id)
  }
  return ids
}

// A given name's initial, as line-ups and bylines write it: "J", "J.".
const INITIAL = /^\p{Lu}\.?$/u

/**
 * "J Noon" beside "Jamie Noon" in one article (a team's line-up after the match report) is that person: an
 * initial and a surname → the id of the one full name whose given name starts with it and that has that
 * surname; none when two people share both ("Shane Williams", "Stephen Williams").
 */
function namesByInitial(persons: readonly Mention[]): Map<string, string | undefined> {
  const ids = new Map<string, string | undefined>()
  for (const mention of persons) {
    const words = nameWords(mention.text)
    const given = words[0] as string
    if (words.length < 2 || INITIAL.test(given) || !/^\p{Lu}\p{Ll}/u.test(given)) continue
    const key = `${given[0]} ${words.slice(1).join(' ')}`
    const id = `person:${slugify(words.join(' '))}`
    ids.set(key, ids.has(key) && ids.get(key) !== id ? undefined : id)
  }
  for (const mention of persons) {
    const words = nameWords(mention.text)
    if (words.length < 2 || !INITIAL.test(words[0] as string)) continue
    const key = `${(words[0] as string)[0]} ${words.slice(1).join(' ')}`
    const id = ids.get(key)
    if (id !== undefined) ids.set(words.join(' '), id)
  }
  return ids
}

/** The gender of a mention's honorific, before it or written in it ("Mrs Howard"), or of its title. */
function genderOf(mention: Mention, roles: ArticleRoles): 'male' | 'female' | undefined {
  const opening = HONORIFICS[(mention.text.split(' ')[0] as string).toLowerCase()]
  if (opening === 'male' || opening === 'female') return opening
  return roles.persons.get(mention)?.gender
}

/**
 * Of the people who share a name, the one a short form at token `at` means: the one with the same title, else of
 * the same gender ("Mrs Meadows"; but not one named only later, where someone of untold gender was named before),
 * else the one the evidence of lead, mentions so far and paragraph points to (`weigh`, see namesakes.ts; none when
 * it is split), else the only one named before it, else the one the article is about: the one its headline names
 * in full ("Tom Vale quits …" though his sister is named in full more often), else the one most named in full,
 * then first named.
 */
function pickBearer(
  candidates: readonly Bearer[],
  role: string | undefined,
  gender: 'male' | 'female' | undefined,
  at: number,
  weigh?: (pool: readonly Bearer[]) => Bearer | 'split' | undefined,
): Bearer | undefined {
  // "Mrs Meadows" beside "Mr Mark Meadows": his wife, someone else.
  if (candidates.length === 1) {
    const only = candidates[0] as Bearer
    return gender !== undefined && only.gender !== undefined && only.gender !== gender ? undefined : only
  }
  if (candidates.length === 0) return undefined
  let pool = candidates
  const sameRole = role === undefined ? [] : pool.filter((b) => b.role === role)
  if (sameRole.length > 0) pool = sameRole
  // Among several, a given name that tells a gender counts too ("Mr Anderson" beside Zoe and Chris Anderson).
  const bearerGender = (b: Bearer) => b.gender ?? b.givenGender
  const sameGender = gender === undefined ? [] : pool.filter((b) => bearerGender(b) === gender)
  if (sameGender.length > 0)
    pool = namedBeforeOfUntoldGender(pool, sameGender, bearerGender, at) ?? sameGender
  else if (gender !== undefined && pool.some((b) => bearerGender(b) === undefined))
    pool = pool.filter((b) => bearerGender(b) === undefined)
  // Whom the lead, the mentions so far and the paragraph point to (see namesakes.ts); none where they disagree.
  const weighed = pool.length > 1 ? weigh?.(pool) : undefined
  if (weighed === 'split') return undefined
  if (weighed !== undefined) return weighed
  const introduced = introducedBefore(pool, at)
  if (introduced !== undefined) return introduced
  const headlined = pool.filter((b) => b.headline)
  if (headlined.length === 1) pool = headlined
  return pool.reduce((best, b) =>
    b.count > best.count || (b.count === best.count && b.first < best.first) ? b : best,
  )
}

/** Picks the fullest name, the title (a capitalized one first) and the affiliation from all mentions. */
function finishActor(
  actor: ActorDraft,
  titles: ReadonlyMap<Mention, PersonTitle>,
  otherNames: ReadonlySet<Mention>,
): void {
  if (!actor.country && !actor.mentions.some((m) => m.canonical)) {
    for (const m of actor.mentions) {
      // A slip in one mention ("Wayne Rooneys") does not name the person, nor a stage name joined to a real one.
      if (m.variant === true || otherNames.has(m)) continue
      const name = actor.kind === 'person' ? nameWords(m.text).join(' ') : stripThe(m.text)
      if (name.length > actor.name.length) actor.name = name
    }
  }
  const found = actor.mentions.map((m) => titles.get(m)).filter((t): t is PersonTitle => t !== undefined)
  const roles = found.map((t) => t.role).filter((r): r is RolePhrase => r !== undefined)
  const role = roles.find((r) => /^[A-Z]/.test(r.text)) ?? roles[0]
  if (role) actor.role = role
  const affiliation = found.find((t) => t.affiliation)?.affiliation
  if (affiliation) actor.affiliation ??= affiliation
  const gender = found.find((t) => t.gender)?.gender
  if (gender) actor.gender = gender
}

function mergeSameIds(actors: ActorDraft[], byMention: Map<Mention, ActorDraft>): ResolvedActors {
  const merged = new Map<string, ActorDraft>()
  for (const actor of actors) {
    const kept = merged.get(actor.id)
    if (!kept) {
      merged.set(actor.id, actor)
      continue
    }
    kept.mentions.push(...actor.mentions)
    for (const m of actor.mentions) byMention.set(m, kept)
  }
  return { actors: [...merged.values()], byMention, byId: merged }
}
