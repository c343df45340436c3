import { describe, expect, it, vi } from 'vitest'

// Each model, lexicon and the language identifier, replaced by a stand-in that notes that it was loaded.
const loaded = vi.hoisted(() => new Set<string>())
vi.mock('eld/extrasmall', () => {
  loaded.add('eld')
  return { eld: {} }
})
vi.mock('./data/actors/tagger.model.json', () => {
  loaded.add('tagger.model')
  return { default: {} }
})
vi.mock('./data/actors/seen-names.json', () => {
  loaded.add('seen-names')
  return { default: {} }
})
vi.mock('./data/actors/word-classes.json', () => {
  loaded.add('word-classes')
  return { default: {} }
})
vi.mock('./data/actors/glove-classes.json', () => {
  loaded.add('glove-classes')
  return { default: {} }
})
vi.mock('./data/statements/statements.model.json', () => {
  loaded.add('statements.model')
  return { default: {} }
})
vi.mock('./data/statements/pos.lexicon.json', () => {
  loaded.add('pos.lexicon')
  return { default: {} }
})
vi.mock('./data/polarity/polarity.model.json', () => {
  loaded.add('polarity.model')
  return { default: {} }
})
vi.mock('./data/polarity/word-vectors.json', () => {
  loaded.add('word-vectors')
  return { default: {} }
})

describe('@whosaid/core/io', () => {
  it('loads no model, lexicon or language identifier', async () => {
    const io = await import('./io.ts')
    expect(io.formatJson).toBeTypeOf('function')
    expect([...loaded]).toEqual([])
  })

  // The control: each stand-in above does catch its module, so the empty list above means something.
  it.each([
    ['eld', './parse/language.ts'],
    ['tagger.model', './extract/actors/tagger/load-tagger.ts'],
    ['statements.model', './extract/statements/model.ts'],
    ['polarity.model', './extract/polarity/model.ts'],
    ['pos.lexicon', './extract/statements/pos.ts'],
    ['seen-names', './extract/actors/tagger/lexicon.ts'],
    ['word-classes', './extract/actors/tagger/load-word-classes.ts'],
    ['glove-classes', './extract/actors/tagger/load-glove-classes.ts'],
    ['word-vectors', './extract/polarity/model.ts'],
  ])('notes %s when a module that needs it is loaded', async (name, path) => {
    await import(/* @vite-ignore */ path).catch(() => undefined)
    expect(loaded.has(name)).toBe(true)
  })
})
