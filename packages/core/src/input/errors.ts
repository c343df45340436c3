/** What was wrong with an input, for callers to branch on (never on the message). */
export type InputErrorCode = 'not-a-feed'

/**
 * Input that cannot be read at all, e.g. a page given as a feed. Carries a stable `code`.
 * @example try { parseFeed(html) } catch (error) { if (error instanceof InputError && error.code === 'not-a-feed') … }
 */
export class InputError extends Error {
  readonly code: InputErrorCode

  constructor(code: InputErrorCode, message: string) {
    super(message)
    this.name = 'InputError'
    this.code = code
  }
}
