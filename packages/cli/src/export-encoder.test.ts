import { readFileSync } from 'node:fs'
import { type Analysis, analyze, formatAnalyses, OutputFormatSchema } from '@whosaid/core'
import { describe, expect, it } from 'vitest'
import { exportEncoder } from './export-encoder.ts'

const seed = readFileSync(new URL('../../../seeds/000_b304420120629e83.txt', import.meta.url), 'utf8')
const analyses = {
  seed: analyze(seed),
  short: analyze('Ann objects\n\n"We will not accept it," Ann Smith said of the plan.'),
  quiet: analyze('Nothing here\n\nThe weather was fine.'),
}

const lists: [string, Analysis[]][] = [
  ['none', []],
  ['the seed', [analyses.seed]],
  ['no statements', [analyses.quiet]],
  ['three', [analyses.quiet, analyses.seed, analyses.short]],
]

function encodeAll(format: (typeof OutputFormatSchema.options)[number], list: Analysis[]): string {
  const encoder = exportEncoder(format)
  return encoder.head() + list.map((analysis) => encoder.encode(analysis)).join('') + encoder.tail()
}

describe('exportEncoder', () => {
  for (const format of OutputFormatSchema.options) {
    it.each(lists)(`streams ${format} of %s exactly as formatAnalyses prints it whole`, (_name, list) => {
      expect(encodeAll(format, list)).toBe(formatAnalyses(list, format))
    })
  }

  it('starts CSV with a byte order mark when asked', () => {
    expect(exportEncoder('csv', { bom: true }).head()).toMatch(/^\uFEFFarticle_id,statement_id,/)
  })
})
