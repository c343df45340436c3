import { HIDDEN_STYLE, SPACE_RUN, WORD_BOUNDARY } from '../patterns.ts'
import { findBuildingWords, LAYOUT_WORDS } from './layout-words.ts'
import { walkElements } from './query.ts'
import { HEADINGS, wordSet } from './tags.ts'
import type { MarkupElement } from './tree.ts'

// Elements that never hold article prose: code, media, controls, and the page's own furniture.
const FURNITURE_TAGS = wordSet(
  'script style noscript template svg math iframe object embed canvas video audio picture img ' +
    'button input select textarea label option nav aside footer header figcaption dialog menu ' +
    'head title link meta map source track rt rp',
)

const FURNITURE_ROLES = wordSet(
  'navigation banner contentinfo complementary search menu menubar dialog alertdialog toolbar form',
)

// Words in a class or id that mark furniture wherever they appear ("post-comments", "ad-slot", "newsletter-box").
const FURNITURE_WORDS = wordSet(
  'nav navbar navigation menu breadcrumb breadcrumbs footer comment comments commentlist disqus respond ' +
    'replies related recommended recommendations recirculation promo promos promotion promoted ad ads adslot ' +
    'advert adverts advertisement advertising adsbygoogle dfp sponsor sponsored outbrain taboola newsletter ' +
    'subscribe subscription signup cookie cookies consent gdpr popup modal byline author authors bio tags ' +
    'tagcloud pagination pager toolbar skip trending mostread caption credit credits disclaimer ' +
    // the same in other languages, share and related-post plugins, page metadata, paywalls and shop controls,
    // the boxes set into an article beside its text (an info box, a text box of tips or links), a site's notices,
    // contact and buy boxes, and lists of teasers. Not "factbox": a fact box holds reported facts and quotes (a
    // second story's, on some pages), which statements are read from.
    'kommentare kommentar commentaires commentaire comentarios comentario komentarze komentarz werbung anzeige ' +
    'shariff addthis sharedaddy relatedposts yarpp ratings copyright affiliate disclosure cta privacy metadata ' +
    'postmetadata postmeta paywall wishlist infobox textbox teasers notice contact buybox',
)

// Layout words (LAYOUT_WORDS) mark an element only when it holds a small share of the page's text, none of its
// classes says "content", and the page is not built of boxes so named.

// Words after which a word says what an element has, not what it is ("has-sidebar", "no-ads", "with-comments").
const QUALIFIERS = wordSet('has with no without')

// A box of layout words holding at least this share of the page's text is a wrapper of the content.
const WRAPPER_SHARE = 0.3
// No class name condemns a box holding this share of the page's text: that box holds the article, whatever it
// is called ("above-footer", "print-full", "tab-menu").
const MOST_SHARE = 0.4

const ENTRY_NAMES = wordSet('hentry h-entry')

// Whole class names that hide an element ("hidden-xs" only hides it on small screens, so words are not enough).
const HIDDEN_NAMES = wordSet('hidden invisible sr-only visually-hidden screen-reader-text skip-link')

// Words that mark furniture only when no class or id of the element says "content" ("post tag-politics" is prose).
// Not "print": "print-full" and "no-print" say how a box prints, not what it is.
const WEAK_FURNITURE_WORDS = wordSet('header banner tag search popular login overlay more')
const CONTENT_WORDS = wordSet('article articlebody body content entry main post story text prose')

// Elements whose classes often carry taxonomy words (WordPress puts "tag-…" on <article> and <body>).
const NEVER_BY_CLASS = wordSet('#document html body article main')

/** Tells page furniture from article prose. */
export type FurnitureTest = (element: MarkupElement) => boolean

/**
 * Builds the test for page furniture in one document: navigation, headers and footers, asides, ads, share and
 * related-link blocks, comments, hidden elements, scripts and media; a picture's caption unless it is a legend
 * long enough to tell part of the story (a gallery's slides). Class names alone never condemn the
 * elements that hold the page's main content (its first `<main>`, `articleBody` or `<article>`), since
 * layout wrappers are often called "has-sidebar" or "content-with-ads".
 * @example makeFurnitureTest(document)(navElement) // true
 */
export function makeFurnitureTest(document: MarkupElement): FurnitureTest {
  const shielded = new Set<MarkupElement>()
  for (let node = findMainContent(document) ?? null; node; node = node.parent) shielded.add(node)
  const textLengths = measureText(document)
  const pageLength = textLengths.get(document) ?? 0
  const building = findBuildingWords(document, textLengths, pageLength, elementWords)
  const known = new Map<MarkupElement, boolean>()
  return (element) => {
    let furniture = known.get(element)
    if (furniture === undefined) {
      furniture = isProseCaption(element, textLengths)
        ? isFurnitureByAttributes(element)
        : isFurnitureElement(element) ||
          (!shielded.has(element) &&
            hasFurnitureName(
              element,
              (share) => (textLengths.get(element) ?? 0) < pageLength * share,
              building,
            ))
      known.set(element, furniture)
    }
    return furniture
  }
}

/**
 * The length of the text outside links under each element, in one pass from the leaves up (linear at any depth);
 * code and controls count nothing.
 */
export function measureText(root: MarkupElement): Map<MarkupElement, number> {
  const lengths = new Map<MarkupElement, number>()
  const order: MarkupElement[] = []
  walkElements(root, (element) => {
    order.push(element)
    return !isCode(element)
  })
  for (let i = order.length - 1; i >= 0; i--) {
    const element = order[i] as MarkupElement
    let length = lengths.get(element) ?? 0
    if (!isCode(element) && element.name !== 'a')
      for (const child of element.children) if (child.kind === 'text') length += child.text.trim().length
    lengths.set(element, length)
    if (element.parent && !isCode(element))
      lengths.set(element.parent, (lengths.get(element.parent) ?? 0) + length)
  }
  let rootLength = 0
  for (const child of root.children)
    if (child.kind === 'element') rootLength += lengths.get(child) ?? 0
    else rootLength += child.text.trim().length
  lengths.set(root, rootLength)
  return lengths
}

// A caption this long is a legend that tells part of the story (a gallery's slide, a picture's account of what
// it shows), not a credit or a label: the article's text, as a paragraph would be.
const MIN_PROSE_CAPTION = 150

function isProseCaption(element: MarkupElement, textLengths: ReadonlyMap<MarkupElement, number>): boolean {
  return element.name === 'figcaption' && (textLengths.get(element) ?? 0) >= MIN_PROSE_CAPTION
}

/** Whether an element is furniture by its tag, role, visibility or style, whatever its class. */
export function isFurnitureElement(element: MarkupElement): boolean {
  if (FURNITURE_TAGS.has(element.name)) return element.name !== 'header' || !isInsideSection(element)
  return isFurnitureByAttributes(element)
}

// Hidden, given a furniture role, or styled out of sight.
function isFurnitureByAttributes(element: MarkupElement): boolean {
  const { attributes } = element
  if (attributes.has('hidden') || attributes.get('aria-hidden') === 'true') return true
  if (FURNITURE_ROLES.has(attributes.get('role')?.toLowerCase() ?? '')) return true
  const style = attributes.get('style')
  return style !== undefined && HIDDEN_STYLE.test(style)
}

// A <header> inside an article, a section or the main content is that part's own header (its title, standfirst
// and byline), not the site's banner; the HTML spec draws the same line.
const SECTIONS = wordSet('article section main')
const MAX_SECTION_SEARCH = 32

function isInsideSection(element: MarkupElement): boolean {
  let node = element.parent
  for (let depth = 0; node && depth < MAX_SECTION_SEARCH; depth++, node = node.parent)
    if (SECTIONS.has(node.name) || node.attributes.get('role') === 'main') return true
  return false
}

// The first main-content marker outside furniture elements; main content comes before comments and teasers.
function findMainContent(document: MarkupElement): MarkupElement | undefined {
  let main: MarkupElement | undefined
  let article: MarkupElement | undefined
  walkElements(document, (element) => {
    if (main || isFurnitureElement(element)) return false
    const itemprop = element.attributes.get('itemprop')?.toLowerCase() ?? ''
    if (
      element.name === 'main' ||
      element.attributes.get('role') === 'main' ||
      itemprop.includes('articlebody')
    )
      main = element
    else if (element.name === 'article' && !article) article = element
    return true
  })
  return main ?? article
}

// `holdsLess(share)`: whether the element holds less than that share of the page's text.
function hasFurnitureName(
  element: MarkupElement,
  holdsLess: (share: number) => boolean,
  building: ReadonlySet<string>,
): boolean {
  if (NEVER_BY_CLASS.has(element.name)) return false
  // A heading's id is the anchor a table of contents links to, made of its own words ("nav-und-steuern"), not
  // the name of a box.
  const id = HEADINGS.has(element.name) ? undefined : element.attributes.get('id')
  if (!element.attributes.has('class') && id === undefined) return false
  const names = `${element.attributes.get('class') ?? ''} ${id ?? ''}`.split(SPACE_RUN)
  if (names.some((name) => HIDDEN_NAMES.has(name.toLowerCase()))) return true
  // A microformats entry is a post, whatever its taxonomy classes say ("author-ann", "tag-comments").
  if (names.some((name) => ENTRY_NAMES.has(name.toLowerCase()))) return false
  if (!holdsLess(MOST_SHARE)) return false
  const words = names.flatMap(namedWords)
  if (words.some((word) => FURNITURE_WORDS.has(word))) return true
  if (words.some((word) => CONTENT_WORDS.has(word))) return false
  if (words.some((word) => WEAK_FURNITURE_WORDS.has(word))) return true
  return words.some((word) => LAYOUT_WORDS.has(word) && !building.has(word)) && holdsLess(WRAPPER_SHARE)
}

// The words of an element's class names and id that say what it is.
function elementWords(element: MarkupElement): string[] {
  if (!element.attributes.has('class') && !element.attributes.has('id')) return []
  const names = `${element.attributes.get('class') ?? ''} ${element.attributes.get('id') ?? ''}`
  return names.split(SPACE_RUN).flatMap(namedWords)
}

// The words of one class name that say what the element is: not a script hook; a BEM modifier ("Section--Ads", a section that has
// ads) and the word after "has", "no" or "with" say what it has.
function namedWords(name: string): string[] {
  // "js-…" classes are hooks for scripts ("js-truncate-related"), not names of what an element is.
  if (name.startsWith('js-') || name.startsWith('js_')) return []
  const modifier = name.indexOf('--')
  const words = (modifier > 0 ? name.slice(0, modifier) : name).split(WORD_BOUNDARY)
  const named: string[] = []
  for (let i = 0; i < words.length; i++) {
    const word = (words[i] as string).toLowerCase()
    if (QUALIFIERS.has(word)) i++
    else if (word) named.push(word)
  }
  return named
}

// Ruby annotations (rt, and the rp brackets around them) are readings printed over the text, not part of it.
const CODE_TAGS = wordSet(
  'script style noscript template head title svg math iframe object embed canvas select textarea button rt rp',
)

/** Whether an element holds code, styles or controls rather than text a reader sees: the least that is always left out. */
export function isCode(element: MarkupElement): boolean {
  return CODE_TAGS.has(element.name)
}
