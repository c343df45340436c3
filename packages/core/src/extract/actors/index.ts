import type { ParsedArticle } from '../../parse/document.ts'
import type { Actor } from '../../schemas/actor.ts'
import { settleApposedBodies } from './apposed-bodies.ts'
import { settleApposedNouns } from './apposed-nouns.ts'
import { settleBaseNames } from './base-names.ts'
import { joinBodyNameParts } from './body-name-parts.ts'
import { settleBusinessOwners } from './business-owners.ts'
import { joinClubTowns } from './club-towns.ts'
import { dropCommonWordPlaces } from './common-word-places.ts'
import { dropContestNames } from './contest-names.ts'
import { splitCoordinatedNames } from './coordinated-names.ts'
import { kindCoordinatedPlaces } from './coordinated-places.ts'
import { joinCountryPairs } from './country-pairs.ts'
import { settleDefinedShortForms } from './defined-short-forms.ts'
import { demonymGroups, dropDemonymPlurals } from './demonym-groups.ts'
import { describedGroups } from './descriptions.ts'
import { dropDoctrines } from './doctrines.ts'
import { dropInventedPersons } from './evidence.ts'
import { settleFamilyNames } from './family-names.ts'
import { dropFestivals } from './festivals.ts'
import { settleFirmCues } from './firm-cues.ts'
import { settleFirmEvidence } from './firm-evidence.ts'
import { dropFirmProducts } from './firm-products.ts'
import { splitGluedNames } from './glued-names.ts'
import { settleGovernments } from './government-actor.ts'
import { addGovernmentInOffice } from './government-in-office.ts'
import { settleHeadedNames } from './headed-names.ts'
import { dropIllnessUses } from './illness-uses.ts'
import { dropIndefiniteNames } from './indefinite-names.ts'
import { dropLowerCasedNames } from './invented-things.ts'
import { settleKinNames } from './kin-names.ts'
import { settleKinds } from './kinds.ts'
import { dropLeadingArticles } from './leading-articles.ts'
import { settleLineColumns } from './line-columns.ts'
import { kindListedNames } from './listed-names.ts'
import { findMentions } from './mentions.ts'
import { settleMixedBodies } from './mixed-bodies.ts'
import { joinNameForms } from './name-forms.ts'
import { splitNationOpeners } from './nation-openers.ts'
import { settleOccasionsAndStations } from './occasions.ts'
import { readOccupations } from './occupations.ts'
import { settleOrganizationNames } from './organization-names.ts'
import { dropPairedSurnames } from './paired-names.ts'
import { kindParticleNames } from './particle-names.ts'
import { settlePartyPlurals } from './party-plurals.ts'
import { splitPersonOfBody } from './person-of-body.ts'
import { joinPlaceBodies } from './place-bodies.ts'
import { settlePluralSubjects } from './plural-subjects.ts'
import { dropPortfolios } from './portfolios.ts'
import { settlePossessiveBusinesses } from './possessive-businesses.ts'
import { dropProductNames } from './product-names.ts'
import { joinQuotedNicknames } from './quoted-nicknames.ts'
import { linkDemonyms, linkPronouns, linkTitles } from './references.ts'
import { resolveActors } from './resolve.ts'
import { readRoles } from './roles.ts'
import { joinSaintsPlaces } from './saints-places.ts'
import { splitSentenceOpeners } from './sentence-openers.ts'
import { dropSignOffs } from './sign-offs.ts'
import { settleSpeakingBrands } from './speaking-brands.ts'
import { markSpeakingNames } from './speaking-names.ts'
import { joinSplitPersonNames } from './split-person-names.ts'
import { settleSportClubs } from './sport-clubs.ts'
import { tagArticle } from './tag-article.ts'
import { dropTimeZones } from './time-zones.ts'
import { toActors } from './to-actors.ts'
import { settleUsedKinds } from './used-kinds.ts'
import { dropWorkTitles } from './work-titles.ts'

/**
 * Finds the actors of an article: tag names (two bodies glued by "and" split, a given name and a surname the
 * tagger split joined, with a nickname in quotes between them, a person of a body split from the body: "Peter Vane of Orlin Magazine"; no "An" opening a name, no calling in capitals opening a sentence: "Comedian Ann Rusk"; no nation word opening a person's: "Welshman Ivo Lant"; after "in", a place "and" a lone word are places; the names of a list of places or of bodies one kind; "St Helen's Road" one place; "Maria des Cars" a person) → mentions with kinds (parties, seats of government, known names,
 * capitalized bodies such as "the Government"; names in a headline in title case only where the text confirms them) →
 * organizations' names whole ("the Ada Lane Vexley Trust", "the Marine Research Institute of Bergen" one body each) → families groups ("the Lant family") → lone surnames that speak are people → every form of a person's name made that
 * person's → kinds from the nouns beside a name ("US firm Vonage", "the film Sideways") → one kind per name → no illnesses, a body's head ends a body's name ("Motor Neurone Disease", "Lord Chancellor's Department"), a lone name after "his wife," a person's, a lone name that takes a plural verb a body's ("Vale have signed") → roles and affiliations (a calling before a name too: "Rusk Kings guitarist Bo Reed") → no invented people, places or organizations, no works, prizes or things sold, no products ("Vexbox users", "Vexco's Vexbox"), no illnesses ("tested for Vexitis"), no things one of a kind ("signed a Vexpact"), no festivals, no contests ("the Vexley Nations opener"), no time zones after a time or initials signing off a paragraph → one kind between place and body for a name ("at Vexco … Vexco said") → a town's name used as its club's ("the Tarrow manager") the club, a club's name without its town ("Orlin" after "Orlin Tarrow") the club's → one actor
 * per real-world actor → demonym, title and pronoun references → peoples named by a plural demonym ("Americans") → unnamed groups it describes ("armed groups").
 * Never throws on odd text.
 * @example extractActors(parseArticle('Russian Deputy Foreign Minister Sergei Ryabkov spoke.'))
 * // [{ id: 'person:sergei-ryabkov', kind: 'person', role: 'Deputy Foreign Minister', affiliation: 'country:russia', … }, …]
 */
export function extractActors(parsed: ParsedArticle): Actor[] {
  const article = tagArticle(parsed)
  splitGluedNames(article)
  splitCoordinatedNames(article)
  kindCoordinatedPlaces(article)
  kindListedNames(article)
  joinSaintsPlaces(article)
  joinPlaceBodies(article)
  kindParticleNames(article)
  joinCountryPairs(article)
  joinSplitPersonNames(article)
  splitPersonOfBody(article)
  dropLeadingArticles(article)
  splitSentenceOpeners(article)
  splitNationOpeners(article)
  joinQuotedNicknames(article)
  const found = findMentions(article)
  settleOrganizationNames(article, found)
  joinBodyNameParts(article, found)
  settleFamilyNames(article, found)
  dropPortfolios(article, found)
  markSpeakingNames(article, found)
  settlePartyPlurals(article, found)
  settleSpeakingBrands(article, found)
  joinNameForms(article, found)
  settleApposedNouns(article, found)
  settleApposedBodies(article, found)
  settleKinds(article, found)
  settleFirmCues(article, found)
  settleFirmEvidence(article, found)
  settleHeadedNames(article, found)
  settlePossessiveBusinesses(article, found)
  settleBaseNames(article, found)
  settleKinNames(article, found)
  settlePluralSubjects(article, found)
  settleGovernments(article, found)
  const roles = readRoles(article, found)
  readOccupations(article, found, roles)
  joinNameForms(article, found)
  settleBusinessOwners(article, found)
  dropInventedPersons(article, found, roles)
  dropLowerCasedNames(article, found)
  dropWorkTitles(article, found)
  dropProductNames(article, found)
  dropFirmProducts(article, found)
  dropContestNames(article, found)
  dropIllnessUses(article, found)
  dropIndefiniteNames(article, found)
  dropCommonWordPlaces(article, found)
  settleOccasionsAndStations(article, found)
  dropFestivals(article, found)
  dropDoctrines(found)
  dropTimeZones(article, found)
  dropSignOffs(article, found)
  dropPairedSurnames(found)
  dropDemonymPlurals(article, found)
  settleMixedBodies(article, found)
  settleUsedKinds(article, found)
  settleSportClubs(article, found)
  joinClubTowns(article, found)
  settleLineColumns(article, found)
  settleDefinedShortForms(article, found)
  const resolved = resolveActors(article, found.mentions, roles)
  linkDemonyms(article, found, resolved, affiliationTokens(roles))
  demonymGroups(article, resolved)
  linkTitles(article, roles.standalone, resolved)
  linkPronouns(article, resolved)
  const actors = addGovernmentInOffice(parsed, article, found, toActors(resolved))
  return [...actors, ...describedGroups(article, actors)]
}

/** Tokens that serve as a title's affiliation ("Russian" in "Russian Deputy Foreign Minister"). */
function affiliationTokens(roles: ReturnType<typeof readRoles>): Set<number> {
  const tokens = new Set<number>()
  for (const title of roles.persons.values())
    if (title.role?.affiliationFirst !== undefined) tokens.add(title.role.affiliationFirst)
  for (const phrase of roles.standalone)
    if (phrase.affiliationFirst !== undefined) tokens.add(phrase.affiliationFirst)
  return tokens
}
