import { z } from '@hono/zod-openapi'

/** One validation issue, as zod reports it. */
export type Issue = { code: string; path: (string | number)[]; message: string }

/** What an error answer carries besides status and code. */
type ApiErrorOptions = { issues?: Issue[]; headers?: Record<string, string>; cause?: unknown }

/**
 * The API's one error class: an HTTP status, a stable `code` for programs, and a detail for people.
 * `onError` turns it into `application/problem+json`.
 * @example throw new ApiError(404, 'not-found', 'No article a_0123456789abcdef.')
 */
export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly issues: Issue[] | undefined
  readonly headers: Record<string, string>

  constructor(status: number, code: string, detail: string, options: ApiErrorOptions = {}) {
    super(detail, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'ApiError'
    this.status = status
    this.code = code
    this.issues = options.issues
    this.headers = options.headers ?? {}
  }
}

/** Short titles of the statuses the API answers. */
const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
  507: 'Insufficient Storage',
}

/** An RFC 9457 problem document. */
export const ProblemSchema = z
  .object({
    type: z.string().describe('A URI naming the kind of problem: urn:whosaid:problem:<code>.'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string().describe('The same kind, for programs: invalid-request, not-found, …'),
    issues: z
      .array(
        z.object({ code: z.string(), path: z.array(z.union([z.string(), z.number()])), message: z.string() }),
      )
      .optional()
      .describe('What was wrong with the request, one entry per problem (zod issues).'),
  })
  .meta({ id: 'Problem', description: 'An error, as application/problem+json (RFC 9457).' })

/** An RFC 9457 problem document. */
export type Problem = z.infer<typeof ProblemSchema>

/**
 * The problem document of an ApiError.
 * @example toProblem(new ApiError(404, 'not-found', 'No such actor.')).type // 'urn:whosaid:problem:not-found'
 */
export function toProblem(error: ApiError): Problem {
  return {
    type: `urn:whosaid:problem:${error.code}`,
    title: TITLES[error.status] ?? 'Error',
    status: error.status,
    detail: error.message,
    code: error.code,
    ...(error.issues ? { issues: error.issues } : {}),
  }
}

/**
 * A value parsed by `schema`, or the 400 the OpenAPI routes answer when it does not match: for a body a route reads
 * itself (a large one, a page).
 * @example const { text } = checkedBody(ArticleInputSchema, read.value)
 */
export function checkedBody<Schema extends z.ZodType>(schema: Schema, body: unknown): z.output<Schema> {
  const parsed = schema.safeParse(body)
  if (parsed.success) return parsed.data
  throw new ApiError(400, 'invalid-request', 'The request does not match the API: see issues.', {
    issues: toIssues(parsed.error.issues),
  })
}

/** Zod issues, reduced to what a client needs. */
export function toIssues(
  issues: readonly { code: string; path: readonly PropertyKey[]; message: string }[],
): Issue[] {
  return issues.map(({ code, path, message }) => ({
    code,
    path: path.map((key) => (typeof key === 'number' ? key : String(key))),
    message,
  }))
}
