// The parser's regular expressions, kept together so one test can check them all for catastrophic backtracking.
// Every quantifier is bounded or its alternatives are disjoint, so matching stays linear.

// The place: one to four capitalized words ("Moscow", "NEW YORK", "Rio de Janeiro"), then an optional
// ", Jan. 3" or ", Russia", an optional "(Reuters)", an optional colon, and a dash or a colon.
// Every part is bounded and the alternatives are disjoint, so matching is linear.
/** A dateline at the start of the body. */
export const DATELINE =
  /^((?:[A-Z][A-Za-z'.]{1,20}|[A-Z]{2,20})(?: (?:[A-Z][A-Za-z'.]{1,20}|de|del|da|do|al|el|la|es)){0,3})(?:, (?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?|[A-Z][A-Za-z.]{1,20}(?: [A-Z][A-Za-z.]{1,20})?))? ?(\([A-Za-z .&-]{2,30}\))? ?(?:(:) ?[-–—]{1,2}|[-–—]{1,2}|(:)) /

// A wire service's prefix before the first sentence, with no place: "(Reuters) - ", "OREANDA-NEWS. ", "(AP) — ".
/** A wire prefix at the start of the body. */
export const WIRE_PREFIX =
  /^(?:\([A-Z][A-Za-z.&]{1,15}(?: [A-Z][A-Za-z.&]{1,15}){0,2}\) ?[-–—]{1,2}|[A-Z]{2,20}(?:-[A-Z]{2,20}){1,2}\.) /

// Lines that sites append after an article: comment forms, share and subscribe blocks, tag lists.
/** A line of site furniture after the article. */
export const TRAILER_LINE =
  /^(?:leave a (?:reply|comment)|(?:your )?email address will not be published|required fields are marked|share(?: this)?(?: article| story)?:?$|share on (?:facebook|twitter|x|linkedin|whatsapp)|click to (?:share|print|email)|like this:?$|related(?: posts| articles| stories)?:?$|subscribe(?: to| now|$)|sign up for|follow us on|tags?:|filed under|posted in|advertisement$|comments?:?$|\d+ comments?$|print this|email this|read more:?$|you may also like|recommended for you|copyright ©|© \d{4}|all rights reserved)/i

// Lines that are site furniture wherever they stand: prompts, comment forms, credits and captions, copyright,
// bylines, a lone wire prefix. Every alternative starts with literal words and uses bounded repeats only.
/** A whole line of site furniture (newsletter prompt, credit line, caption, copyright, byline). */
export const FURNITURE_LINE =
  /^(?:subscribe(?: now| here| to (?:our|the|my)\b)|sign up(?: here| now| for| to)?[.!:]?$|sign up (?:for|to) (?:our|the) (?:[\w-]+ ){0,3}(?:newsletters?|emails?|alerts|briefings?|updates)\b|please (?:enter|fill in) (?:your|a)\b|leave a (?:reply|comment)|(?:your )?email address will not be published|(?:download|get) (?:our|the) (?:free )?(?:[\w-]+ ){0,3}app\b|follow us on\b|join (?:us|our \w+) on (?:telegram|whatsapp|facebook|twitter|instagram)|click here\b|read (?:more|also)\b|also read\b|see also:|related(?: articles| stories| coverage)?:|advertisement$|sponsored(?: content)?$|(?:photo|photograph|picture|image|graphic|illustration|credit|caption|source|file photo)s?(?: by| credit| copyright| caption)?:|image (?:copyright|caption)\b|media playback is unsupported|getty images$|©|copyright (?:©|\(c\)|\d{4})|\(c\) \d{4}|all rights reserved|topics:?$|tags?:|share (?:this|on)\b|(?:photo|photograph|picture|image)s? by\b)/i

/** A byline ("By Nada Tawfik, BBC News, New York") or a lone wire prefix ("OREANDA-NEWS."): case matters here. */
export const BYLINE_LINE =
  /^(?:By [A-Z][\w.'-]{0,30}(?: [A-Z][\w.'-]{0,30}){0,3}(?:, [A-Z][\w .,'-]{0,60})?|[A-Z]{2,20}(?:-[A-Z]{2,20}){1,2}\.)$/

/** A line that ends like a sentence, not like a headline. */
export const SENTENCE_END = /[.!?]["')\]]?$/

/** A line that ends like a statement, not a question ("…?" is common in headlines). */
export const STATEMENT_END = /[.!]["')\]]?$/

/** Words that open a sentence continuing the one before: "She gave no details." follows a lead, not a headline. */
export const CONTINUING = /^(?:He|She|It|They|His|Her|Its|Their|This|These|Those|But|And|However)\b/

/** Every pattern above, by name, for the backtracking test. */
export const PARSE_PATTERNS = {
  DATELINE,
  WIRE_PREFIX,
  TRAILER_LINE,
  FURNITURE_LINE,
  BYLINE_LINE,
  SENTENCE_END,
  STATEMENT_END,
  CONTINUING,
}
