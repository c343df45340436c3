import { describe, expect, it } from 'vitest'
import seed from '../../../../seeds/000_b304420120629e83.txt?raw'
import { analyze } from '../analyze.ts'
import { sampleAnalysis } from './analysis.fixture.ts'
import { formatAnalyses, OUTPUT_FORMATS, OutputFormatSchema } from './index.ts'

describe('formatAnalyses', () => {
  it.each(OutputFormatSchema.options)(
    '%s writes the seed and a hand-built analysis, ending with a newline',
    (format) => {
      const output = formatAnalyses([analyze(seed), sampleAnalysis], format)
      expect(output.endsWith('\n')).toBe(true)
      expect(output).toContain('s_0000000000000001')
      expect(OUTPUT_FORMATS[format].mediaType).toMatch(/^[a-z]+\/[a-z.+-]+/)
    },
  )

  it('is deterministic', () => {
    for (const format of OutputFormatSchema.options) {
      expect(formatAnalyses(analyze(seed), format)).toBe(formatAnalyses(analyze(seed), format))
    }
  })
})
