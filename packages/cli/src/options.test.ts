import { describe, expect, it } from 'vitest'
import { chooseFormat } from './export-format.ts'
import { parseConcurrency, parseMaxBytes, parseTimeout, storeOptions } from './options.ts'

describe('option values', () => {
  it.each([
    [parseTimeout, undefined, 15],
    [parseTimeout, '2.5', 2.5],
    [parseTimeout, '30', 30],
    [parseMaxBytes, undefined, 5 * 1024 * 1024],
    [parseMaxBytes, '1000', 1000],
    [parseConcurrency, undefined, 4],
    [parseConcurrency, '64', 64],
  ] as const)('%o(%j) is %j', (parse, value, expected) => {
    expect(parse(value)).toBe(expected)
  })

  it.each([
    [parseTimeout, '0'],
    [parseTimeout, '-1'],
    [parseTimeout, 'soon'],
    [parseTimeout, '1e3'],
    [parseTimeout, '100000'],
    [parseMaxBytes, '0'],
    [parseMaxBytes, '5MB'],
    [parseConcurrency, '0'],
    [parseConcurrency, '65'],
  ] as const)('%o refuses %j as a usage error', (parse, value) => {
    expect(() => parse(value)).toThrow(expect.objectContaining({ code: 'usage' }))
  })
})

describe('storeOptions', () => {
  const env = { databaseUrl: 'postgres://u@127.0.0.1:5432/env', dataDir: '/env/data' }
  const none = { databaseUrl: undefined, dataDir: undefined }
  it.each([
    [{}, none, {}],
    [{}, env, { databaseUrl: env.databaseUrl }],
    [{ data: '/flag' }, env, { dataDir: '/flag' }],
    [{ db: 'postgresql://u@h/flag' }, env, { databaseUrl: 'postgresql://u@h/flag' }],
    [{}, { databaseUrl: undefined, dataDir: '/env/data' }, { dataDir: '/env/data' }],
  ])('%j with %j is %j', (values, given, expected) => {
    expect(storeOptions(values, given)).toEqual(expected)
  })

  it.each([
    [{ db: 'mysql://u@h/db' }, '--db takes a PostgreSQL URL'],
    [{ db: 'postgres://u@h/db', data: '/d' }, '--data and --db exclude each other'],
  ])('refuses %j', (values, message) => {
    expect(() => storeOptions(values, none)).toThrow(message)
  })
})

describe('chooseFormat', () => {
  it.each([
    [undefined, undefined, 'json'],
    ['csv', undefined, 'csv'],
    ['annotations', 'out.jsonld', 'annotations'],
    [undefined, 'out.CSV', 'csv'],
    [undefined, 'out.jsonl', 'ndjson'],
    [undefined, 'out.jsonld', 'jsonld'],
    [undefined, 'out.txt', 'json'],
    [undefined, '-', 'json'],
  ])('--format %j --out %j is %s', (format, out, expected) => {
    expect(chooseFormat(format, out)).toBe(expected)
  })

  it('names the formats when given another', () => {
    expect(() => chooseFormat('xml', undefined)).toThrow(
      '--format takes one of json, ndjson, csv, jsonld, annotations, not "xml"',
    )
  })
})
