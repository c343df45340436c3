/** A network, an app or a feed a site sends its readers to. */
export const NETWORK =
  /(?<![\p{L}])(?:telegram|whatsapp|twitter|instagram|facebook|youtube|tiktok|linkedin|apps?|ios|android|google news|newsletter|podcast|rss)(?![\p{L}])/iu
/**
 * A call that opens a clause (an imperative: "Follow us…", "…? Únete…", "Dann abonniere…"): at the line's start,
 * after a stop, or after a word that joins clauses.
 */
export const CLAUSE_CALL =
  /(?:^|[.!?:;¿¡]\s?|(?:^|\s)(?:then|dann|so|and|und|y|et|i|oraz|please|bitte|jetzt|now)\s)(?:download|follow|join|únete|unete|síguenos|siguenos|suivez|folge|folgt|folgen sie|abonniere|abonnieren sie|subscribe|descarga|descargue|pobierz|obserwuj|dołącz|rejoignez|téléchargez|lade|laden sie|sign up|like|liken sie|get)(?![\p{L}])/iu
/**
 * A call after the purpose it serves: "For the latest stories download our app", "For more news, follow us on X".
 * The purpose is a few words, each a run of letters, digits and apostrophes, so the match is linear; a verb
 * among them ("For the first time the council will join…") makes it a sentence, not a call.
 */
export const PURPOSE_CALL =
  /(?:^|[.!?]\s)(?:for|für|pour|para|per|po) (?:(?!(?:will|would|can|could|has|have|had|is|are|was|were|do|does|did|to) )[\p{L}\d'’-]+,? ){1,8}(?:download|follow|join|subscribe|sign up|get|lade|folge|folgt|abonniere|téléchargez|suivez|descarga|síguenos|pobierz|obserwuj)(?![\p{L}])/iu
const QUOTE = /["“”„«»]/
// A call to follow the site is a line or two.
const MAX_CALL = 250

/**
 * Whether a line sends the reader to the site's channels: an imperative to follow, join, download or subscribe
 * with the network or app named ("Follow us on Instagram", "¿Ya nos sigues? Únete a nuestro canal de Telegram"),
 * in a short line that quotes no one.
 * @example isNetworkCall('Follow the Daily Post on Twitter and Instagram.') // true
 */
export function isNetworkCall(text: string): boolean {
  return (
    text.length <= MAX_CALL &&
    !QUOTE.test(text) &&
    NETWORK.test(text) &&
    (CLAUSE_CALL.test(text) || PURPOSE_CALL.test(text))
  )
}
