import { HIDDEN_STYLE, SPACE_RUN, WORD_BOUNDARY } from '../patterns.ts'
import { walkElements } from './query.ts'
import { wordSet } from './tags.ts'
import type { MarkupElement } from './tree.ts'

// Elements that never hold article prose: code, media, controls, and the page's own furniture.
const FURNITURE_TAGS = wordSet(
  'script style noscript template svg math iframe object embed canvas video audio picture img ' +
    'button input select textarea label option nav aside footer header figure figcaption dialog menu ' +
    'head title link meta map source track',
)

const FURNITURE_ROLES = wordSet(
  'navigation banner contentinfo complementary search menu menubar dialog alertdialog toolbar ' +
    'tablist form',
)

// Words in a class or id that mark furniture wherever they appear ("post-comments", "share-bar", "ad-slot").
const FURNITURE_WORDS = wordSet(
  'nav navbar navigation menu breadcrumb breadcrumbs sidebar footer masthead comment comments ' +
    'commentlist disqus respond replies related recommended recommendations recirculation promo ' +
    'promos promotion promoted ad ads adslot advert adverts advertisement advertising adsbygoogle dfp ' +
    'sponsor sponsored outbrain taboola share sharing sharebar social newsletter subscribe ' +
    'subscription signup cookie cookies consent gdpr popup modal widget widgets byline author authors ' +
    'bio meta tags tagcloud pagination pager toolbar skip trending mostread caption credit credits ' +
    'disclaimer',
)

// Whole class names that hide an element ("hidden-xs" only hides it on small screens, so words are not enough).
const HIDDEN_NAMES = wordSet('hidden invisible sr-only visually-hidden screen-reader-text skip-link')

// Words that mark furniture only when no class or id of the element says "content" ("post tag-politics" is prose).
const WEAK_FURNITURE_WORDS = wordSet('header banner tag search print popular login overlay more')
const CONTENT_WORDS = wordSet('article articlebody body content entry main post story text prose')

// Elements whose classes often carry taxonomy words (WordPress puts "tag-…" on <article> and <body>).
const NEVER_BY_CLASS = wordSet('#document html body article main')

/** Tells page furniture from article prose. */
export type FurnitureTest = (element: MarkupElement) => boolean

/**
 * Builds the test for page furniture in one document: navigation, headers and footers, asides, ads, share and
 * related-link blocks, comments, hidden elements, scripts and media. Class names alone never condemn the
 * elements that hold the page's main content (its first `<main>`, `articleBody` or `<article>`), since
 * layout wrappers are often called "has-sidebar" or "content-with-ads".
 * @example makeFurnitureTest(document)(navElement) // true
 */
export function makeFurnitureTest(document: MarkupElement): FurnitureTest {
  const shielded = new Set<MarkupElement>()
  for (let node = findMainContent(document) ?? null; node; node = node.parent) shielded.add(node)
  const known = new Map<MarkupElement, boolean>()
  return (element) => {
    let furniture = known.get(element)
    if (furniture === undefined) {
      furniture = isFurnitureElement(element) || (!shielded.has(element) && hasFurnitureName(element))
      known.set(element, furniture)
    }
    return furniture
  }
}

/** Whether an element is furniture by its tag, role, visibility or style, whatever its class. */
export function isFurnitureElement(element: MarkupElement): boolean {
  if (FURNITURE_TAGS.has(element.name)) return true
  const { attributes } = element
  if (attributes.has('hidden') || attributes.get('aria-hidden') === 'true') return true
  if (FURNITURE_ROLES.has(attributes.get('role')?.toLowerCase() ?? '')) return true
  const style = attributes.get('style')
  return style !== undefined && HIDDEN_STYLE.test(style)
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

function hasFurnitureName(element: MarkupElement): boolean {
  if (NEVER_BY_CLASS.has(element.name)) return false
  if (!element.attributes.has('class') && !element.attributes.has('id')) return false
  const names = `${element.attributes.get('class') ?? ''} ${element.attributes.get('id') ?? ''}`.split(
    SPACE_RUN,
  )
  if (names.some((name) => HIDDEN_NAMES.has(name.toLowerCase()))) return true
  const words = names.flatMap((name) => name.split(WORD_BOUNDARY)).map((word) => word.toLowerCase())
  if (words.some((word) => FURNITURE_WORDS.has(word))) return true
  return (
    words.some((word) => WEAK_FURNITURE_WORDS.has(word)) && !words.some((word) => CONTENT_WORDS.has(word))
  )
}

const CODE_TAGS = wordSet(
  'script style noscript template head title svg math iframe object embed canvas select textarea ' + 'button',
)

/** Whether an element holds code, styles or controls rather than text a reader sees: the least that is always left out. */
export function isCode(element: MarkupElement): boolean {
  return CODE_TAGS.has(element.name)
}
