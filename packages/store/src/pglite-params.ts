// A query's long text parameters cross to the embedded database's thread as UTF-8 bytes, encoded a piece at a time
// with the event loop run between pieces and moved (transferred), not copied: posting a message copies its strings
// on the sender's thread in one piece (structured clone), and the parameters of a 10 MB article's write (its text
// and its analysis' tens of megabytes of JSON) held the server's thread for about half a second.
import { pause, sliceEnd } from './json-slices.ts'

/** Characters past which a text parameter is sent as bytes. */
export const LONG_TEXT = 1 << 18

/** Characters encoded between two pauses. */
const CHARACTERS_PER_PIECE = 1 << 18

const encoder = new TextEncoder()

/** A query's parameters as sent: `bytes` lists the ones sent as pieces of UTF-8 (`Uint8Array[]`). */
export type SentParams = { params: unknown[]; bytes: number[]; transfer: ArrayBuffer[] }

/**
 * The parameters to post, each text of over LONG_TEXT characters as UTF-8 pieces ending between characters (each
 * decodes alone), with their buffers to transfer; none long, the same list, at once.
 * @example const sent = await encodeLongTexts(['x'.repeat(1 << 20)]) // sent.bytes: [0]
 */
export async function encodeLongTexts(params: readonly unknown[]): Promise<SentParams> {
  const sent: SentParams = { params: [...params], bytes: [], transfer: [] }
  for (let index = 0; index < params.length; index++) {
    const text = params[index]
    if (typeof text !== 'string' || text.length <= LONG_TEXT) continue
    const pieces: Uint8Array[] = []
    for (let start = 0; start < text.length; ) {
      const end = sliceEnd(text, start + CHARACTERS_PER_PIECE)
      const piece = encoder.encode(text.slice(start, end))
      pieces.push(piece)
      sent.transfer.push(piece.buffer as ArrayBuffer)
      start = end
      await pause()
    }
    sent.params[index] = pieces
    sent.bytes.push(index)
  }
  return sent
}

/**
 * The parameters as the query takes them, on the database's thread: the pieces of each of `bytes` decoded and
 * joined back into its text.
 * @example decodeLongTexts([[new TextEncoder().encode('a')]], [0]) // ['a']
 */
export function decodeLongTexts(params: readonly unknown[], bytes: readonly number[] = []): unknown[] {
  const out = [...params]
  const decoder = new TextDecoder()
  for (const index of bytes) {
    const pieces = out[index] as Uint8Array[]
    out[index] = pieces.map((piece) => decoder.decode(piece)).join('')
  }
  return out
}
