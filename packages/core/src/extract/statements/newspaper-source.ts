import { countStartingBefore } from '../../parse/count-before.ts'
import type { Anchor } from './anchors.ts'
import type { Discourse } from './antecedents.ts'

// A source that is a newspaper by its common noun: "the paper", "the newspaper", "the daily".
const NEWSPAPER_SOURCE = /^the (?:news)?paper$/
// The last words of newspapers' names, as British and American titles run ("the Financial Times", "the Daily
// Telegraph", "the Washington Post"). Written by hand from general knowledge of the press.
const MASTHEAD =
  /\s?(?:Times|Telegraph|Guardian|Mail|Post|Herald|Journal|Observer|Independent|Mirror|Express|Sun|Standard|Gazette|Chronicle|Tribune|Scotsman|Record|Star|Inquirer|Examiner)$/
// How far back (in characters) the newspaper may have been named.
const LOOK_BACK = 3000

/**
 * "The Telegraph claimed … The newspaper said it was in the public interest": "the paper" or "the newspaper" as a
 * source is the newspaper named last before it, within a few paragraphs; none named, no one.
 * @example newspaperBefore(discourse, 'the newspaper', source.start) // 'organization:daily-telegraph'
 */
export function newspaperBefore(discourse: Discourse, source: string, start: number): string | undefined {
  if (!NEWSPAPER_SOURCE.test(source)) return undefined
  for (let i = countStartingBefore(discourse.anchors, start) - 1; i >= 0; i--) {
    const anchor = discourse.anchors[i] as Anchor
    if (anchor.start < start - LOOK_BACK) break
    if (anchor.form !== 'name' || anchor.kind !== 'organization') continue
    if (MASTHEAD.test(discourse.actors.get(anchor.actor)?.name ?? '')) return anchor.actor
  }
  return undefined
}
