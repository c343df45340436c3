import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { renderJsonSchemas, SCHEMAS_DIR } from './build-schemas.ts'

describe('JSON Schema files', () => {
  it.each([...renderJsonSchemas()])(
    'schemas/%s is up to date (run npm run build:schemas -w @whosaid/core)',
    (file, json) => {
      expect(readFileSync(new URL(file, SCHEMAS_DIR), 'utf8')).toBe(json)
    },
  )

  it('describes the Analysis with every part of the data model', () => {
    const schema = JSON.parse(renderJsonSchemas().get('analysis.schema.json') ?? '{}')
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(Object.keys(schema.$defs)).toEqual(
      expect.arrayContaining(['Analysis', 'Article', 'Actor', 'Statement', 'Span', 'Stance', 'Relation']),
    )
    expect(schema.$defs.Analysis.required).toEqual(['article', 'actors', 'statements', 'extractor'])
  })
})
