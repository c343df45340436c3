import { expect, it } from 'vitest'
import * as core from './index.ts'

// A change to the public API of @whosaid/core shows here as a diff.
it('exports the public API of @whosaid/core', () => {
  expect(Object.keys(core).sort()).toMatchSnapshot()
})
