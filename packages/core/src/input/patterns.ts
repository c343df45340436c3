// Every regular expression of the input parsers, in one place so that one test can run them all on long
// adversarial input. Each is linear: no nested or adjacent overlapping quantifiers.

/** A run of HTML whitespace. */
export const SPACE_RUN = /[ \t\n\r\f]+/g

/** Inline styles that hide an element. */
export const HIDDEN_STYLE = /(?:display|visibility)[ \t\n\r\f]*:[ \t\n\r\f]*(?:none|hidden)/i

/** Splits class names and ids into words: on punctuation, and between a lower-case letter and a capital. */
export const WORD_BOUNDARY = /[^a-zA-Z0-9]+|(?<=[a-z0-9])(?=[A-Z])/

/** An ISO 8601 date, optionally with a time and an offset: 2024-03-05, 2024-03-05T10:00, 2024-03-05 10:00:00.5+0100. */
export const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?[ ]?(Z|z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?$/

/** An RFC 822 / 2822 date as RSS writes it: Tue, 05 Mar 2024 10:00:00 GMT (weekday, seconds and zone optional). */
export const RFC_822_DATE =
  /^(?:[A-Za-z]{2,9},?[ ]+)?(\d{1,2})[ -]+([A-Za-z]{3,9})\.?[ -]+(\d{2}|\d{4})(?:[ ]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[ ]*([A-Za-z]{1,5}|[+-]\d{4}))?)?$/

/** An absolute http(s) URL: its scheme and authority, its path, and its query and fragment. */
export const HTTP_URL = /^(https?:\/\/[^/?#\s]+)(\/[^?#]*)?([\s\S]*)$/i

/** A URL scheme, such as `https:` or `mailto:`. */
export const URL_SCHEME = /^[a-z][a-z0-9+.-]*:/i

/** The host of an http(s) URL, without user info or port. */
export const URL_HOST = /^https?:\/\/(?:[^@/?#]*@)?([^:/?#\s]+)/i

/** A leading "By" in a byline. */
export const BYLINE_PREFIX = /^(?:by|from)[ :]+/i
