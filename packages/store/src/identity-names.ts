// Full-name "persons" whose given word is no name: headline slogans and phrases the actors stage took for names
// ("Crooked Hillary", "Indict Hillary"). Such a person bears its last word as a surname, so a lone given name
// ("Hillary") fitted it as well as the real bearer and stayed its own. As a surname's bearer it does not count.
import { sql } from 'drizzle-orm'
import { queryRows, type Tx } from './database.ts'
import type { Steps } from './steps.ts'

/** A full-name person that bears a word as its surname, with its given word, as resolution asks about it. */
export type SurnameBearer = {
  id: string
  given: string
  /** The article being ingested writes it in its body (not only in its headline). */
  inBodyHere: boolean
  /** The article being ingested names it in its headline. */
  inHeadlineHere: boolean
  /** The article being ingested writes its given word in lower case, as an ordinary word. */
  lowerHere: boolean
}

/**
 * Whether `text` writes `word` (lower case, letters and digits only, as `nameWords` gives it) in lower case as a
 * word of its own: then it is an ordinary word there, not a name. The word needs no escaping; no quantifier.
 * @example writesLower('a crooked deal', 'crooked') // true
 */
export function writesLower(text: string, word: string): boolean {
  if (!isLowerWord(word)) return false
  return new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'u').test(text)
}

/** Whether `word` is lower case, letters and digits only: the only kind `writesLower` looks for. */
function isLowerWord(word: string): boolean {
  return /^[\p{Ll}\p{Lo}\p{N}]+$/u.test(word)
}

/** A run of letters and digits at `lastIndex`, as long as it goes: a word as `writesLower` bounds it. One quantifier. */
const WORD_AT = /[\p{L}\p{N}]+/uy

/** A run of anything else at `lastIndex`: what lies between two words. One quantifier. */
const GAP_AT = /[^\p{L}\p{N}]+/uy

/** Words read between two yields of `textWordsSteps`. */
const WORDS_PER_STEP = 5_000

/**
 * Every word of `text` (each run of letters and digits, as long as it goes), read in steps (`steps.ts`): what
 * `writesLower` asks of a text once for all the words asked about it. Each call of `writesLower` reads the whole
 * text, and a text of megabytes has thousands of persons to ask about (4.9 s of the caller's thread at 4 MB).
 * Words and gaps are found with `test` at a sticky position, which makes no match object: `exec`'s, one per word,
 * were 70 bytes of the server's heap per byte of a long text, garbage it collected while the article was stored.
 * @example runSteps(textWordsSteps('a crooked deal')) // Set { 'a', 'crooked', 'deal' }
 */
export function* textWordsSteps(text: string): Steps<Set<string>> {
  const words = new Set<string>()
  const word = new RegExp(WORD_AT.source, WORD_AT.flags)
  const gap = new RegExp(GAP_AT.source, GAP_AT.flags)
  let read = 0
  for (let at = 0; at < text.length; ) {
    word.lastIndex = at
    if (word.test(text)) {
      words.add(text.slice(at, word.lastIndex))
      at = word.lastIndex
      if (++read % WORDS_PER_STEP === 0) yield
      continue
    }
    gap.lastIndex = at
    // What is not a word here is a gap of at least one code point; the guard only ends the loop were it not.
    if (!gap.test(text)) break
    at = gap.lastIndex
  }
  return words
}

/**
 * `writesLower(text, word)` answered from the text's words (`textWordsSteps`): the same answer, since a lower-case
 * word of letters and digits with no letter or digit on either side is one whole run of them.
 * @example writesLowerIn(runSteps(textWordsSteps('a crooked deal')), 'crooked') // true
 */
export function writesLowerIn(words: ReadonlySet<string>, word: string): boolean {
  return isLowerWord(word) && words.has(word)
}

/**
 * The most articles that may name a bearer whose given word, written in lower case elsewhere, makes it no name: a
 * phrase is named in few; a person named in more is taken for a name (one whose given name is also a common word,
 * "Rush", "Hope", stays a bearer once a few articles name it in their bodies).
 */
export const FEW_ARTICLES = 5

/**
 * The ids of the bearers that are no names, read in one statement: a bearer's given word is no other person's
 * given name, and it is named, only in headlines (one nothing names, as a registered or backfilled actor, is not judged so), or its given word is written in lower case as an ordinary word
 * (in this article, or in any stored one when at most FEW_ARTICLES name the bearer). "Jeb Bush" and "Reince
 * Priebus" bear given names no one else bears but are named in bodies and never in lower case; "Bill Clinton"
 * shares his given name with others ("bill" is a common word too); "Indict Hillary" is only in a headline and
 * "crooked" is an ordinary word. `givenHere` are the given words the article's own persons bear (not stored
 * yet). A bearer new in this article has no stored mentions and is judged by the article.
 */
export async function readNotNames(
  tx: Tx,
  bearers: readonly SurnameBearer[],
  givenHere: ReadonlyMap<string, ReadonlySet<string>>,
): Promise<Set<string>> {
  // A given word another person of this article bears is a name: no need to ask.
  const asked = bearers.filter(
    ({ id, given }) => ![...(givenHere.get(given) ?? [])].some((other) => other !== id),
  )
  if (asked.length === 0) return new Set()
  const list = JSON.stringify(
    asked.map((b) => ({ id: b.id, given: b.given, b: b.inBodyHere, h: b.inHeadlineHere, l: b.lowerHere })),
  )
  // In this order, each asked only when the one before leaves it open: the given word's other bearers (an
  // index lookup), a mention in a body (stops at the first; its article's `body_start` read by key, where parsing
  // the stored analysis cost about a millisecond a bearer), then the lower-case word in any stored article, found
  // through the full-text index (which is not case-sensitive) and asked only of a bearer that few articles name. The word boundaries are PostgreSQL's, around letters and digits: no quantifier that can backtrack.
  // The planner costs the regular expression as cheaply as a comparison and takes a small store's articles in
  // a sequential scan, matching it against every stored text for each bearer asked (most are): a cost that
  // grows with the store, most of PostgreSQL's time per article at a few hundred articles. Every lookup here
  // has its index; sequential scans are off for this one statement (`withoutSeqScans`). Whether the bearer has a
  // name mention at all is a scalar subquery, not `exists`: the planner turned that `exists` into a hash of every
  // name mention of the store, read in a sequential scan (the setting only discourages one) whenever a bearer had
  // no mention in a body: 14 ms a call at 200 articles, growing with the store.
  const rows = await withoutSeqScans(tx, () =>
    queryRows<{ id: string }>(
      tx,
      sql`select s.id from jsonb_to_recordset(${list}::jsonb) as s(id text, given text, b boolean, h boolean, l boolean)
      where case
        when exists (select 1 from actor_name_keys k where k.key = 'g:' || s.given and k.actor_id <> s.id)
          then false
        when not (s.b or exists (select 1 from mentions m where m.actor_id = s.id and m.form is null
            and m.start >= (select r.body_start from articles r where r.id = m.article_id)))
          and (s.h or (select true from mentions m where m.actor_id = s.id and m.form is null limit 1))
          then true
        when s.l then true
        when coalesce((select a.article_count from actors a where a.id = s.id), 0) > ${FEW_ARTICLES} then false
        else exists (select 1 from articles r
          where r.search @@ plainto_tsquery('english', s.given) and r.text ~ ('\\m' || s.given || '\\M'))
      end`,
    ),
  )
  return new Set(rows.map(({ id }) => id))
}

/**
 * Runs one query of the transaction with the planner's sequential scans off, and puts the setting back as it
 * was: for a statement whose every step has an index that the planner would pass over on a small table.
 */
async function withoutSeqScans<Row>(tx: Tx, query: () => Promise<Row[]>): Promise<Row[]> {
  const [was] = await queryRows<{ was: string }>(
    tx,
    sql`select current_setting('enable_seqscan') as was, set_config('enable_seqscan', 'off', true)`,
  )
  // No `finally` for the restore: `set_config(…, true)` holds for the transaction alone, and a statement that fails
  // aborts the transaction (or the savepoint it runs in) and so undoes the setting with it.
  const rows = await query()
  await tx.execute(sql`select set_config('enable_seqscan', ${was?.was ?? 'on'}, true)`)
  return rows
}
