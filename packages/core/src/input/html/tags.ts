/** A set of words written as one space-separated string, to keep long tag and word lists readable. */
export function wordSet(words: string): Set<string> {
  return new Set(words.split(' '))
}

/** Elements that never have content or an end tag. */
export const VOID_ELEMENTS = wordSet('area base br col embed hr img input link meta source track wbr')

/** Headings, h1 to h6. */
export const HEADINGS = wordSet('h1 h2 h3 h4 h5 h6')

/** Elements that start a new line of text in a browser. */
export const BLOCK_ELEMENTS = wordSet(
  'address article aside blockquote body caption center dd details dialog dir div dl dt fieldset ' +
    'figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav ol p ' +
    'pre section summary table tbody td tfoot th thead tr ul #document',
)
