import { describe, expect, it } from 'vitest'
import { argvProblem } from './train-statements.ts'

describe('argvProblem: a training run starts only on known options, each with its value', () => {
  it.each<[string[], string | undefined]>([
    [[], undefined],
    [['--only', 'content'], undefined],
    [['--only', 'source', '--base', 'model.json', '--epochs', '3'], undefined],
    [['--epoch', '3'], 'unknown option --epoch'],
    [['--only'], '--only needs a value'],
    [['content'], 'unknown option content'],
    [['--out', 'x.json', '--verbose', '1'], 'unknown option --verbose'],
    [['--only', 'cue', '--first-bag', '6'], undefined],
    [['--first-bag'], '--first-bag needs a value'],
    [['--first-bags', '6'], 'unknown option --first-bags'],
  ])('%j', (argv, expected) => {
    expect(argvProblem(argv)).toBe(expected)
  })
})
