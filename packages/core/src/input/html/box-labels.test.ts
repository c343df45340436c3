import { describe, expect, it } from 'vitest'
import { BOX_TITLE, isBoxTitle } from './box-labels.ts'

// Each row: a line, and whether it is the title of a box of site furniture.
describe('isBoxTitle', () => {
  it.each([
    ['About the author', true],
    ['Über den Autor', true],
    ['À propos de l’auteur', true],
    ["À propos de l'auteur", true],
    ['Schon gelesen?', true],
    ['Vorschau auf den nächsten Artikel', true],
    ['Next article', true],
    ['Permalink', true],
    ['Audios et vidéos sur le sujet', true],
    ['Zur Person', true],
    ['O autorze', true],
    ['Kontakt:', true],
    ['Press contact', true],
    ['Ansprechpartnerin:', true],
    ['Table of contents', true],
    ['Inhaltsverzeichnis:', true],
    ['Spis treści', true],
    // prose that holds a phrase, and words that only contain one
    ['The author of the report, about the author of the plan, said the next article would follow.', false],
    ['Permalinks', false],
    ['Authors', false],
    ['Contact tracing app launched', false],
    ['Kontakt zur Polizei: 110', false],
    ['Contents of the harbour report', false],
  ])('%s: %s', (line, title) => {
    expect(isBoxTitle(line)).toBe(title)
  })

  // Long runs of what the pattern almost matches. No duration is compared: a backtracking pattern would run for
  // hours on a million characters and fail by the suite's time limit.
  it.each([
    ['about the '.repeat(100_000), -1],
    [`${'next '.repeat(200_000)}article`, 999_995],
    [' '.repeat(1_000_000), -1],
    ["l'".repeat(500_000), -1],
  ])('finds the phrase in a long run (%#)', (line, index) => {
    expect(BOX_TITLE.exec(line)?.index ?? -1).toBe(index)
  })
})
