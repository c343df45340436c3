import type { HtmlArticle } from '../schemas.ts'
import { completeFromArticleBody } from './article-body.ts'
import { dropBoilerplateBlocks } from './block-score.ts'
import type { TextBlock } from './blocks.ts'
import { type FurnitureTest, isCode, isFurnitureElement, makeFurnitureTest } from './boilerplate.ts'
import { dropBareHeadings, findContent, readBlocks, readParagraphs } from './content.ts'
import { findLead } from './lead.ts'
import { readMetadata } from './metadata.ts'
import { findOtherArticles } from './other-articles.ts'
import { walkElements } from './query.ts'
import { widenContent } from './siblings.ts'
import { type MarkupElement, parseMarkup } from './tree.ts'

/** Options for `extractArticleFromHtml`. */
export interface HtmlOptions {
  /** The page's address: links resolve against it, and it is the article's `url`. */
  url?: string
}

// Below this much text the markup holds no real prose (a script-rendered page), and JSON-LD articleBody is better.
const MIN_PROSE = 200

/**
 * Reads a news or blog page: its title (og:title, JSON-LD headline, h1, title), byline, publication date and
 * body paragraphs, leaving out navigation, headers and footers, asides, ads, related links, comments, scripts
 * and styles. `text` is the title line, a blank line and the paragraphs separated by blank lines: give it to
 * `analyze`, whose offsets then point into it. Never throws: a page without prose gives an empty text.
 * @example
 * const page = extractArticleFromHtml(html, { url })
 * const analysis = analyze(page.text, { url: page.url, publishedAt: page.publishedAt, source: page.source })
 */
export function extractArticleFromHtml(html: string, options: HtmlOptions = {}): HtmlArticle {
  return extractArticleFromDocument(parseMarkup(html), options)
}

/** `extractArticleFromHtml` on a page already parsed into a tree (by `parseMarkup` or another parser's adapter). */
export function extractArticleFromDocument(document: MarkupElement, options: HtmlOptions = {}): HtmlArticle {
  const metadata = readMetadata(document, options.url)
  const isFurniture = makeFurnitureTest(document)
  const { root, body, top, paragraphs: found } = readContent(document, metadata, isFurniture)
  const lead = findLead(body, top, metadata.description, found)
  let paragraphs = lead === undefined ? found : [lead, ...found]
  // Too little prose: class names may have condemned the article itself ("print-step", "post-comment"), so read
  // the page again, as Readability retries without its "unlikely candidate" classes, leaving out furniture by
  // tag, role and visibility only.
  if (length(paragraphs) < MIN_PROSE) {
    const retry = readContent(document, metadata, isFurnitureElement).paragraphs
    if (length(retry) > length(paragraphs)) paragraphs = retry
  }
  // Still too little: a script-rendered page may keep its article, for readers without scripts, in <noscript>.
  if (length(paragraphs) < MIN_PROSE) {
    const fallback = parseMarkup(readNoscript(document))
    const retry = readContent(fallback, metadata, makeFurnitureTest(fallback)).paragraphs
    if (length(retry) > length(paragraphs)) paragraphs = retry
  }
  paragraphs = completeFromArticleBody(paragraphs, metadata.linked.articleBody)
  if (paragraphs.length === 0) paragraphs = readParagraphs(root, metadata, isCode)
  // In canonical composition (NFC), so that text typed on one keyboard finds the same words written on another.
  const title = metadata.title?.normalize('NFC') ?? null
  const lines = paragraphs.flatMap(splitBlankLines).map((paragraph) => paragraph.normalize('NFC'))
  const text = [...(title ? [title] : []), ...lines].join('\n\n')
  return {
    text,
    title,
    ...(metadata.byline === undefined ? {} : { byline: metadata.byline }),
    ...(metadata.publishedAt === undefined ? {} : { publishedAt: metadata.publishedAt }),
    ...(metadata.source === undefined ? {} : { source: metadata.source }),
    ...(metadata.url === undefined ? {} : { url: metadata.url }),
  }
}

// The content root, widened to the article's parts beside it, and its paragraphs.
function readContent(
  document: MarkupElement,
  metadata: { title?: string | undefined; byline?: string | undefined },
  isFurniture: FurnitureTest,
): { root: MarkupElement; body: MarkupElement; top: MarkupElement; paragraphs: string[] } {
  const { root, body, top, blocks } = readContentBlocks(document, metadata, isFurniture)
  // A heading whose box the scorer dropped is left bare, as one over a dropped list of links is.
  const kept = dropBareHeadings(dropBoilerplateBlocks(blocks))
  return { root, body, top, paragraphs: kept.map((block) => block.text) }
}

/** The content root and its blocks before the learned boilerplate scorer (what that scorer is trained on). */
export function readContentBlocks(
  document: MarkupElement,
  metadata: { title?: string | undefined; byline?: string | undefined },
  isFurniture: FurnitureTest,
): { root: MarkupElement; body: MarkupElement; top: MarkupElement; blocks: TextBlock[] } {
  const { root, body, prose } = findContent(document, isFurniture)
  const { top, leftOut } = widenContent(root, body, prose)
  const others = findOtherArticles(root, top, prose)
  const skip = (element: MarkupElement) => isFurniture(element) || leftOut.has(element) || others.has(element)
  return { root, body, top, blocks: readBlocks(top, metadata, skip) }
}

// The markup inside the page's <noscript> elements (raw text to the parser), in document order.
function readNoscript(document: MarkupElement): string {
  const parts: string[] = []
  walkElements(document, (element) => {
    if (element.name !== 'noscript') return true
    for (const child of element.children) if (child.kind === 'text') parts.push(child.text)
    return false
  })
  return parts.join('\n')
}

function length(paragraphs: readonly string[]): number {
  return paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0)
}

// Old pages separate paragraphs with <br><br> inside one element: those are paragraphs of their own.
function splitBlankLines(paragraph: string): string[] {
  return paragraph
    .split('\n\n')
    .map((part) => part.trim())
    .filter(Boolean)
}
