import { describe, expect, it } from 'vitest'
import seed from '../../../../seeds/000_b304420120629e83.txt?raw'
import { analyze } from '../analyze.ts'
import { AnalysisSchema } from '../schemas/analysis.ts'
import { sampleAnalysis } from './analysis.fixture.ts'
import { formatJson } from './json.ts'
import { formatNdjson } from './ndjson.ts'

describe('formatJson', () => {
  it('round-trips one analysis as an object and several as an array', () => {
    expect(AnalysisSchema.parse(JSON.parse(formatJson(sampleAnalysis)))).toEqual(sampleAnalysis)
    expect(JSON.parse(formatJson([sampleAnalysis, sampleAnalysis]))).toHaveLength(2)
  })

  it.each([
    [undefined, '{\n  "article"'],
    [0, '{"article"'],
  ])('indent %s starts with %j and ends with a newline', (indent, start) => {
    const json = formatJson(sampleAnalysis, indent === undefined ? {} : { indent })
    expect(json.startsWith(start)).toBe(true)
    expect(json.endsWith('}\n')).toBe(true)
  })

  it('round-trips the seed', () => {
    const analysis = analyze(seed)
    expect(AnalysisSchema.parse(JSON.parse(formatJson(analysis)))).toEqual(analysis)
  })
})

describe('formatNdjson', () => {
  it('writes one compact line per analysis, in order', () => {
    const other = {
      ...sampleAnalysis,
      article: { ...sampleAnalysis.article, text: `${sampleAnalysis.article.text}\n` },
    }
    const lines = formatNdjson([sampleAnalysis, analyze(seed), other]).split('\n')
    expect(lines).toHaveLength(4)
    expect(lines[3]).toBe('')
    const records = lines.slice(0, 3).map((line) => AnalysisSchema.parse(JSON.parse(line)))
    expect(records[0]).toEqual(sampleAnalysis)
    expect(records[1]?.article.text).toBe(seed)
    expect(records[2]).toEqual(other)
  })

  it('writes nothing for no analyses and one line for one', () => {
    expect(formatNdjson([])).toBe('')
    expect(formatNdjson(sampleAnalysis).split('\n')).toHaveLength(2)
  })
})
