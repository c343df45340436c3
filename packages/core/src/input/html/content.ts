import { readDateText } from '../date.ts'
import { BOILERPLATE_LINE, SENTENCE_END } from '../patterns.ts'
import { isAgencyCredit } from './agency-credits.ts'
import { findReaderWords } from './block-features.ts'
import { collectBlocks, type TextBlock } from './blocks.ts'
import type { FurnitureTest } from './boilerplate.ts'
import { isBoxTitle } from './box-labels.ts'
import { isCreditedCaption, isNumberedCaption, isPictureCaption } from './captions.ts'
import { hasDisclaimer } from './disclaimers.ts'
import { findLabelledBlocks } from './labelled-boxes.ts'
import { hasMixedScripts } from './mixed-scripts.ts'
import { isNetworkCall } from './network-calls.ts'
import { findElement, findElements, walkElements } from './query.ts'
import { HEADINGS } from './tags.ts'
import type { MarkupElement } from './tree.ts'

// Blocks more than half link text are menus, tag lists and "read more" teasers, not prose.
const MAX_LINK_DENSITY = 0.5
// A semantic container (<article>, <main>) must hold at least this share of the page's prose to be trusted.
const MIN_SHARE = 0.5
// The content root holds at least this share of the page's prose.
const MOST = 0.8
const MIN_PROSE_BLOCK = 25
// Furniture lines are short: a phrase that starts a line up to this long marks it, and any phrase a line up to
// SHORT_LINE long.
const MAX_SITE_LINE = 200
const SHORT_LINE = 60
const MAX_DATE_LINE = 80
// A date line holds a date and few words besides ("Aktualisiert am Montag, 5. März 2024 um 10:27 Uhr"); a line of
// more words with a date in it is a sentence cut short ("from 1 January 2025 for pipe tobacco and snuff and").
const MAX_DATE_LINE_WORDS = 7
// A heading this long that ends a sentence is prose set large (a standfirst, a pull quote), not a box's title.
const MIN_PROSE_HEADING = 40
// The label of a link list: up to this long, over a block at least this much link text.
const MAX_LABEL = 40
const LIST_LINK_DENSITY = 0.9

/**
 * Finds the element that holds the article's prose: the deepest element holding most of the page's prose, where
 * prose is the text of blocks that are long enough and mostly not links, outside furniture. A page's
 * `itemprop=articleBody`, `<article>` or `<main>` is taken when it holds a fair share of that prose: the
 * article's own paragraphs sometimes sit beside a long list of teasers.
 * @example findContentRoot(parseMarkup(html), makeFurnitureTest(document)).name // 'article'
 */
export function findContentRoot(document: MarkupElement, isFurniture: FurnitureTest): MarkupElement {
  return findContent(document, isFurniture).root
}

/** The content root as `findContentRoot` finds it, with the body and each element's prose and text. */
export function findContent(
  document: MarkupElement,
  isFurniture: FurnitureTest,
): { root: MarkupElement; body: MarkupElement; prose: ProseLengths } {
  const body = findElement(document, (element) => element.name === 'body') ?? document
  const prose = measureProse(body, isFurniture)
  return { root: chooseRoot(body, prose), body, prose }
}

function chooseRoot(body: MarkupElement, { prose }: ProseLengths): MarkupElement {
  const total = prose.get(body) ?? 0
  if (total === 0) return body
  const groups = [
    (element: MarkupElement) =>
      (element.attributes.get('itemprop') ?? '').toLowerCase().split(' ').includes('articlebody'),
    (element: MarkupElement) => element.name === 'article',
    (element: MarkupElement) => element.name === 'main' || element.attributes.get('role') === 'main',
  ]
  for (const matches of groups) {
    let best: MarkupElement | undefined
    for (const candidate of findElements(body, matches))
      if ((prose.get(candidate) ?? 0) > (best ? (prose.get(best) ?? 0) : 0)) best = candidate
    if (best && (prose.get(best) ?? 0) >= total * MIN_SHARE) return joinArticleParts(best)
  }
  return descendToProse(body, prose, total * MOST)
}

// A page's <main> made of several <article> boxes, none of them a teaser, is one article in parts (a recipe's
// header, its ingredients and its method, each an <article> of the page's grid): the root is that <main>. An
// <article> whose heading is a link is a teaser for another page; beside one, the best <article> stays the root.
function joinArticleParts(best: MarkupElement): MarkupElement {
  const main = best.parent
  if (!main || best.name !== 'article' || main.name !== 'main') return best
  const parts = main.children.filter(
    (child): child is MarkupElement => child.kind === 'element' && child.name === 'article',
  )
  if (parts.length < 2 || parts.some(isTeaser)) return best
  return main
}

function isTeaser(article: MarkupElement): boolean {
  return (
    findElement(
      article,
      (element) =>
        HEADINGS.has(element.name) && findElement(element, (inner) => inner.name === 'a') !== undefined,
    ) !== undefined
  )
}

// From `root`, goes down into the child that still holds `least` prose, as long as there is one.
function descendToProse(
  root: MarkupElement,
  prose: Map<MarkupElement, number>,
  least: number,
): MarkupElement {
  let current = root
  while (true) {
    let next: MarkupElement | undefined
    for (const child of current.children)
      if (child.kind === 'element' && (prose.get(child) ?? 0) >= least) next = child
    if (!next) return current
    current = next
  }
}

/** The prose under each element (the text outside links of its prose blocks) and all its text, furniture left out. */
export interface ProseLengths {
  prose: Map<MarkupElement, number>
  text: Map<MarkupElement, number>
}

// Both summed from the leaves up in one pass (linear at any depth); elements outside furniture only.
function measureProse(body: MarkupElement, isFurniture: FurnitureTest): ProseLengths {
  const prose = new Map<MarkupElement, number>()
  const text = new Map<MarkupElement, number>()
  for (const block of collectBlocks(body, isFurniture)) {
    text.set(block.element, (text.get(block.element) ?? 0) + block.text.length)
    if (block.text.length < MIN_PROSE_BLOCK || linkDensity(block) > MAX_LINK_DENSITY) continue
    prose.set(block.element, (prose.get(block.element) ?? 0) + block.text.length - block.linkLength)
  }
  const order: MarkupElement[] = []
  walkElements(body, (element) => {
    order.push(element)
    return !isFurniture(element)
  })
  for (let i = order.length - 1; i >= 0; i--) {
    const element = order[i] as MarkupElement
    const { parent } = element
    if (!parent) continue
    const own = prose.get(element) ?? 0
    if (own > 0) prose.set(parent, (prose.get(parent) ?? 0) + own)
    const all = text.get(element) ?? 0
    if (all > 0) text.set(parent, (text.get(parent) ?? 0) + all)
  }
  return { prose, text }
}

/**
 * The article's paragraphs under the content root: its prose blocks, without the h1 and headings that repeat
 * the title, link lists, a byline line, date lines, the short lines of site furniture (calls to subscribe, share
 * or comment, copyright and photo credits, "related" headings, the titles of author and teaser boxes) and what
 * such a line heads in a small box of its own, headings left without text under them, and repeats; `skip` leaves
 * out furniture.
 * @example readParagraphs(root, { title: 'A title' }, isCode) // ['First paragraph.', 'Second paragraph.']
 */
export function readParagraphs(
  root: MarkupElement,
  known: { title?: string | undefined; byline?: string | undefined },
  skip: (element: MarkupElement) => boolean,
): string[] {
  return readBlocks(root, known, skip).map((block) => block.text)
}

/** The blocks behind `readParagraphs`, with the elements they sit in. */
export function readBlocks(
  root: MarkupElement,
  known: { title?: string | undefined; byline?: string | undefined },
  skip: (element: MarkupElement) => boolean,
): TextBlock[] {
  const blocks = collectBlocks(root, skip)
  const title = known.title?.toLowerCase()
  const labelled = findLabelledBlocks(blocks, (block) => isSiteLine(block.text) || isBoxTitle(block.text))
  const kept = blocks.filter((block, index) => {
    if (labelled.has(block)) return false
    if (block.element.name === 'h1' || block.text.toLowerCase() === title) return false
    if (
      linkDensity(block) > MAX_LINK_DENSITY &&
      !isLinkedProse(block) &&
      !isLinkedValue(block, blocks[index - 1], blocks[index + 1])
    )
      return false
    if (isListLabel(block, blocks[index + 1])) return false
    if (isSiteLine(block.text) || isBoxTitle(block.text) || isDateLine(block.text)) return false
    if (isNetworkCall(block.text) || isDisclaimer(block.text) || hasMixedScripts(block.text)) return false
    if (isAgencyCredit(block.text)) return false
    if (isPictureCaption(block) || isCreditedCaption(block.text) || isNumberedCaption(block.text))
      return false
    return !(
      known.byline &&
      block.text.length < known.byline.length + 12 &&
      block.text.includes(known.byline)
    )
  })
  return dropBareHeadings(kept).filter((block, index, all) => block.text !== all[index - 1]?.text)
}

// A paragraph of several lines that ends a sentence, with some text outside its links, is prose whose names and
// terms are linked (a profile linking every company and person it names), not a menu or a teaser's title.
const MIN_LINKED_PROSE = 200
const MAX_LINKED_PROSE_DENSITY = 0.9

function isLinkedProse(block: TextBlock): boolean {
  return (
    block.text.length >= MIN_LINKED_PROSE &&
    SENTENCE_END.test(block.text) &&
    linkDensity(block) < MAX_LINKED_PROSE_DENSITY
  )
}

// A table cell of links beside a cell of the same row with plain text is a value in a table of data (an
// ingredient beside its amount, a product beside its price), not a menu: menus and teaser lists are links only.
const CELLS = new Set(['td', 'th'])

function isLinkedValue(
  block: TextBlock,
  before: TextBlock | undefined,
  after: TextBlock | undefined,
): boolean {
  if (block.element.name !== 'td') return false
  const row = block.element.parent
  return [before, after].some(
    (other) =>
      other !== undefined &&
      CELLS.has(other.element.name) &&
      other.element.parent === row &&
      other.linkLength === 0,
  )
}

// A short line that is no sentence, right before a block of links: the label of a link list ("Most read",
// "Themen im Artikel"), left without its list. A line ending in a colon introduces what follows, and stays, unless
// it is a heading: a heading over nothing but links is that list's title ("Weitere Beiträge aus der Kolumne:").
function isListLabel(block: TextBlock, next: TextBlock | undefined): boolean {
  return (
    next !== undefined &&
    linkDensity(next) >= LIST_LINK_DENSITY &&
    block.text.length <= MAX_LABEL &&
    !SENTENCE_END.test(block.text) &&
    (!block.text.endsWith(':') || HEADINGS.has(block.element.name))
  )
}

// A short line of site furniture: a furniture phrase that starts it, or any in a line too short to be prose, or a
// line that calls on the reader to subscribe, log in, donate… ("If you are already a subscriber, log in") or names
// the site's own newsletter or app, unless it quotes or reports someone: a body line may name comments or a
// subscription and say "you" all the same.
function isSiteLine(text: string): boolean {
  if (text.length > MAX_SITE_LINE) return false
  const found = BOILERPLATE_LINE.exec(text)
  // A short line that names the site's own channel ("¡Mira nuestro canal de YouTube!", "Get our app") is one even
  // without a furniture phrase.
  if (!found) return text.length <= SHORT_LINE && OUR_CHANNEL.test(text) && reportsNoOne(text)
  if (found.index <= 2 || text.length <= SHORT_LINE) return true
  return (callsOnReader(text) || OUR_CHANNEL.test(text)) && reportsNoOne(text)
}

// A site's disclaimer or rights notice under the article ("Alle Angaben ohne Gewähr"), unless the line quotes or
// reports someone: an article may tell who is responsible for what.
function isDisclaimer(text: string): boolean {
  return hasDisclaimer(text) && reportsNoOne(text)
}

// Whether a line neither quotes nor reports anyone: a line that does is the article's, whatever site words it has.
function reportsNoOne(text: string): boolean {
  return !QUOTE_MARK.test(text) && !REPORTING.test(text)
}

// The verbs with which a site asks something of the reader.
const CALL =
  /(?<![\p{L}])(?:subscribe|sign up|sign in|log in|register|donate|leave a (?:comment|reply)|comment below|share this|(?:support|supporting) (?:us|our work)|click here|read more|read also|submit|abonniere|abonnieren|anmelden|melde dich|einloggen|registrieren|spende|spenden|abonnez|inscrivez|connectez|suscríbete|suscribirse|regístrate|iscriviti|abbonati|zapisz się|zaloguj)(?![\p{L}])/giu
// What may stand before an imperative that opens a clause: "Sign up…", "…? Then subscribe", "To keep reading,
// log in", "Dann abonniere…".
const CLAUSE_START =
  /(?:^|[.!?:;,—–]\s*|(?:^|[\s.!?:;,])(?:please|just|simply|now|then|so|and|or|bitte|jetzt|dann|einfach|und|oder|alors|et)\s+)$/iu
// A call is the reader's when a second-person word is at most this many words from it ("you can subscribe",
// "log in to your account").
const NEAR_READER = 3
// A quote mark: a double one, or a single one that opens a word ('‘You can…') or closes a phrase ('…now,’ she
// said), but not an apostrophe ("can’t", "the residents’ homes").
const QUOTE_MARK = /["“”„«»]|(?:^|[\s(—–])['‘](?=\p{L})|[.,!?…]['’]|\p{L}['’](?=,)/u
// A verb that reports speech or an attribution: a line that has one tells what someone said, not what the site asks.
const REPORTING =
  /(?<![\p{L}])(?:said|says|told|tells|asked|added|explained|warned|insisted|claimed|stated|wrote|recalled|argued|admitted|replied|according to|sagte|sagten|sagt|erklärte|meinte|betonte|a dit|a déclaré|a expliqué|selon|dijo|afirmó|explicó|según|ha detto|secondo|powiedział|powiedziała|według)(?![\p{L}])/iu
const LETTERS = /\p{L}+/gu
const LETTER_RUN = /\p{L}+/u

// A furniture verb said to the reader: it opens a clause (an imperative: "…? Sign up below"), or stands a few words
// from a "you" ("you can subscribe", "log in to your account"), in a line that has one. Words are counted as the
// line's spaces part them ("auf fyyd.de einloggen" is three), each read by its first run of letters ("you’ll").
function callsOnReader(text: string): boolean {
  const tokens = text.toLowerCase().split(' ')
  const readers = findReaderWords(tokens.map((token) => token.match(LETTER_RUN)?.[0] ?? ''))
  if (readers.length === 0) return false
  for (const call of text.matchAll(CALL)) {
    const before = text.slice(0, call.index)
    if (CLAUSE_START.test(before)) return true
    const at = before.split(' ').length - 1
    const end = at + call[0].split(' ').length - 1
    if (readers.some((reader) => reader >= at - NEAR_READER && reader <= end + NEAR_READER)) return true
  }
  return false
}

// A line's label: the words before a colon that opens it ("Termin: …", "Published: …").
const DATE_LABEL = /^([^\d:]{2,30}):\s/u
// The labels of a page's own dates: when it was published, updated or written, and by whom.
const PUBLISHED =
  /(?<![\p{L}])(?:publi|veröffentlich|aktualisiert|update|stand|datum|date|posted|erstellt|geändert|erschienen|letzte|last|von|by|mis à jour|actualizado|fecha|opublikowano|aktualizacja|dodano)/iu

// A line that is a time of day and nothing else ("3:59 PM", "10.27 Uhr"): when a post or a comment was sent.
const TIME_LINE = /^\d{1,2}[:.]\d{2}(?: ?(?:[ap]\.?m\.?|uhr|h))?$/i

// A line that holds a date and little else ("Published 5 March 2024", "23.10.2018, 10:27"): page metadata.
function isDateLine(text: string): boolean {
  if (TIME_LINE.test(text)) return true
  // "Termin: 29.02.2020, 19 Uhr", "Deadline: 3 November": a labelled date the article gives, not the page's.
  const label = DATE_LABEL.exec(text)?.[1]
  if (label !== undefined && !PUBLISHED.test(label)) return false
  return (
    text.length <= MAX_DATE_LINE &&
    !SENTENCE_END.test(text) &&
    (text.match(LETTERS)?.length ?? 0) <= MAX_DATE_LINE_WORDS &&
    readDateText(text) !== undefined
  )
}

/**
 * Drops the headings with no prose after them before the next heading of the same or a higher level, or the end:
 * the heading of a list of links or of a box that was left out.
 * @example dropBareHeadings(blocks) // without the "Most read" heading whose links were dropped
 */
export function dropBareHeadings(blocks: readonly TextBlock[]): TextBlock[] {
  const kept: TextBlock[] = []
  // The lowest heading level met since the last prose, walking back; 0 at the end (nothing follows).
  let nextProseLevel = 0
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i] as TextBlock
    const level = headingLevel(block)
    if (level === 0) {
      nextProseLevel = 7
      kept.push(block)
    } else if (level < nextProseLevel) {
      kept.push(block)
      nextProseLevel = level
    }
  }
  return kept.reverse()
}

function linkDensity(block: TextBlock): number {
  return block.text.length === 0 ? 0 : block.linkLength / block.text.length
}

// 1 to 6 for h1 to h6, 0 for anything else, and for a heading that is a long sentence (prose set large).
function headingLevel(block: TextBlock): number {
  if (!HEADINGS.has(block.element.name)) return 0
  if (block.text.length >= MIN_PROSE_HEADING && SENTENCE_END.test(block.text)) return 0
  return Number(block.element.name.slice(1))
}

// The site naming its own channels, with or without a "you": "…by signing up to our newsletter today",
// "Zapraszamy też do subskrypcji naszego newslettera". A word may stand between ("our free newsletter").
const OUR_CHANNEL =
  /(?<![\p{L}])(?:our|unseren?|unserem|notre|nos|nuestro|nuestra|nuestros|naszego|naszej|nasz)\s(?:[\p{L}-]+\s)?(?:newsletters?|newslettera|podcast|app|apps|abo|abonnement|subskrypcji|boletín|canal)(?![\p{L}])/iu
