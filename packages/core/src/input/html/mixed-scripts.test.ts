import { describe, expect, it } from 'vitest'
import { hasMixedScripts, SCRIPT_SEAM } from './mixed-scripts.ts'

// Each row: a line, and whether it spells words with look-alike letters of two scripts.
describe('hasMixedScripts', () => {
  it.each([
    // Latin words with Cyrillic а (U+0430), е (U+0435), о (U+043E), і (U+0456), ѕ (U+0455)
    ['Аdvеrtіѕе wіth the harbour paper tоdау', true],
    ['Cоntасt the sales desk for rates', true],
    // one slip, and two scripts in words of their own
    ['The council met in Мoscow on Tuesday.', false],
    ['Mayor Ruth Olsen met Иван Петров at the quay.', false],
    ['Москва и Киев: the talks resumed on Tuesday.', false],
    ['The council met on Tuesday to debate the harbour plan.', false],
  ])('%s: %s', (line, expected) => {
    expect(hasMixedScripts(line)).toBe(expected)
  })

  // A long run of either script and of alternating ones: the pattern matches a fixed pair, so no run is slow.
  it.each([
    ['а'.repeat(500_000), 0],
    ['a'.repeat(500_000), 0],
    // matches do not overlap: one seam per pair
    ['aа'.repeat(300_000), 300_000],
  ])('runs in linear time on a long run (%#)', (line, seams) => {
    expect(line.match(SCRIPT_SEAM)?.length ?? 0).toBe(seams)
  })
})
