import { describe, expect, it } from 'vitest'
import { type FileReference, pointRuntimeFiles } from './runtime-files.ts'

/** Knows a thread module, a data folder and a workspace script, as the CLI's build does. */
const KNOWN = new Map([
  ['url ./sorter-thread.ts', 'sorter-thread.js'],
  ['url ../../samples', 'samples'],
  ['resolve @acme/app/start', 'app-start.js'],
])
const locate = ({ kind, target }: FileReference) => KNOWN.get(`${kind} ${target}`)

describe('pointRuntimeFiles', () => {
  it.each([
    [
      'a thread module beside the source',
      "const THREAD = new URL('./sorter-thread.ts', import.meta.url)",
      "const THREAD = new URL('./sorter-thread.js', import.meta.url)",
    ],
    [
      'a folder up the tree',
      "const SAMPLES = fileURLToPath(new URL('../../samples', import.meta.url))",
      "const SAMPLES = fileURLToPath(new URL('./samples', import.meta.url))",
    ],
    [
      'a resolved package script, kept an href',
      "return fileURLToPath(import.meta.resolve('@acme/app/start'))",
      "return fileURLToPath(new URL('./app-start.js', import.meta.url).href)",
    ],
    [
      'a URL of something else',
      'const { host } = new URL(request.url)',
      'const { host } = new URL(request.url)',
    ],
    ['a URL with a base other than the module', "new URL('/v1', base)", "new URL('/v1', base)"],
  ])('points %s', (_kind, source, expected) => {
    expect(pointRuntimeFiles(source, locate)).toEqual({ contents: expected, unknown: [] })
  })

  it.each([
    ['a module it does not know', "new URL('./other-thread.ts', import.meta.url)"],
    ['a package it does not know', "import.meta.resolve('@acme/app/admin')"],
  ])('refuses %s, leaving it as it is', (_kind, source) => {
    expect(pointRuntimeFiles(source, locate)).toEqual({ contents: source, unknown: [source] })
  })

  it('reads a long line without a closing quote in linear time', () => {
    const source = `new URL('${'a'.repeat(100_000)}`
    expect(pointRuntimeFiles(source, locate).contents).toBe(source)
  })
})
