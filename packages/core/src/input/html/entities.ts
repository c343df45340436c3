// Named character references that news pages actually use: the Latin-1 set (nbsp … yuml, in code point order)
// and the typographic ones. The full HTML table has 2,231 names; an unknown name stays as written, as in browsers.
const LATIN_1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute ' +
  'micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig ' +
  'Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash ' +
  'Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc ' +
  'euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml ' +
  'yacute thorn yuml'

// name:hex code point pairs.
const OTHER =
  'amp:26 lt:3c gt:3e quot:22 apos:27 OElig:152 oelig:153 Scaron:160 scaron:161 Yuml:178 fnof:192 ' +
  'circ:2c6 tilde:2dc ensp:2002 emsp:2003 thinsp:2009 zwnj:200c zwj:200d lrm:200e rlm:200f ndash:2013 ' +
  'mdash:2014 horbar:2015 lsquo:2018 rsquo:2019 sbquo:201a ldquo:201c rdquo:201d bdquo:201e dagger:2020 ' +
  'Dagger:2021 bull:2022 hellip:2026 permil:2030 prime:2032 Prime:2033 lsaquo:2039 rsaquo:203a ' +
  'oline:203e frasl:2044 euro:20ac trade:2122 larr:2190 uarr:2191 rarr:2192 darr:2193 harr:2194 ' +
  'minus:2212 le:2264 ge:2265 ne:2260 asymp:2248 infin:221e hyphen:2010 dash:2010 nbhy:2011 numsp:2007 ' +
  'puncsp:2008 hairsp:200a NoBreak:2060 Alpha:391 alpha:3b1 Beta:392 beta:3b2 Gamma:393 gamma:3b3 ' +
  'Delta:394 delta:3b4 pi:3c0 mu:3bc sigma:3c3 Omega:3a9 omega:3c9 star:2606 check:2713 loz:25ca ' +
  'spades:2660 clubs:2663 hearts:2665 diams:2666 sdot:22c5 middot:b7 half:bd'

const NAMED = new Map<string, number>(
  OTHER.split(' ').map((pair) => {
    const [name = '', hex = ''] = pair.split(':')
    return [name, Number.parseInt(hex, 16)]
  }),
)
for (const [index, name] of LATIN_1.split(' ').entries()) NAMED.set(name, 0xa0 + index)

// Names that browsers also accept without the closing semicolon (a subset of the legacy list).
const LEGACY = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg', 'AMP', 'LT', 'GT', 'QUOT'])
NAMED.set('AMP', 0x26).set('LT', 0x3c).set('GT', 0x3e).set('QUOT', 0x22)

// What browsers read for the C1 control numbers, which pages mean as Windows-1252.
const WINDOWS_1252 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
]

const MAX_NAME = 32

/**
 * Replaces character references (`&amp;`, `&#8217;`, `&#x2019;`, `&nbsp`) with the characters they stand for,
 * as a browser would; in attribute values a semicolon-less name before `=` or a letter stays as written.
 * Linear in the length of the input.
 * @example decodeEntities('Fish &amp; chips &#8212; &ldquo;yes&rdquo;') // 'Fish & chips — “yes”'
 */
export function decodeEntities(input: string, inAttribute = false): string {
  let at = input.indexOf('&')
  if (at === -1) return input
  let out = ''
  let copied = 0
  while (at !== -1) {
    const decoded =
      input.charCodeAt(at + 1) === 0x23 ? readNumeric(input, at) : readNamed(input, at, inAttribute)
    if (decoded) {
      out += input.slice(copied, at) + decoded.text
      copied = decoded.end
    }
    at = input.indexOf('&', decoded ? decoded.end : at + 1)
  }
  return out + input.slice(copied)
}

function readNumeric(input: string, at: number): { text: string; end: number } | null {
  const hex = (input.charCodeAt(at + 2) | 0x20) === 0x78
  let i = at + (hex ? 3 : 2)
  const digitsStart = i
  let value = 0
  for (
    let digit = digitValue(input.charCodeAt(i), hex);
    digit !== -1;
    digit = digitValue(input.charCodeAt(++i), hex)
  ) {
    // Past the last code point the number is out of range whatever follows; stop growing it.
    value = Math.min(value * (hex ? 16 : 10) + digit, 0x110000)
  }
  if (i === digitsStart) return null
  if (input.charCodeAt(i) === 0x3b) i++
  return { text: String.fromCodePoint(numericCodePoint(value)), end: i }
}

function numericCodePoint(value: number): number {
  if (value === 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) return 0xfffd
  if (value >= 0x80 && value <= 0x9f) return WINDOWS_1252[value - 0x80] ?? value
  return value
}

function digitValue(code: number, hex: boolean): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30
  if (!hex) return -1
  const lower = code | 0x20
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1
}

function readNamed(input: string, at: number, inAttribute: boolean): { text: string; end: number } | null {
  let i = at + 1
  while (i < input.length && i - at <= MAX_NAME && isAlphanumeric(input.charCodeAt(i))) i++
  const name = input.slice(at + 1, i)
  const code = NAMED.get(name)
  if (code === undefined) return inAttribute ? null : readLegacyPrefix(at, name)
  if (input.charCodeAt(i) === 0x3b) return { text: String.fromCodePoint(code), end: i + 1 }
  if (!LEGACY.has(name)) return null
  const next = input.charCodeAt(i)
  if (inAttribute && (next === 0x3d || isAlphanumeric(next))) return null
  return { text: String.fromCodePoint(code), end: i }
}

// In text, browsers read "&copy2024" as "©2024": a legacy name needs no semicolon, even before letters.
function readLegacyPrefix(at: number, name: string): { text: string; end: number } | null {
  for (let length = 4; length >= 2; length--) {
    const prefix = name.slice(0, length)
    const code = NAMED.get(prefix)
    if (code !== undefined && LEGACY.has(prefix))
      return { text: String.fromCodePoint(code), end: at + 1 + length }
  }
  return null
}

function isAlphanumeric(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
}
