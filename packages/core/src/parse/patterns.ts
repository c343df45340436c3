// The parser's regular expressions, kept together so one test can check them all for catastrophic backtracking.
// Every quantifier is bounded or its alternatives are disjoint, so matching stays linear.

// The place: one to four capitalized words ("Moscow", "NEW YORK", "Rio de Janeiro"), then an optional
// ", Jan. 3" or ", Russia", an optional "(Reuters)", an optional colon, and a dash or a colon.
// Every part is bounded and the alternatives are disjoint, so matching is linear.
/** A dateline at the start of the body. */
export const DATELINE =
  /^((?:[A-Z][A-Za-z'.]{1,20}|[A-Z]{2,20})(?: (?:[A-Z][A-Za-z'.]{1,20}|de|del|da|do|al|el|la|es)){0,3})(?:, (?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?|[A-Z][A-Za-z.]{1,20}(?: [A-Z][A-Za-z.]{1,20})?))? ?(\([A-Za-z .&-]{2,30}\))? ?(?:(:) ?[-–—]{1,2}|[-–—]{1,2}|(:)) /

// Lines that sites append after an article: comment forms, share and subscribe blocks, tag lists.
/** A line of site furniture after the article. */
export const TRAILER_LINE =
  /^(?:leave a (?:reply|comment)|(?:your )?email address will not be published|required fields are marked|share(?: this)?(?: article| story)?:?$|share on (?:facebook|twitter|x|linkedin|whatsapp)|click to (?:share|print|email)|like this:?$|related(?: posts| articles| stories)?:?$|subscribe(?: to| now|$)|sign up for|follow us on|tags?:|filed under|posted in|advertisement$|comments?:?$|\d+ comments?$|print this|email this|read more:?$|you may also like|recommended for you|copyright ©|© \d{4}|all rights reserved)/i

/** A line that ends like a sentence, not like a headline. */
export const SENTENCE_END = /[.!?]["')\]]?$/

/** Every pattern above, by name, for the backtracking test. */
export const PARSE_PATTERNS = { DATELINE, TRAILER_LINE, SENTENCE_END }
