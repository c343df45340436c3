/**
 * The phrases of a site's disclaimers and rights notices under an article: that it gives no guarantee ("Alle
 * Angaben ohne Gewähr"), that its authors' views are their own ("Les articles n'engagent que leurs auteurs", "is
 * not responsible for the opinions…", "the views expressed…"), that the text may not be reprinted ("This article
 * is the copyrighted property of…", "Written permission must be obtained…", "Nachdruck nur mit…"). One alternation
 * of fixed phrases, so linear.
 */
export const DISCLAIMER =
  /(?<![\p{L}])(?:ohne gewähr|keine gewähr|n['’]engagen?t que|is not responsible for|are not responsible for|not necessarily reflect|views expressed|copyrighted property|written permission|may not be (?:reproduced|republished|copied)|no part of this|nachdruck nur|nachdruck verboten|reproduction interdite|prohibida su reproducción|prohibida la reproducción|without (?:prior )?(?:written )?permission)(?![\p{L}])/iu

// A disclaimer is a line or two.
const MAX_DISCLAIMER = 300

/**
 * Whether a line is short enough to be a disclaimer and says one (the caller checks that it quotes and reports no one).
 * @example hasDisclaimer('Alle Angaben ohne Gewähr.') // true
 */
export function hasDisclaimer(text: string): boolean {
  return text.length <= MAX_DISCLAIMER && DISCLAIMER.test(text)
}
