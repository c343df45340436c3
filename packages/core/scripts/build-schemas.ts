// Writes the JSON Schema files for Article, Actor, Statement and Analysis, generated from the zod schemas, into
// packages/core/schemas/. They are committed and shipped; a test fails when they fall behind the zod schemas.
// Run: npm run build:schemas -w @whosaid/core
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { z } from 'zod'
import { ActorSchema, AnalysisSchema, ArticleSchema, StatementSchema } from '../src/schemas/index.ts'

/** Where the JSON Schema files live. */
export const SCHEMAS_DIR = new URL('../schemas/', import.meta.url)

/** Each JSON Schema file and the zod schema it comes from. */
export const JSON_SCHEMA_SOURCES = {
  'article.schema.json': ArticleSchema,
  'actor.schema.json': ActorSchema,
  'statement.schema.json': StatementSchema,
  'analysis.schema.json': AnalysisSchema,
} as const

/**
 * Renders every JSON Schema file (draft 2020-12, describing the output whosaid writes) as formatted JSON.
 * @example renderJsonSchemas().get('analysis.schema.json') // '{\n  "$schema": "https://json-schema.org/draft/2020-12/schema",…'
 */
export function renderJsonSchemas(): Map<string, string> {
  const files = new Map<string, string>()
  for (const [file, schema] of Object.entries(JSON_SCHEMA_SOURCES)) {
    const { $schema, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any' })
    const title = file.replace('.schema.json', '').replace(/^./, (letter) => letter.toUpperCase())
    files.set(file, `${formatJson({ $schema, title, ...rest })}\n`)
  }
  return files
}

const LINE_WIDTH = 110

/**
 * JSON laid out as the repository's formatter (Biome) lays it out, so that formatting never makes the committed
 * files differ from the generated ones: objects one key a line, arrays of plain values on one line when they fit.
 */
export function formatJson(value: unknown, indent = '', prefixLength = 0, last = true): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]'
    const inline = `[${value.map((item) => JSON.stringify(item)).join(', ')}]`
    const plain = value.every((item) => item === null || typeof item !== 'object')
    if (plain && indent.length + prefixLength + inline.length + (last ? 0 : 1) <= LINE_WIDTH) return inline
    const inner = `${indent}  `
    const items = value.map((item, i) => inner + formatJson(item, inner, 0, i === value.length - 1))
    return `[\n${items.join(',\n')}\n${indent}]`
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
    if (entries.length === 0) return '{}'
    const inner = `${indent}  `
    const lines = entries.map(([key, item], i) => {
      const prefix = `${JSON.stringify(key)}: `
      return inner + prefix + formatJson(item, inner, prefix.length, i === entries.length - 1)
    })
    return `{\n${lines.join(',\n')}\n${indent}}`
  }
  return JSON.stringify(value)
}

/** Writes the JSON Schema files and returns their names. */
export function writeJsonSchemas(): string[] {
  mkdirSync(SCHEMAS_DIR, { recursive: true })
  const files = renderJsonSchemas()
  for (const [file, json] of files) {
    // Rewriting an unchanged file would race with tests that read it while a build runs.
    const path = new URL(file, SCHEMAS_DIR)
    if (!existsSync(path) || readFileSync(path, 'utf8') !== json) writeFileSync(path, json)
  }
  return [...files.keys()]
}

if (import.meta.main) console.log(`wrote schemas/${writeJsonSchemas().join(', schemas/')}`)
