// Common nouns written right before or after a lone name that say what the name is ("US firm Pellcom", "the film
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
  'department',
  'ministry',
  'agency',
  'auditor',
  'consultancy',
  'union',
  'club',
  'association',
  'federation',
  'society',
  'group',
  'fund',
  'bourse',
]

/** Nouns that say the name after them is a work or a product, no actor: "the film Sideways", "the pill Dormex". */
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
  'series',
  'programme',
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
  'book',
  'animation',
  'serial',
  'trilogy',
  'franchise',
  'anthology',
  'memoir',
  'podcast',
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

/** Titles of a band's players, after the band's name: "Vexmen guitarist Bo Reed". */
export const BAND_TITLES: readonly string[] = [
  'frontman',
  'frontwoman',
  'singer',
  'guitarist',
  'drummer',
  'bassist',
  'keyboardist',
]

/**
 * Titles of members of a body, which a lone name before them names: "U2 frontman Bono", "Chelsea striker Didier
 * Drogba", "Humberside chief David Westwood". A name before a title tied to a person ("Blair aide") is neither.
 */
export const MEMBER_OF_BODY_TITLES: readonly string[] = [
  ...BAND_TITLES,
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

/** Nouns of a sporting event, which may stand right before a team's name: "After the game Dunmore Rovers manager …". */
export const EVENT_NOUNS: readonly string[] = ['game', 'match', 'race', 'final', 'fixture', 'derby']

/** Members of a legislature, whose "for" names a constituency: "the Labour MP for Birkenhead". */
export const MEMBER_TITLES: readonly string[] = ['MP', 'MSP', 'MEP', 'AM', 'MLA', 'TD', 'member', 'Member']

/**
 * Words that make a name an organization when they head it: "University of Kent", "Jacobi Hospital", and the
 * heads of bodies' names, which no place or person ends in: "Tarrow County Council", "Friends of Vale Park".
 */
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
  'Theater',
  'Studios',
  'Council',
  'Committee',
  'Commission',
  'Trust',
  'Foundation',
  'Association',
  'Federation',
  'Institute',
  'Agency',
  'Authority',
  'Society',
  'Department',
  'Ministry',
  'Friends',
]

/** Heads of places a body runs: "Tarrow Airport said flights would resume" is the airport's operator speaking. */
export const OPERATED_PLACE_HEADS: readonly string[] = ['Airport', 'Stadium', 'Arena', 'Port']

/** Words that make a name a place when they end it: "Whitestone Bridge", "Bruckner Boulevard", "Emirates Stadium". */
export const THOROUGHFARE_HEADS: readonly string[] = [
  'Airport',
  'Stadium',
  'Quay',
  'Wharf',
  'Harbour',
  'Harbor',
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
  'Pavilion',
  'Pier',
]

/**
 * Prepositions of place: before a list of places ("from Reno and Carson City"), a town and its county ("in
 * Chatham, Kent") or a place named like a person ("to Port Elsey").
 */
export const LOCATIVES: readonly string[] = [
  'in',
  'to',
  'from',
  'near',
  'at',
  'outside',
  'between',
  'across',
  'through',
  'into',
  'towards',
]

/** Nouns after a lone name that make it a family's, hence a person's: "the Kennedy family", not a place. */
export const FAMILY_NOUNS: readonly string[] = ['family', 'families', 'clan', 'dynasty', 'household']

/**
 * Words that show a team or a body in a sentence where a name owns a person by name: "Harlow's Tim Pask
 * scored twice" names a club, "Blair's Alastair Campbell said" names no body.
 */
export const TEAM_WORDS: readonly string[] = [
  'club',
  'side',
  'team',
  'squad',
  'league',
  'cup',
  'match',
  'fixture',
  'scored',
  'goal',
  'goals',
  'try',
  'tries',
  'wicket',
  'wickets',
  'innings',
  'player',
  'players',
  'signing',
  'transfer',
  'band',
  'lineup',
  'line-up',
]
