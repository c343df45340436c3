import type { ArticleMentions } from './mentions.ts'
import type { TaggedArticle } from './tag-article.ts'

// Air forces' short forms that name a base when its place's name follows ("RAF Fairford", "USAF Ramstein"), a
// closed class. Alone ("the RAF said") each is the force itself, a body the tagger finds.
const BASE_FORCES = new Set(['RAF', 'RAAF', 'RCAF', 'RNZAF', 'USAF', 'RNAS', 'MCAS'])

/**
 * An air base named by its force's short form and the place it stands in: the short form, then a name the tagger
 * took for a person or a place, with the short form or without it ("RAF Brize Norton", "RAF Fairford"), is one body, the station, as the tagger has it
 * when it takes in the short form itself ("RAF Coningsby"), in place of the person or the bare place it made. Changes
 * `found.mentions` in place.
 * @example // "Jets left RAF Brize Norton." → organization "RAF Brize Norton"
 */
export function settleBaseNames(article: TaggedArticle, found: ArticleMentions): void {
  const { tokens, sentenceOf } = article
  for (const mention of found.mentions) {
    if (mention.kind !== 'person' && mention.kind !== 'location') continue
    if (mention.country || mention.canonical) continue
    // The tagger took in the short form but made a person of the base ("RAF Fairford was busy"), or left it out.
    const within = mention.last - mention.first > 1 && BASE_FORCES.has(tokens[mention.first]?.text ?? '')
    const before = mention.first - 1
    const outside =
      BASE_FORCES.has(tokens[before]?.text ?? '') && sentenceOf[before] === sentenceOf[mention.first]
    if (!within && !outside) continue
    if (outside) {
      mention.first = before
      mention.start = tokens[before]?.start ?? mention.start
      mention.text = article.text.slice(mention.start, mention.end)
    }
    mention.kind = 'organization'
    delete mention.speaks
  }
  // The force's own mention, if the tagger made one of the short form alone, goes where a base took it in.
  const bases = found.mentions.filter(
    (m) => m.last - m.first > 1 && BASE_FORCES.has(tokens[m.first]?.text ?? ''),
  )
  const taken = new Set(bases.map((m) => m.first))
  found.mentions = found.mentions.filter((m) => !(m.last - m.first === 1 && taken.has(m.first)))
}
