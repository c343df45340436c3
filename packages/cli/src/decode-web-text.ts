import { CliError } from './cli-error.ts'

// Pages and feeds declare their encoding near the top; browsers look at the first 1024 bytes only.
const SNIFF_BYTES = 1024
const META_CHARSET = /<meta\b[^>]{0,512}?charset\s{0,8}=\s{0,8}["']?([\w.:-]{1,40})/i
const XML_ENCODING = /^\s{0,64}<\?xml\b[^>]{0,200}?encoding\s{0,8}=\s{0,8}["']([\w.:-]{1,40})["']/
const CONTENT_TYPE_CHARSET = /;\s{0,8}charset\s{0,8}=\s{0,8}["']?([\w.:-]{1,40})/i

/**
 * The encoding a page or feed declares: a byte order mark, else the Content-Type charset, else `<meta charset>`
 * or the XML declaration in the first 1024 bytes; undefined when it declares none.
 * @example declaredCharset(bytes, 'text/html; charset=ISO-8859-1') // 'iso-8859-1'
 */
export function declaredCharset(bytes: Uint8Array, contentType: string | undefined): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  const header = contentType === undefined ? undefined : CONTENT_TYPE_CHARSET.exec(contentType)?.[1]
  if (header) return header.toLowerCase()
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES))
  const sniffed = XML_ENCODING.exec(head)?.[1] ?? META_CHARSET.exec(head)?.[1]
  return sniffed?.toLowerCase()
}

/**
 * Decodes a fetched or saved page or feed in the encoding it declares (UTF-8 when it declares none or one this
 * runtime does not know). Bytes that do not decode become U+FFFD: odd text is not an error, but an empty or
 * binary input is, as a CliError naming `label`.
 * @example decodeWebText(bytes, response.headers.get('content-type') ?? undefined, url)
 */
export function decodeWebText(bytes: Uint8Array, contentType: string | undefined, label: string): string {
  if (bytes.length === 0) throw new CliError('empty', 'is empty', label)
  const charset = declaredCharset(bytes, contentType) ?? 'utf-8'
  if (!charset.startsWith('utf-16') && bytes.includes(0)) {
    throw new CliError('binary', 'looks binary (it has NUL bytes), expected a page or feed', label)
  }
  return decode(bytes, charset)
}

function decode(bytes: Uint8Array, charset: string): string {
  try {
    return new TextDecoder(charset).decode(bytes)
  } catch {
    return new TextDecoder('utf-8').decode(bytes)
  }
}
