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

/** A leading "By" in a byline, in the languages whosaid reads. */
export const BYLINE_PREFIX = /^(?:by|from|von|par|por|door|autor|autorin|author|written by)[ :]+/i

/** A date written with numbers in running text: 2024-03-05, 5.3.2024, 05.03.2024, 5/3/2024 (day, month, year groups follow the form). */
export const NUMERIC_DATE_TEXT =
  /(?<![\d.])(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})\.[ ]?(\d{1,2})\.[ ]?(\d{4})|(\d{1,2})\/(\d{1,2})\/(\d{4}))(?![\d])/

/** A day, a month's name and a year: 5 March 2024, 5. März 2024, 5th of March, 2024, 5 de marzo de 2024. */
export const DAY_MONTH_YEAR_TEXT =
  /(?<![\p{L}\d])(\d{1,2})(?:\.|st|nd|rd|th|er|º)?[ \u00a0]{1,3}(?:(?:of|de)[ \u00a0]{1,3})?(\p{L}{3,12})\.?,?[ \u00a0]{1,3}(?:(?:de|del)[ \u00a0]{1,3})?(\d{4})(?!\d)/iu

/** A month's name, a day and a year: March 5, 2024, Mar. 5th 2024. */
export const MONTH_DAY_YEAR_TEXT =
  /(?<![\p{L}])(\p{L}{3,12})\.?[ \u00a0]{1,3}(\d{1,2})(?:st|nd|rd|th)?,?[ \u00a0]{1,3}(\d{4})(?!\d)/iu

/** A date in a URL's path: /2019/07/03/, /2019-7-3-, /20190703/ is not one (too often an id). */
export const URL_DATE = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/_-]|$)/

/**
 * Words and phrases of the short lines that sites put around an article in many languages: calls to subscribe,
 * sign up, share, comment or rate; copyright and licence lines; photo credits; "related", "read more" and
 * "more on this" headings; tag and category lines. Each alternative is a literal, so the test is linear.
 */
export const BOILERPLATE_LINE =
  /(?<![\p{L}\d])(?:©|\(c\) \d{4}|copyright|all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos|tutti i diritti|wszelkie prawa|subscribe|subscription|subscriber|sign up|signing up|sign in|log in|newsletter|abonnieren|abonnez|abonnement|abonniere|anmelden|registrieren|suscríbete|suscribirse|iscriviti|zapisz się|zaloguj|share this|teilen|partager|compartir|condividi|udostępnij|like this|gefällt mir|loading\.\.\.|wird geladen|leave a comment|leave a reply|comments?|kommentare?|kommentieren|commentaires?|comentarios?|commenti|komentarze?|rate this|bewerten|bewertungen|related|you may also like|you might also like|read more|read also|see also|more on this|more from|most popular|most read|auch interessant|ähnliche beiträge|ähnliche artikel|lesen sie auch|mehr zum thema|weiterlesen|weitere artikel|das könnte sie|das könnte dich|empfohlene|meistgelesen|en savoir plus|à lire aussi|lire aussi|à découvrir|sur le même sujet|leer más|te puede interesar|relacionad[oa]s?|leggi anche|per saperne di più|zobacz również|zobacz także|czytaj także|czytaj też|powiązane|tagged|tags|schlagworte|schlagwörter|kategorie|category|categories|filed under|posted in|this entry was posted|photo:|photos:|foto:|fotos:|bild:|credit:|crédits?|credits|getty images|picture alliance|picture-alliance|imago images|shutterstock|istock|titelbild|beitragsbild|advertisement|anzeige|publicité|werbung|cookies?|datenschutz|privacy policy|impressum|netiquette|könnte dich auch|könnte sie auch|könnten auch|auch interessieren|mehr aus|explore further|more stories|alle artikel|alle nachrichten|inne artykuły|min read|minute read|minutes read|lesezeit|minutes de lecture|minut czytania|przeczytasz|źródło:|quelle:|quellen:|quellenangaben|prawem autorskim|einloggen|zaloguj|pinterest|rezept drucken|print this|pdf herunterladen|give us feedback|pubblicato il|ultima modifica|posted by|published by|last modified|zuletzt aktualisiert|hinzugefügt von|aufrufe|loading\.\.\.|thank you for your support|support our work|supporting our work|jede spende|jetzt spenden|donate|vos réactions|qui êtes-vous|mitglieder in diesem forum|weitere informationen)(?![\p{L}])/iu

/** The end of a sentence: a full stop, question or exclamation mark, possibly in quotes, at the end of a text. */
export const SENTENCE_END = /[.!?…]["'”’»)]?$/

/** A host that names no publisher: an IPv4 or IPv6 address, or localhost. */
export const LOCAL_HOST = /^(?:[\d.]+|\[.*\]|localhost)$/

/** A social handle or a "Follow …" line in a byline: @name, "Twitter: @name", "Follow on Twitter". */
export const SOCIAL_HANDLE =
  /(?:(?:follow(?: \w+)?(?: on)?|twitter|x|instagram|mastodon|threads|bluesky|tiktok)[ :]+)?@[\w.-]+|follow (?:me |us |him |her )?on (?:twitter|x|instagram|facebook|linkedin)/gi

// An ellipsis that ends a text, with the one space before it (the text's spaces already collapsed).
export const TRAILING_ELLIPSIS = / ?(?:…|\.\.\.)$/
