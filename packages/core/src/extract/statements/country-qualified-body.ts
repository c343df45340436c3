import type { Span } from '../../schemas/span.ts'
import type { Anchor } from './anchors.ts'
import { actorForDescriptor, type Discourse, type EarlierSpeaker } from './antecedents.ts'

// Nouns of a business, which a country only qualifies ("the US company"); a country's regulator, ministry or
// agency ("the US regulator") may speak for the country itself and keeps it.
const BUSINESS_NOUNS = new Set(
  'company firm group airline bank carrier retailer manufacturer insurer operator broadcaster network giant carmaker drugmaker lender supermarket conglomerate'.split(
    ' ',
  ),
)
// "The US company", "the Australian firm": "the", the country's name or demonym, at most two lower-case words, and a
// business's noun last.
const QUALIFIED_BODY =
  /^(?:[Tt]he|[Tt]his) [\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]*){0,2}(?: [\p{Ll}-]+){0,2} ([\p{Ll}-]+)$/u

/**
 * The business a country only qualifies: "Multiplex has cut its forecast. The Australian firm said …" is Multiplex
 * speaking, not Australia — the body in view that "the firm" stands for. Undefined when the source is not "the",
 * the country and a business's noun, or when no body is in view (then the country speaks, as before).
 * @example bodyQualifiedByCountry(discourse, source, anchor, earlier) // 'organization:multiplex'
 */
export function bodyQualifiedByCountry(
  discourse: Discourse,
  source: Span,
  country: Anchor,
  earlier: readonly EarlierSpeaker[],
): string | undefined {
  if (country.kind !== 'country') return undefined
  const { view } = discourse.parsed
  const words = view.slice(source.start, source.end).trim()
  const match = QUALIFIED_BODY.exec(words)
  // "the Libyan central bank" is the state's own bank.
  if (!match || !BUSINESS_NOUNS.has(match[1] as string) || / central /i.test(words)) return undefined
  // The country's words come right after "the": "the US company", not "the company's US arm".
  const opening = view.slice(source.start, country.start).trim().toLowerCase()
  if (opening !== 'the' && opening !== 'this') return undefined
  const body = actorForDescriptor(discourse, source, earlier)
  return body !== undefined && discourse.actors.get(body)?.kind === 'organization' ? body : undefined
}
