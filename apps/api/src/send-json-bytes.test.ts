// Long JSON bytes go out a slice at a time (`bytesInSlices`): every byte once, in order, no slice over a MiB.
import { describe, expect, it } from 'vitest'
import { bytesInSlices } from './send-json-bytes.ts'

const MIB = 1024 * 1024

/** The slices a value answers: itself when it is bytes, else what its stream gives. */
async function slicesOf(answer: Uint8Array | ReadableStream<Uint8Array>): Promise<Uint8Array[]> {
  if (answer instanceof Uint8Array) return [answer]
  const slices: Uint8Array[] = []
  for await (const slice of answer) slices.push(slice)
  return slices
}

describe('bytesInSlices', () => {
  it.each([
    { name: 'an empty answer', length: 0, stream: false, slices: 1 },
    { name: 'a MiB exactly', length: MIB, stream: false, slices: 1 },
    { name: 'a byte over a MiB', length: MIB + 1, stream: true, slices: 2 },
    { name: 'two and a half MiB', length: 2.5 * MIB, stream: true, slices: 3 },
  ])('sends $name as $slices slice(s), each byte once and in order', async ({ length, stream, slices }) => {
    const bytes = Uint8Array.from({ length }, (_, i) => i % 251)
    const answer = bytesInSlices(bytes)
    expect(answer instanceof ReadableStream).toBe(stream)
    const sent = await slicesOf(answer)
    expect(sent).toHaveLength(slices)
    expect(sent.every((slice) => slice.byteLength <= MIB)).toBe(true)
    expect(Buffer.concat(sent).equals(bytes)).toBe(true)
  })
})
