/** English names of languages, from the runtime's own CLDR data (Intl), so no list is kept here. */
const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' })

/**
 * The English name of an ISO 639-1 language code, for a reader: "de" → "German". An unknown or malformed code is
 * shown as it is rather than dropped.
 * @example languageName('pt') // 'Portuguese'
 */
export function languageName(code: string): string {
  try {
    return names.of(code) ?? code
  } catch {
    return code
  }
}
