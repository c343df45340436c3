import { ROLE_HEADS } from '../../data/actors/roles.ts'

// Epithets: the nouns news writes instead of a name it gave before ("the 23-year-old said", "the comedian added",
// "said the Sale full-back"). Unlike an office ("the minister"), an epithet names no post an actor's role would
// hold, so whom it stands for is the person the text is about, or the person it gave that age.

// An age used as a noun or before one: "the 23-year-old", "the 74-year-old comedian".
const AGE = /^(\d{1,3})-years?-old$/

// Head nouns of an epithet for one person: trades, arts, sports and the like, which a report uses to avoid
// repeating a name. Words that as often stand for someone the text never names ("the man", "the woman", "the
// victim") are left out.
const EPITHET_NOUNS: ReadonlySet<string> = new Set(
  `star superstar megastar celebrity celeb actor actress singer songwriter rapper comedian presenter broadcaster
  host writer novelist poet
  artist musician guitarist drummer producer film-maker filmmaker designer chef entrepreneur businessman
  businesswoman tycoon billionaire millionaire magnate financier banker player striker midfielder defender
  goalkeeper keeper winger full-back fly-half scrum-half captain skipper coach manager champion debutant
  veteran athlete sprinter runner cyclist golfer boxer batsman bowler jockey swimmer footballer cricketer
  youngster teenager campaigner activist politician journalist columnist academic professor scientist`.split(
    /\s+/,
  ),
)

// A word for a former member or holder, "ex-" and what they were: "ex-Wallaby", "ex-captain".
const FORMER = /^[Ee]x-(\p{L}[\p{L}'’]*)$/u
// Office heads: "the ex-President" is a former holder of an office, whom the text may not name, not an epithet.
const OFFICES: ReadonlySet<string> = new Set(ROLE_HEADS)

/** The age an epithet gives, as the digits a "Tom Reed, 23," appositive writes: "23" of "23-year-old". */
export function epithetAge(words: readonly string[]): string | undefined {
  for (const word of words) {
    const age = AGE.exec(word)?.[1]
    if (age !== undefined) return age
  }
  return undefined
}

/**
 * Whether a description's last word is an epithet for a person rather than an office: an age ("the
 * 23-year-old") or a trade ("the comedian", "the Sale full-back").
 * @example isPersonEpithet('23-year-old') // true
 */
export function isPersonEpithet(word: string): boolean {
  const lower = word.toLowerCase()
  if (AGE.test(lower) || EPITHET_NOUNS.has(lower)) return true
  // "the ex-Wallaby", "the ex-captain": a former member of a side, or one of a trade, is the person the text is
  // about; an "ex-" before any other lower-case noun ("the ex-wife") is as often someone else's, so it is left out,
  // and so is a capitalised office ("the ex-President"), which names a post as "the minister" does.
  const rest = FORMER.exec(word)?.[1]
  if (rest === undefined) return false
  const noun = rest.toLowerCase()
  return EPITHET_NOUNS.has(noun) || (/^\p{Lu}/u.test(rest) && !OFFICES.has(noun))
}

/**
 * A description's words lower-cased, but for an "ex-Capital" word, whose capital isPersonEpithet reads to tell a
 * former member of a side ("ex-Wallaby") from an "ex-wife".
 * @example descriptionCase('Sale ex-Wallaby') // 'sale ex-Wallaby'
 */
export function descriptionCase(text: string): string {
  return text
    .split(' ')
    .map((word) => (/^[Ee]x-\p{Lu}/u.test(word) ? word : word.toLowerCase()))
    .join(' ')
}
