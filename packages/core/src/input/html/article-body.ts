// Below this much text the markup holds no real prose (a script-rendered page), and articleBody is better.
const MIN_PROSE = 200
// Below this much text, with an articleBody this many times as long, the page shows a teaser of the article (a
// paywall, a page whose scripts load the rest): the article the page describes is its articleBody.
const SHORT_BODY = 1000
const LONGER = 3

/**
 * The article's paragraphs completed from the page's JSON-LD `articleBody`: when the markup holds no prose, the
 * articleBody's lines; when it holds only a teaser of it (a paywalled or script-rendered page that describes the
 * whole article in its JSON-LD), the teaser's paragraphs that the articleBody does not repeat, then its lines.
 * Otherwise the paragraphs as they are: the markup's paragraphs are the article as the reader sees it.
 * @example completeFromArticleBody(['A standfirst.'], longBody) // ['A standfirst.', 'First line of longBody', …]
 */
export function completeFromArticleBody(paragraphs: string[], articleBody: string | undefined): string[] {
  if (!articleBody) return paragraphs
  const found = length(paragraphs)
  const lines = articleBody
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
  if (found < MIN_PROSE) return articleBody.length > found ? lines : paragraphs
  if (found >= SHORT_BODY || articleBody.length < found * LONGER) return paragraphs
  const whole = collapse(articleBody)
  return [...paragraphs.filter((paragraph) => !whole.includes(collapse(paragraph))), ...lines]
}

function length(paragraphs: readonly string[]): number {
  return paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0)
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
