import { describe, expect, it } from 'vitest'
import { ApiError, ProblemSchema, toIssues, toProblem } from './errors.ts'

describe('toProblem', () => {
  it.each([
    { error: new ApiError(404, 'not-found', 'No article.'), title: 'Not Found' },
    { error: new ApiError(429, 'rate-limited', 'Slow down.'), title: 'Too Many Requests' },
    { error: new ApiError(418, 'teapot', 'Short and stout.'), title: 'Error' },
  ])('$error.status $error.code', ({ error, title }) => {
    const problem = toProblem(error)
    expect(ProblemSchema.parse(problem)).toEqual({
      type: `urn:whosaid:problem:${error.code}`,
      title,
      status: error.status,
      detail: error.message,
      code: error.code,
    })
  })

  it('carries validation issues with paths', () => {
    const issues = toIssues([{ code: 'too_big', path: ['limit', 0, Symbol.for('x')], message: 'Too big' }])
    expect(toProblem(new ApiError(400, 'invalid-request', 'Bad.', { issues })).issues).toEqual([
      { code: 'too_big', path: ['limit', 0, 'Symbol(x)'], message: 'Too big' },
    ])
  })
})
