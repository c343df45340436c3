// Common nouns written right before or after a lone name that say what the name is ("US firm Vonage", "the film
// Sideways", "his daughter Victoria", "Ray star Jamie Foxx"). Written by hand from the kinds of news text, not
// from any one article; singular forms (a plural in -s is matched too).

/** Nouns that say the name after them is an organization: "analyst firm Gartner", "rock band Muse". */
export const ORGANIZATION_NOUNS: readonly string[] = [
  'company',
  'firm',
  'maker',
  'manufacturer',
  'carmaker',
  'provider',
  'operator',
  'airline',
  'bank',
  'lender',
  'insurer',
  'retailer',
  'supermarket',
  'grocer',
  'chain',
  'publisher',
  'broadcaster',
  'network',
  'studio',
  'label',
  'distributor',
  'watchdog',
  'regulator',
  'charity',
  'band',
  'giant',
  'conglomerate',
  'developer',
  'startup',
  'newspaper',
  'tabloid',
  'magazine',
  'website',
  'broker',
  'bookmaker',
  'brewer',
  'utility',
  'outfit',
]

/** Nouns that say the name after them is a work or a product, no actor: "the film Sideways", "the pill Exanta". */
export const WORK_NOUNS: readonly string[] = [
  'film',
  'movie',
  'comedy',
  'drama',
  'thriller',
  'flick',
  'epic',
  'documentary',
  'musical',
  'novel',
  'album',
  'single',
  'song',
  'sitcom',
  'soap',
  'cartoon',
  'opera',
  'ballet',
  'game',
  'console',
  'software',
  'pill',
  'drug',
  'vaccine',
  'virus',
  'worm',
  'toy',
  'flop',
  'remake',
  're-make',
  'sequel',
  'blockbuster',
]

/** Nouns that say the name after them is a person: "his daughter Victoria", "wife Sheila". */
export const KIN_NOUNS: readonly string[] = [
  'wife',
  'husband',
  'daughter',
  'son',
  'sister',
  'brother',
  'mother',
  'father',
  'widow',
  'widower',
  'fiancee',
  'fiance',
  'girlfriend',
  'boyfriend',
  'grandson',
  'granddaughter',
  'niece',
  'nephew',
  'cousin',
  'stepson',
  'stepdaughter',
]

/** Titles of people known for a work, which a lone name before them names: "Troy star Eric Bana", "Oscar nominee". */
export const WORK_TITLES: readonly string[] = [
  'star',
  'actor',
  'actress',
  'director',
  'producer',
  'writer',
  'creator',
  'nominee',
  'winner',
  'hopeful',
  'presenter',
  'host',
]

/**
 * Titles of members of a body, which a lone name before them names: "U2 frontman Bono", "Chelsea striker Didier
 * Drogba", "Humberside chief David Westwood". A name before a title tied to a person ("Blair aide") is neither.
 */
export const MEMBER_OF_BODY_TITLES: readonly string[] = [
  'frontman',
  'singer',
  'guitarist',
  'drummer',
  'bassist',
  'chief',
  'boss',
  'striker',
  'midfielder',
  'defender',
  'goalkeeper',
  'captain',
  'coach',
  'manager',
]

/** Members of a legislature, whose "for" names a constituency: "the Labour MP for Birkenhead". */
export const MEMBER_TITLES: readonly string[] = ['MP', 'MSP', 'MEP', 'AM', 'MLA', 'TD', 'member', 'Member']

/** Words that make a name an organization when they head it: "University of Kent", "Jacobi Hospital". */
export const INSTITUTION_HEADS: readonly string[] = [
  'University',
  'College',
  'Hospital',
  'Infirmary',
  'Clinic',
  'School',
  'Academy',
  'Museum',
  'Library',
  'Gallery',
  'Theatre',
]

/** Words that make a name a place when they end it: "Whitestone Bridge", "Bruckner Boulevard". */
export const THOROUGHFARE_HEADS: readonly string[] = [
  'Avenue',
  'Boulevard',
  'Bridge',
  'Drive',
  'Expressway',
  'Highway',
  'Parkway',
  'Plaza',
  'Road',
  'Square',
  'Street',
  'Tunnel',
  'Motorway',
]
