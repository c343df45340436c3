import { BOILERPLATE_LINE, SENTENCE_END, WORD_BOUNDARY } from '../patterns.ts'
import type { TextBlock } from './blocks.ts'
import { walkElements } from './query.ts'
import { HEADINGS, wordSet } from './tags.ts'
import type { MarkupElement } from './tree.ts'

// Elements a block's container is looked for above: a list item's container is the one around its list.
const LIST_PARTS = wordSet('li ul ol dl dt dd table thead tbody tfoot tr td th caption')
const LIST_ITEMS = wordSet('li dt dd')
const TABLE_CELLS = wordSet('td th')
// Bounds that keep the walks up the tree linear in the number of blocks, at any depth.
const MAX_CLIMB = 8
// Second-person words, with which sites address the reader ("Subscribe to your…", "Lust auf mehr? Lass dir…").
const READER_WORDS = wordSet(
  'you your yours du dich dir dein deine deinen deiner euch euer eure vous votre vos tu te toi ton ta tes ' +
    'usted ustedes tú twój twoja twoje ciebie cię',
)

/**
 * Where the second-person words are among a text's lower-cased words: their indexes, in order.
 * @example findReaderWords(['sign', 'up', 'to', 'your', 'feed']) // [3]
 */
export function findReaderWords(words: readonly string[]): number[] {
  const found: number[] = []
  words.forEach((word, index) => {
    if (READER_WORDS.has(word)) found.push(index)
  })
  return found
}

const LINK_WORDS = /https?:\/\/|www\.|@[\w-]+\./i
// Networks and apps that sites send readers to ("Follow us on Telegram", "Get the app").
const NETWORK_WORDS = wordSet(
  'facebook twitter instagram telegram whatsapp youtube linkedin tiktok pinterest xing podcast app apps ios android newsletter',
)
const EMPHASIS = wordSet('b strong i em small')
const QUOTE_START = /^["'“„«‚‘»]/
// Class and id words, by what they say about a box (looked for on the block's element and its ancestors).
const NAME_GROUPS = [
  wordSet('box teaser card promo info infobox note notice hint banner cta callout highlight'),
  wordSet('author bio about profile person contact signature'),
  wordSet('caption figure image img photo media credit gallery'),
  wordSet('bottom end after foot outro'),
  wordSet('content text body article entry post story paragraph prose copy richtext'),
  wordSet('list item items grid'),
]

/** What `describeBlocks` measures of each block, in the order of its vectors. */
export const BLOCK_FEATURES = [
  'bias',
  'log length',
  'link density',
  'ends a sentence',
  'ends with a colon',
  'heading',
  'list item',
  'table cell',
  'position',
  'first',
  'last',
  'text after',
  'in main container',
  'before main container',
  'after main container',
  'main container share',
  'after main × share',
  'digits',
  'address',
  'reader words',
  'short',
  'previous link density',
  'next link density',
  'previous is heading',
  'box names',
  'author names',
  'caption names',
  'bottom names',
  'content names',
  'list names',
  'network words',
  'paragraph element',
  'nested in main container',
  'all emphasis',
  'blocks after',
  'starts with a quote',
  'furniture phrase',
  'before first prose',
  'after last prose',
  'prose after',
  'length against median',
  'sentences',
  'signature share',
  'own class',
] as const

// A block that reads as the article's prose: long, ending a sentence, hardly linked. The body runs between the
// first and the last of them, and what lies outside that run is more often the site's.
const PROSE_LENGTH = 100
const PROSE_LINKS = 0.2
const SENTENCE_STOP = /[.!?…]["'”’»)]?(?:\s|$)/g

/**
 * Describes each kept block of an article for the boilerplate scorer: its own text (length, links, punctuation,
 * digits, addresses, words that speak to the reader), its place (position, the share of text after it, whether
 * it lies in the main container, the element that holds most of the text, or before or after it), its
 * neighbours and the class names around it, whether it lies before or after the run of prose blocks, and how
 * much of the page's text shares its look (element and parent names and classes). Linear in the tree under the
 * main container; in the blocks, linear but for sorting their lengths once for the median.
 * @example describeBlocks(blocks)[0]?.length // BLOCK_FEATURES.length
 */
export function describeBlocks(blocks: readonly TextBlock[]): number[][] {
  const total = blocks.reduce((sum, block) => sum + block.text.length, 0) || 1
  const main = findMainContainer(blocks)
  const inside = new Set<MarkupElement>()
  if (main) {
    inside.add(main)
    walkElements(main, (element) => {
      inside.add(element)
      return true
    })
  }
  const inMain = blocks.map((block) => inside.has(block.element))
  const first = inMain.indexOf(true)
  const last = inMain.lastIndexOf(true)
  const mainShare = blocks.reduce((sum, block, i) => sum + (inMain[i] ? block.text.length : 0), 0) / total
  const prose = blocks.map(
    (block) =>
      block.text.length >= PROSE_LENGTH && SENTENCE_END.test(block.text) && linkDensity(block) < PROSE_LINKS,
  )
  const firstProse = prose.indexOf(true)
  const lastProse = prose.lastIndexOf(true)
  const proseAfter: number[] = new Array<number>(blocks.length).fill(0)
  for (let i = blocks.length - 2, count = 0; i >= 0; i--) {
    if (prose[i + 1]) count++
    proseAfter[i] = count
  }
  const median = medianLength(blocks)
  const signatures = blocks.map((block) => signatureOf(block.element))
  const signatureText = new Map<string, number>()
  signatures.forEach((signature, i) => {
    signatureText.set(signature, (signatureText.get(signature) ?? 0) + (blocks[i] as TextBlock).text.length)
  })
  let after = total
  return blocks.map((block, i) => {
    after -= block.text.length
    const { text } = block
    const previous = blocks[i - 1]
    const next = blocks[i + 1]
    const words = text.toLowerCase().split(/[^\p{L}]+/u)
    const readerWords = findReaderWords(words).length
    const names = ancestorNames(block.element)
    const afterMain = first >= 0 && i > last ? 1 : 0
    return [
      1,
      Math.log1p(text.length) / 8,
      linkDensity(block),
      SENTENCE_END.test(text) ? 1 : 0,
      text.endsWith(':') ? 1 : 0,
      HEADINGS.has(block.element.name) ? 1 : 0,
      LIST_ITEMS.has(block.element.name) ? 1 : 0,
      TABLE_CELLS.has(block.element.name) ? 1 : 0,
      blocks.length > 1 ? i / (blocks.length - 1) : 0,
      i === 0 ? 1 : 0,
      i === blocks.length - 1 ? 1 : 0,
      after / total,
      inMain[i] ? 1 : 0,
      first >= 0 && i < first ? 1 : 0,
      afterMain,
      mainShare,
      afterMain * mainShare,
      countDigits(text) / text.length,
      LINK_WORDS.test(text) ? 1 : 0,
      Math.min(1, (5 * readerWords) / Math.max(1, words.length)),
      text.length < 40 ? 1 : 0,
      previous ? linkDensity(previous) : 0,
      next ? linkDensity(next) : 0,
      previous && HEADINGS.has(previous.element.name) ? 1 : 0,
      ...NAME_GROUPS.map((group) => (names.some((name) => group.has(name)) ? 1 : 0)),
      words.some((word) => NETWORK_WORDS.has(word)) ? 1 : 0,
      block.element.name === 'p' ? 1 : 0,
      inMain[i] && containerOf(block.element) !== main ? 1 : 0,
      isAllEmphasis(block.element) ? 1 : 0,
      Math.min(3, blocks.length - 1 - i) / 3,
      QUOTE_START.test(text) ? 1 : 0,
      BOILERPLATE_LINE.test(text) ? 1 : 0,
      firstProse >= 0 && i < firstProse ? 1 : 0,
      firstProse >= 0 && i > lastProse ? 1 : 0,
      Math.min(3, proseAfter[i] as number) / 3,
      Math.max(-1, Math.min(1, Math.log(text.length / median) / 3)),
      Math.min(4, countSentences(text)) / 4,
      (signatureText.get(signatures[i] as string) ?? 0) / total,
      block.element.attributes.has('class') ? 1 : 0,
    ]
  })
}

// The element that holds the most block text as its blocks' container (a paragraph's parent, a list's parent).
function findMainContainer(blocks: readonly TextBlock[]): MarkupElement | undefined {
  const held = new Map<MarkupElement, number>()
  let best: MarkupElement | undefined
  let most = 0
  for (const block of blocks) {
    const container = containerOf(block.element)
    if (!container) continue
    const sum = (held.get(container) ?? 0) + block.text.length
    held.set(container, sum)
    if (sum > most) {
      most = sum
      best = container
    }
  }
  return best
}

function containerOf(element: MarkupElement): MarkupElement | null {
  let node = element.parent
  for (let climbed = 0; node && climbed < MAX_CLIMB && LIST_PARTS.has(node.name); climbed++)
    node = node.parent
  return node
}

// The words of the class and id names of an element and of a few of its ancestors.
function ancestorNames(element: MarkupElement): string[] {
  const names: string[] = []
  let node: MarkupElement | null = element
  for (let climbed = 0; node && climbed < MAX_CLIMB; climbed++, node = node.parent) {
    const value = `${node.attributes.get('class') ?? ''} ${node.attributes.get('id') ?? ''}`
    if (value.length > 1)
      for (const word of value.split(WORD_BOUNDARY)) if (word) names.push(word.toLowerCase())
  }
  return names
}

// A block whose text all sits in one bold, italic or small element: a note, a label or a call, set apart.
function isAllEmphasis(element: MarkupElement): boolean {
  let emphasis = 0
  for (const child of element.children) {
    if (child.kind === 'text') {
      if (child.text.trim()) return false
    } else if (EMPHASIS.has(child.name)) emphasis++
    else if (child.name !== 'br') return false
  }
  return emphasis === 1
}

// A block's look: its element's and its parent's names and classes. The article's paragraphs share one look;
// a teaser, a note or a form set into them has its own.
function signatureOf(element: MarkupElement): string {
  const parent = element.parent
  return `${element.name}.${element.attributes.get('class') ?? ''}<${parent?.name ?? ''}.${parent?.attributes.get('class') ?? ''}`
}

// The median length of the blocks' texts (at least 1), by sorting a copy of the lengths.
function medianLength(blocks: readonly TextBlock[]): number {
  const lengths = blocks.map((block) => block.text.length).sort((a, b) => a - b)
  return Math.max(1, lengths[lengths.length >> 1] ?? 1)
}

function countSentences(text: string): number {
  SENTENCE_STOP.lastIndex = 0
  let count = 0
  while (SENTENCE_STOP.exec(text)) count++
  return count
}

function linkDensity(block: TextBlock): number {
  return block.text.length === 0 ? 0 : block.linkLength / block.text.length
}

function countDigits(text: string): number {
  let digits = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 48 && code <= 57) digits++
  }
  return digits
}
