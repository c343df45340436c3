import type { z } from 'zod'
import { StoreError } from './errors.ts'

/** Base64url without padding, for any string (UTF-8 first), on every runtime. */
function toBase64Url(text: string): string {
  let binary = ''
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte)
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')
}

/** The inverse of `toBase64Url`; throws on anything that is not base64url. */
function fromBase64Url(encoded: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(encoded)) throw new Error('not base64url')
  const binary = atob(encoded.replaceAll('-', '+').replaceAll('_', '/'))
  return new TextDecoder('utf-8', { fatal: true }).decode(
    Uint8Array.from(binary, (char) => char.charCodeAt(0)),
  )
}

/**
 * Makes an opaque cursor from the sort key of the last item of a page.
 * @example encodeCursor(['2024-05-01T00:00:00.000Z', 'a_0123456789abcdef'])
 */
export function encodeCursor(key: readonly unknown[]): string {
  return toBase64Url(JSON.stringify(key))
}

/**
 * Reads a cursor back into its sort key, checked against `schema`; a foreign or damaged cursor is a StoreError.
 * @example decodeCursor(cursor, z.tuple([z.string(), z.string()]))
 */
export function decodeCursor<Key extends z.ZodType>(cursor: string, schema: Key): z.infer<Key> {
  let parsed: unknown
  try {
    parsed = JSON.parse(fromBase64Url(cursor))
  } catch {
    throw new StoreError('invalid-cursor', 'The cursor is not one this list gave out.')
  }
  const result = schema.safeParse(parsed)
  if (!result.success) throw new StoreError('invalid-cursor', 'The cursor is not one this list gave out.')
  return result.data
}
