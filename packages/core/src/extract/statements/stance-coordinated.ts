import type { ParsedArticle, Token } from '../../parse/document.ts'
import type { Stance, Statement } from '../../schemas/statement.ts'
import { type Anchor, anchorsWithin } from './anchors.ts'
import { BE_FORMS } from './lexicon.ts'
import { CUE_VERBS, judgingSign } from './stance-lexicon.ts'
import { canTarget, isRival, type Sides } from './stance-sides.ts'
import { QUOTE_MARKS, tokensWithin } from './stance-words.ts'

// Helpers that may stand between "and" and the verb it coordinates: "and has failed", "and then betrayed".
const HELPERS = new Set(['has', 'have', 'had', 'then', 'also', 'now', 'still', 'again', 'simply', 'just'])

// Words that open a clause or a subject of their own between the actor and "and": after them the verb is another's.
const OTHER_SUBJECT =
  /^(?:he|she|they|it|we|i|you|who|which|that|whose|whom|because|if|when|while|although|though|but|this|these|those)$/

const ARTICLES = new Set(['the', 'The'])

// Reporting verbs that open a clause whose subject may be the coordinated verb's: "Y said Peru had lied and failed".
const REPORTING =
  /^(?:said|says|say|told|claimed|claims|argued|argues|insisted|insists|believed|believes|thought|thinks)$/

/** How many tokens the first predicate may take before "and": "Y has had the chance to fix the roads". */
const MOST_BETWEEN = 16
/** How many tokens the content may run on after the verb: its object, "the voters". */
const MOST_AFTER = 4

/**
 * The stance of a content that opens with an actor as subject and closes with a judging verb coordinated
 * with the actor's own, near the content's end: "Y has had the chance to fix the roads *and has failed*", "Y promised reform and betrayed
 * voters". The verb's subject is the actor however far the first predicate runs, as long as no other subject,
 * clause or actor stands between, and nothing denies it ("and has not failed").
 * @example coordinatedStance(parsed, statement, anchors, sides) // { target: 'person:tom-reed', polarity: 'oppose', … }
 */
export function coordinatedStance(
  parsed: ParsedArticle,
  statement: Statement,
  anchors: readonly Anchor[],
  sides: Sides,
): Stance | undefined {
  const { content } = statement
  const words = tokensWithin(parsed.tokens, content.start, content.end)
  let k = 0
  while (k < words.length && (QUOTE_MARKS.has(words[k]?.text ?? '') || words[k]?.text === 'that')) k++
  // The actor's name may take its article or leave it out: "the Green Party" or "Green Party".
  const subject =
    subjectAt(anchors, words[k], content.end) ??
    (ARTICLES.has(words[k]?.text ?? '') ? subjectAt(anchors, words[k + 1], content.end) : undefined)
  if (!subject) return undefined
  let at = k
  while (at < words.length && (words[at] as Token).end <= subject.end) at++
  for (let i = at; i < Math.min(words.length, at + MOST_BETWEEN); i++) {
    const lower = (words[i] as Token).text.toLowerCase()
    // "Y was shot and killed by police": after a form of "be" the participle is passive, a thing done to Y.
    if (OTHER_SUBJECT.test(lower) || /^[,;:.!?]$/.test(lower) || BE_FORMS.has(lower)) return undefined
    // Another actor may be the subject of a clause of its own ("Y said Z had lied and failed"); a place or a
    // country in the object is where ("the problems facing Peru"), unless a reporting verb opened a clause.
    const others = anchorsWithin(anchors, (words[i] as Token).start, (words[i] as Token).end)
    if (others.some((other) => other.kind !== 'country' && other.kind !== 'location')) return undefined
    if (REPORTING.test(lower)) return undefined
    if (lower !== 'and' || i === at) continue
    let v = i + 1
    while (v < words.length && HELPERS.has((words[v] as Token).text.toLowerCase())) v++
    const verb = words[v]
    const verbText = verb?.text.toLowerCase() ?? ''
    if (!verb || !/ed$/.test(verbText)) return undefined
    // The verb closes the content, but for a short object: "and has failed", "and failed the voters".
    if (words.length - v > MOST_AFTER) return undefined
    if ((words[v + 1]?.text ?? '').toLowerCase() === 'by') return undefined
    // "Y read the report and praised it", "and blamed the referee": a verb of attitude is Y's stance toward its
    // object, not a judgement of Y. Only a verb of what Y did judges Y ("and failed", "and betrayed voters").
    if (isAttitude(verbText)) return undefined
    const sign = judgingSign(verbText)
    if (sign === 0) return undefined
    const polarity = sign < 0 ? 'oppose' : 'support'
    if (!canTarget(subject, polarity, sides)) return undefined
    // Praise of a rival camp is irony more often than not, as in the learned pass.
    if (polarity === 'support' && isRival(sides, subject.actor)) return undefined
    return { target: subject.actor, polarity, evidence: { start: verb.start, end: verb.end } }
  }
  return undefined
}

// Verbs of feeling toward someone or something, beside the reporting verbs of stance ("praised", "blamed").
const ATTITUDES =
  /^(?:trust|distrust|mistrust|admir|respect|lov|hat|lik|dislik|despis|fear|envi|resent|adore|prefer)/

/** Whether a verb tells its subject's attitude toward its object rather than what the subject did. */
export function isAttitude(lower: string): boolean {
  return ATTITUDES.test(lower) || CUE_VERBS.some((verb) => lower.startsWith(verb.prefix))
}

/** The actor named (by name or title) from the token on, as the clause's subject. */
function subjectAt(anchors: readonly Anchor[], token: Token | undefined, end: number): Anchor | undefined {
  if (!token) return undefined
  return anchorsWithin(anchors, token.start, end).find(
    (anchor) => anchor.start === token.start && (anchor.form === 'name' || anchor.form === 'title'),
  )
}
