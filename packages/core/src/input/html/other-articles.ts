import type { ProseLengths } from './content.ts'
import { walkElements } from './query.ts'
import { HEADINGS } from './tags.ts'
import type { MarkupElement, MarkupNode } from './tree.ts'

// Another <article> holding at least this share of the content root's prose, or this much text, is a part of the
// article (a page that sets its sections in <article> boxes) or a story of its own, not a teaser.
const MAX_TEASER_SHARE = 0.2
const MAX_TEASER = 600

/**
 * The other articles under the content's top: the `<article>` elements that neither hold the content root nor
 * lie on its path, and hold a small share of its prose. A page marks each teaser card of a related or
 * "next" list as an article of its own, inside the article or beside it. Only when the content root is itself an
 * `<article>` or in one (a page whose root holds many articles is a list of posts) or when the card is a list
 * item's (a list of cards).
 * @example findOtherArticles(root, top, lengths) // Set { <article class="teaser"> }
 */
export function findOtherArticles(
  root: MarkupElement,
  top: MarkupElement,
  { prose, text }: ProseLengths,
): Set<MarkupElement> {
  const path = new Set<MarkupElement>()
  let inArticle = false
  for (let node: MarkupElement | null = root; node; node = node.parent) {
    path.add(node)
    if (node.name === 'article') inArticle = true
  }
  const least = (prose.get(root) ?? 0) * MAX_TEASER_SHARE
  const others = new Set<MarkupElement>()
  walkElements(top, (element) => {
    if (element.name !== 'article' || path.has(element)) return true
    if ((prose.get(element) ?? 0) >= least || (text.get(element) ?? 0) > MAX_TEASER || !isCard(element))
      return true
    if (inArticle || element.parent?.name === 'li') {
      others.add(element)
      return false
    }
    return true
  })
  return others
}

// A teaser card: its title links to the article it announces (a heading in a link, or a link in a heading that
// holds most of the heading's text). An article's own sections have titles of their own, not links.
function isCard(article: MarkupElement): boolean {
  const heading = findHeading(article)
  if (!heading) return false
  for (let node = heading.parent; node && node !== article; node = node.parent)
    if (node.name === 'a') return true
  const { title, linked } = measureTitle(heading)
  return title > 0 && linked * 2 >= title
}

// Walks stay within a card's first MAX_CARD_NODES nodes, so that nested articles keep the whole linear.
const MAX_CARD_NODES = 100

// A card's first heading.
function findHeading(article: MarkupElement): MarkupElement | undefined {
  let found: MarkupElement | undefined
  let visited = 0
  walkElements(article, (element) => {
    if (found || ++visited > MAX_CARD_NODES) return false
    if (HEADINGS.has(element.name)) found = element
    return !found
  })
  return found
}

// The length of a heading's text, and of the part of it in links.
function measureTitle(heading: MarkupElement): { title: number; linked: number } {
  let title = 0
  let linked = 0
  let visited = 0
  const pending: { node: MarkupNode; inLink: boolean }[] = [{ node: heading, inLink: false }]
  while (pending.length > 0 && ++visited <= MAX_CARD_NODES) {
    const { node, inLink } = pending.pop() as { node: MarkupNode; inLink: boolean }
    if (node.kind === 'text') {
      const length = node.text.trim().length
      title += length
      if (inLink) linked += length
    } else
      for (const child of node.children) pending.push({ node: child, inLink: inLink || node.name === 'a' })
  }
  return { title, linked }
}
