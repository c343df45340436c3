import { describe, expect, it } from 'vitest'
import model from '../../data/html/block-model.json' with { type: 'json' }
import { BLOCK_FEATURES, describeBlocks } from './block-features.ts'
import { dropBoilerplateBlocks, scoreBlocks } from './block-score.ts'
import { collectBlocks } from './blocks.ts'
import { isCode } from './boilerplate.ts'
import { parseMarkup } from './tree.ts'

const PROSE = [
  'The council met on Tuesday to debate the harbour plan, and the mood in the hall was tense from the start.',
  'Mayor Ruth Olsen said the town could not afford the new quay, whose cost has doubled since the spring.',
  'Councillor Tom Baker replied that the plan would pay for itself within ten years, as fees would rise.',
  'The vote is on Friday, and both sides expect a close result after a long campaign on the waterfront.',
]
const article = (after: string) =>
  `<article><div class="story-body">${PROSE.map((p) => `<p>${p}</p>`).join('')}</div>${after}</article>`
const blocksOf = (html: string) => collectBlocks(parseMarkup(html), isCode)
const feature = (name: (typeof BLOCK_FEATURES)[number]) => BLOCK_FEATURES.indexOf(name)

describe('the shipped block model', () => {
  it("has a weight for each feature, in the features' order", () => {
    expect(model.features).toEqual([...BLOCK_FEATURES])
    expect(model.weights).toHaveLength(BLOCK_FEATURES.length)
  })
})

describe('describeBlocks', () => {
  it('gives each block one value per feature', () => {
    const rows = describeBlocks(blocksOf(article('')))
    expect(rows).toHaveLength(PROSE.length)
    for (const row of rows) expect(row).toHaveLength(BLOCK_FEATURES.length)
  })

  // Each row: what follows the article's paragraphs, the feature, and its value on that last block.
  it.each([
    ['<div class="promo-box"><p>Get the app</p></div>', 'after main container', 1],
    ['<div class="promo-box"><p>Get the app</p></div>', 'box names', 1],
    ['<div class="promo-box"><p>Get the app</p></div>', 'network words', 1],
    ['<div class="promo-box"><p>Get the app</p></div>', 'ends a sentence', 0],
    ['<p>Tell <a href="/t">your</a> friends about your news.</p>', 'reader words', 1],
    ['<p><em>This story was first published in March.</em></p>', 'all emphasis', 1],
    ['<p>Plain closing line of the story, as written by the reporter.</p>', 'all emphasis', 0],
    ['<p>Plain closing line of the story, as written by the reporter.</p>', 'after main container', 0],
    ['<div class="promo-box"><p>Get the app</p></div>', 'after last prose', 1],
    [
      '<p>The closing paragraph of the story, as the reporter wrote it, says when the council votes and what then.</p>',
      'after last prose',
      0,
    ],
    ['<p class="note">Get the app</p>', 'own class', 1],
    ['<p>Plain closing line of the story, as written by the reporter.</p>', 'own class', 0],
    ['<p>One. Two! Three? Four. Five.</p>', 'sentences', 1],
    ['<p>Only one sentence here.</p>', 'sentences', 0.25],
  ] as const)('%s: %s = %d', (after, name, value) => {
    const html = after.startsWith('<p>')
      ? article('').replace('</div></article>', `${after}</div></article>`)
      : article(after)
    const rows = describeBlocks(blocksOf(html))
    expect(rows.at(-1)?.[feature(name)]).toBe(value)
  })
})

describe('signature share', () => {
  it("is high for the article's paragraphs and low for a box set after them", () => {
    const rows = describeBlocks(blocksOf(article('<div class="promo-box"><p>Get the app</p></div>')))
    const shares = rows.map((row) => row[feature('signature share')] as number)
    expect(Math.min(...shares.slice(0, -1))).toBeGreaterThan(0.9)
    expect(shares.at(-1)).toBeLessThan(0.05)
  })
})

describe('dropBoilerplateBlocks', () => {
  it('keeps every paragraph of a plain article', () => {
    expect(dropBoilerplateBlocks(blocksOf(article(''))).map((block) => block.text)).toEqual(PROSE)
  })

  it('keeps a list inside the article', () => {
    const html = article('').replace(
      '</div></article>',
      '<ul><li>Quay repairs: 2 million</li><li>New ferry berth: 5 million</li></ul></div></article>',
    )
    const kept = dropBoilerplateBlocks(blocksOf(html)).map((block) => block.text)
    expect(kept).toContain('Quay repairs: 2 million')
  })

  it('drops a call to follow the site after the article, and scores it above the prose', () => {
    const blocks = blocksOf(
      article(
        '<div class="promo-box"><p>Follow us on Telegram, Instagram and Facebook for your news</p></div>',
      ),
    )
    const scores = scoreBlocks(blocks)
    expect(Math.max(...scores.slice(0, -1))).toBeLessThan(scores.at(-1) as number)
    expect(dropBoilerplateBlocks(blocks).map((block) => block.text)).toEqual(PROSE)
  })
})
