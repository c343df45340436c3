import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { analyze } from '../src/analyze.ts'
import { formatCsv } from '../src/formats/index.ts'

// The README's first example is what a user reads first: its shown output must be what the code gives.
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

/** The first fenced block of a language after a heading or phrase of the README. */
function blockAfter(marker: string, language: string): string {
  const from = readme.indexOf(marker)
  const open = readme.indexOf(`\`\`\`${language}\n`, from)
  const close = readme.indexOf('\n```', open + 4)
  return readme.slice(open + language.length + 4, close)
}

const example = blockAfter('## `analyze`', 'ts')
const text = (/const text = `([^`]*)`/.exec(example)?.[1] ?? '').replace(/\\`/g, '`')
const analysis = analyze(text, { url: 'https://example.com/levies', publishedAt: '2024-03-05T10:00:00Z' })
const shown = JSON.parse(blockAfter('`analysis` (abridged', 'json'))

describe('the README example', () => {
  it('analyzes the text the README shows', () => {
    expect(text).toContain('French Foreign Minister Jean Martin')
  })

  it('gives the article shown (its text abridged)', () => {
    const { text: _abridged, ...article } = shown.article
    expect(analysis.article).toMatchObject(article)
  })

  it('gives the actors, statements and relations shown', () => {
    expect(analysis.actors).toEqual(shown.actors)
    expect(analysis.statements).toEqual(shown.statements)
    expect(analysis.relations).toEqual(shown.relations)
  })

  it('gives the CSV shown', () => {
    expect(formatCsv(analysis).replace(/\r\n/g, '\n')).toBe(`${blockAfter('### CSV', 'text')}\n`)
  })
})
