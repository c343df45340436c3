import { describe, expect, it } from 'vitest'
import { parseScriptArgs } from './script-args.ts'

const OPTIONS = {
  split: { type: 'string', default: 'all' },
  errors: { type: 'boolean', default: false },
} as const

describe('parseScriptArgs', () => {
  it.each([
    { argv: [], values: { split: 'all', errors: false } },
    { argv: ['--split', 'tune'], values: { split: 'tune', errors: false } },
    { argv: ['--errors', '--split=heldback'], values: { split: 'heldback', errors: true } },
  ])('reads $argv', ({ argv, values }) => {
    expect(parseScriptArgs(argv, OPTIONS)).toEqual({ values })
  })

  it.each([[['--help']], [['-h']], [['--split', 'tune', '--help']]])('asks for help on %j', (argv) => {
    expect(parseScriptArgs(argv, OPTIONS)).toEqual({ help: true })
  })

  it.each([
    { argv: ['--eror'], names: '--eror' },
    { argv: ['--split'], names: '--split' },
    { argv: ['tune'], names: 'tune' },
    { argv: ['--errors=yes'], names: '--errors' },
  ])('names the problem in $argv', ({ argv, names }) => {
    const parsed = parseScriptArgs(argv, OPTIONS)
    expect(parsed).toHaveProperty('problem')
    expect('problem' in parsed && parsed.problem).toContain(names)
  })
})
