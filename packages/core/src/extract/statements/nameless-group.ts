import type { ParsedArticle } from '../../parse/document.ts'
import type { Statement } from '../../schemas/statement.ts'

// A share of people polled or counted: "63% of voters", "Forty per cent", "More than half (55%) of the
// respondents", "one in three adults".
const SHARE =
  /^(?:(?:more|less|fewer)\s+than\s+|nearly\s+|almost\s+|about\s+|around\s+|over\s+|just\s+|only\s+|some\s+)?(?:\d[\d.,]{0,6}\s?(?:%|per\s?cent\b|percent\b)|\p{L}+(?:-\p{L}+)?\s+(?:per\s?cent|percent)\b|(?:a|one)\s+(?:third|quarter|fifth)\b|half\b|two-thirds\b|three-quarters\b|(?:a|the)\s+majority\b|one\s+in\s+\p{L}+\b)/iu
// Plural nouns for people or bodies news leaves nameless: "economists", "many firms", "Shoppers say".
const NAMELESS_PLURALS: ReadonlySet<string> = new Set(
  'economists commentators users consumers customers shoppers voters parents teachers doctors nurses workers employees fans viewers listeners readers owners traders investors dealers brokers academics historians scholars psychologists manufacturers retailers firms companies businesses charities supporters opponents campaigners protesters activists locals villagers families victims patients students pupils drivers passengers landlords tenants farmers'.split(
    ' ',
  ),
)
// Plural nouns that, bare, often stand for a team the text named ("Lukas Reed of Vexco said … said researchers"):
// nameless only with a quantifier ("some researchers", "many lawyers").
const QUANTIFIED_PLURALS: ReadonlySet<string> = new Set(
  'researchers scientists investigators prosecutors lawyers organisers organizers detectives officers agents delegates executives managers bosses engineers developers analysts experts'.split(
    ' ',
  ),
)
// What may come before such a noun: a quantifier ("some", "two", "a number of") and up to two lower-case modifiers
// ("many small firms", "some senior economists"); no determiner that points back ("the researchers").
const QUANTIFIER =
  /^(?:(?:some|many|most|several|few|other|various|numerous|two|three|four|five|six|seven|eight|nine|ten|\d{1,6}|a\s+few|a\s+number\s+of|a\s+group\s+of|a\s+handful\s+of|dozens\s+of|hundreds\s+of|thousands\s+of)\s+)?/i
// A person the text says it does not name: "the unnamed woman", "an unidentified man from Leeds".
const UNNAMED = /^(?:the|an?)\s+(?:unnamed|unidentified|anonymous)\s/i
// How many lower-case modifiers may stand before the plural noun.
const MODIFIERS = 2

/**
 * Whether a source names only people or bodies the text leaves nameless, so that a careful reader calls the statement
 * anonymous rather than its speaker unknown: a share of those polled ("44% of voters say"), a bare or quantified plural
 * ("Economists said", "some researchers believe"), a person the text calls unnamed. Not "the researchers" nor a bare
 * "researchers" (they may be the team the text named), nor a capitalised name ("Vexco engineers").
 * @example isNamelessGroup('Forty per cent of shoppers') // true
 */
export function isNamelessGroup(words: string): boolean {
  if (words.length > 80) return false
  if (SHARE.test(words) || UNNAMED.test(words)) return true
  // A capital opening the sentence ("Economists said", "Some firms") is no name; "Vexco engineers" keeps its name.
  const lowered = words.charAt(0).toLowerCase() + words.slice(1)
  const first = lowered.split(/\s/, 1)[0] ?? ''
  const opening =
    NAMELESS_PLURALS.has(first) || QUANTIFIED_PLURALS.has(first) || QUANTIFIER.exec(lowered)?.[0]
      ? lowered
      : words
  const quantifier = QUANTIFIER.exec(opening)?.[0] ?? ''
  const rest = opening.slice(quantifier.length).split(/\s+/)
  const noun = rest.at(-1) ?? ''
  const nameless = NAMELESS_PLURALS.has(noun) || (quantifier !== '' && QUANTIFIED_PLURALS.has(noun))
  if (!nameless || rest.length > MODIFIERS + 1) return false
  return rest.slice(0, -1).every((word) => /^\p{Ll}[\p{Ll}-]*$/u.test(word) && !POINTING.has(word))
}

// Determiners that point back to people the text has named: "the researchers", "their lawyers".
const POINTING: ReadonlySet<string> = new Set(
  'the this that these those their his her its our my your whose'.split(' '),
)

/**
 * A statement left without a speaker whose source names only a nameless group (see isNamelessGroup): anonymous, not
 * unresolved. Speakerless statements with a resolvable source, and all with a speaker, are kept as they are.
 * @example anonymousIfNameless(parsed, statement).speakerReason // 'anonymous' for "Economists said …"
 */
export function anonymousIfNameless(parsed: ParsedArticle, statement: Statement): Statement {
  const { source } = statement
  if (!source || statement.speaker !== null || statement.speakerReason !== 'unresolved') return statement
  return isNamelessGroup(parsed.view.slice(source.start, source.end).trim())
    ? { ...statement, speakerReason: 'anonymous' }
    : statement
}
