import { countStartingBefore } from '../../parse/count-before.ts'
import type { Token } from '../../parse/document.ts'
import type { Span } from '../../schemas/span.ts'
import type { Discourse } from './antecedents.ts'

// The members of a parliament, bare: "MPs", "the MPs", "MPs and peers", "MSPs".
const MEMBERS_OF_PARLIAMENT =
  /^(?:(?:[Tt]he|[Tt]hese|[Tt]hose)\s+)?(?:MPs|MSPs|AMs|MLAs|MEPs|TDs|peers)(?:\s+and\s+(?:MPs|peers))?$/
// Words that may stand right before the source without qualifying the members ("But MPs said", "In May, MPs").
const OPENERS = new Set(
  'but and yet so however meanwhile now also today yesterday then while as although though when because where'.split(
    ' ',
  ),
)

// A body the text says is made of members: "a committee of MPs", "a group of MPs and peers".
const MADE_OF_MEMBERS =
  /\b(?:a|an|the)\s+(?:[a-z-]{1,20}\s+){0,2}?([a-z]{2,20})\s+of\s+(?:MPs|MSPs|AMs|MLAs|MEPs|TDs|peers)\b/g
// Heads of such a phrase that a committee may be called.
const COMMITTEE_WORDS = new Set(['committee', 'commission', 'panel', 'inquiry'])

/** Each article's committees by name, found once per article. */
const committeesOf = new WeakMap<Discourse, ReadonlySet<string>>()

function committees(discourse: Discourse): ReadonlySet<string> {
  const known = committeesOf.get(discourse)
  if (known) return known
  const found = new Set<string>()
  for (const anchor of discourse.anchors) {
    if (anchor.kind !== 'organization' || anchor.form !== 'name') continue
    const name = discourse.actors.get(anchor.actor)?.name.toLowerCase() ?? ''
    if (name.split(/\s+/).includes('committee')) found.add(anchor.actor)
  }
  // "a group of MPs has warned": members gathered in another body than the committee are not it.
  for (const match of discourse.parsed.view.matchAll(MADE_OF_MEMBERS))
    if (!COMMITTEE_WORDS.has(match[1] as string)) found.clear()
  committeesOf.set(discourse, found)
  return found
}

/** Whether the word before the source leaves the members bare: none, a mark, or an opener ("But MPs said"). */
function standsBare(discourse: Discourse, source: Span): boolean {
  const { tokens } = discourse.parsed
  const before = tokens[countStartingBefore(tokens, source.start) - 1] as Token | undefined
  if (!before) return true
  // A word of the sentence before ends with its stop: the source opens its sentence.
  if (!/\p{L}/u.test(before.text)) return true
  return OPENERS.has(before.text.toLowerCase())
}

/**
 * The committee a bare "MPs" speaks for: a report of a parliamentary committee calls it "MPs" as often as by its
 * name ("Visas are rushed, MPs have said. The Audit Committee found …", "The MPs also urged …"), and a reader takes
 * the two for one body. The one committee the article names; undefined when it names none or two, when it gathers
 * MPs in another body ("a group of MPs"), or when the source qualifies them ("backbench MPs", "Labour MPs").
 * @example committeeOfMembers(discourse, source, 'MPs') // 'organization:public-accounts-committee'
 */
export function committeeOfMembers(discourse: Discourse, source: Span, words: string): string | undefined {
  if (!MEMBERS_OF_PARLIAMENT.test(words) || !standsBare(discourse, source)) return undefined
  const named = committees(discourse)
  return named.size === 1 ? [...named][0] : undefined
}
