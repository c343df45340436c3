// Political parties and the places that stand for a government, as news writes them. Written by hand from
// general knowledge of British, American and European politics; matched as whole names, case-sensitively.

/** A party and every form of its name that means the party itself ("the Tories", "Tory", "Lib Dems"). */
export interface PartyForms {
  /** The canonical name, also the actor's id slug. */
  readonly name: string
  readonly forms: readonly string[]
}

/** Parties whose short forms news uses on their own ("Labour said", "a Tory MP", "the Lib Dems"). */
export const PARTIES: readonly PartyForms[] = [
  {
    name: 'Labour Party',
    forms: ['Labour Party', 'Labour', 'New Labour', 'Scottish Labour', 'Welsh Labour'],
  },
  {
    name: 'Conservative Party',
    forms: ['Conservative Party', 'Conservatives', 'Tory Party', 'Tories', 'Tory', 'Conservative'],
  },
  {
    name: 'Liberal Democrats',
    forms: [
      'Liberal Democrats',
      'Liberal Democrat Party',
      'Liberal Democrat',
      'Lib Dems',
      'Lib Dem',
      'LibDems',
    ],
  },
  { name: 'Scottish National Party', forms: ['Scottish National Party', 'SNP'] },
  { name: 'Plaid Cymru', forms: ['Plaid Cymru', 'Plaid'] },
  { name: 'UK Independence Party', forms: ['UK Independence Party', 'UKIP', 'Ukip'] },
  { name: 'Democratic Unionist Party', forms: ['Democratic Unionist Party', 'DUP'] },
  { name: 'Ulster Unionist Party', forms: ['Ulster Unionist Party', 'UUP'] },
  { name: 'Sinn Fein', forms: ['Sinn Fein', 'Sinn Féin'] },
  { name: 'Green Party', forms: ['Green Party', 'Greens'] },
  { name: 'Brexit Party', forms: ['Brexit Party'] },
  // American parties by their full names only: "Democrats", "Republican" alone are members and adjectives.
  { name: 'Democratic Party', forms: ['Democratic Party'] },
  { name: 'Republican Party', forms: ['Republican Party', 'GOP'] },
]

// Forms that are also ordinary adjectives or nouns when not used of the party: matched only mid-sentence or
// before a title or name ("Conservative MP", "Democratic senator"), never as "Conservative estimates".
export const ADJECTIVE_PARTY_FORMS: readonly string[] = [
  'Conservative',
  'Democratic',
  'Democrat',
  'Republican',
  'Plaid',
]

/** Buildings and streets whose name stands for a country's government ("Downing Street said"), by ISO code. */
export const GOVERNMENT_SEATS: Readonly<Record<string, readonly string[]>> = {
  GB: [
    'Downing Street',
    'Downing St',
    'Downing St.',
    'No 10',
    'No. 10',
    'Number 10',
    'Number Ten',
    'Whitehall',
  ],
  US: ['White House'],
  RU: ['Kremlin'],
  FR: ['Elysee', 'Élysée', 'Elysee Palace', 'Élysée Palace'],
  CN: ['Zhongnanhai'],
  KR: ['Blue House'],
  JP: ['Kantei'],
  IN: ['South Block'],
}

/**
 * A government's verbs of saying after a capital or a body ("Moscow warned", "the government said").
 */
export const GOVERNMENT_SAYING_VERBS: readonly string[] = [
  'said',
  'says',
  'say',
  'warned',
  'warns',
  'insisted',
  'insists',
  'denied',
  'denies',
  'accused',
  'accuses',
  'rejected',
  'rejects',
  'responded',
  'responds',
  'claimed',
  'claims',
  'argued',
  'argues',
  'urged',
  'urges',
  'demanded',
  'demands',
  'threatened',
  'threatens',
  'condemned',
  'condemns',
  'criticised',
  'criticized',
  'criticises',
  'criticizes',
  'protested',
  'blamed',
  'blames',
  'vowed',
  'vows',
  'maintains',
  'maintained',
  'dismissed',
  'dismisses',
  'confirmed',
  'confirms',
  'stated',
  'states',
  'added',
]

/**
 * A government's acts and wishes ("Moscow imposed", "the government hopes"): a capital that does them is its
 * government as much as one that speaks, but the plain noun "the government" does them as often as a speaker.
 */
export const GOVERNMENT_ACTS: readonly string[] = [
  'announced',
  'announces',
  'called',
  'calls',
  'refused',
  'refuses',
  'agreed',
  'agrees',
  'wants',
  'wanted',
  'hopes',
  'hoped',
  'fears',
  'feared',
  'believes',
  'retaliated',
  'imposed',
  'sanctioned',
  'signalled',
  'signaled',
  'hit',
  'welcomed',
  'welcomes',
  'expelled',
  'summoned',
]

/**
 * Verbs after which a capital is its government acting or speaking ("Beijing said", "Moscow warned",
 * "Washington insists"), and auxiliaries that may come between ("Moscow has warned").
 */
export const GOVERNMENT_VERBS: readonly string[] = [...GOVERNMENT_SAYING_VERBS, ...GOVERNMENT_ACTS]

/** Auxiliaries and adverbs allowed between a capital and its verb ("Moscow has also warned"). */
export const GOVERNMENT_VERB_GAP: readonly string[] = [
  'has',
  'had',
  'have',
  'will',
  'would',
  'also',
  'has also',
  'quickly',
  'again',
  'repeatedly',
  'later',
  'then',
  'however',
]
