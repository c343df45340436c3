// A JSON body read for an article: parsed, with its text's article id. No Node imports: the pool's threads read
// with it, and so does the API inline where it has no pool (workerd).
import { hashText } from '@whosaid/core'

/**
 * A JSON body read: its value and, when it holds a string `text`, that text's article id (`a_` and core's
 * `hashText`, which reads a NUL or a lone surrogate as U+FFFD, as the stored text has it); or the parser's
 * message when it is not JSON.
 */
export type JsonRead = { value: unknown; textId: string | undefined } | { malformed: string }

const decoder = new TextDecoder()

/**
 * Parses a JSON body, its text or its UTF-8 bytes (decoded as a `Response` decodes them: a BOM dropped, a bad
 * sequence as U+FFFD), and takes the article id of its `text`.
 * @example readJson('{"text":"Ann Lee said so."}') // { value: { text: 'Ann Lee said so.' }, textId: 'a_…' }
 */
export function readJson(body: string | ArrayBuffer): JsonRead {
  let value: unknown
  try {
    value = JSON.parse(typeof body === 'string' ? body : decoder.decode(body))
  } catch (error) {
    return { malformed: error instanceof Error ? error.message : String(error) }
  }
  const text = (value as { text?: unknown } | null)?.text
  return { value, textId: typeof text === 'string' ? `a_${hashText(text)}` : undefined }
}
