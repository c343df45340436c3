/**
 * A line that is only a news agency credit: the editor's initials and the agencies the story draws on, as agency
 * copy ends ("aja/PAP", "dpa/lni", "mb/AFP/Reuters", "(kna)"). The agency names are the wires' own abbreviations.
 * Each part is a bounded run of letters after a fixed separator, so linear.
 */
export const AGENCY_CREDIT =
  /^\(?(?:\p{L}{1,6}\s?\/\s?){0,3}(?:PAP|dpa|DPA|AFP|APA|AP|Reuters|KNA|kna|epd|SDA|sda|ANSA|EFE|IAR|KAI|ots|TASR|ČTK|MTI|Belga|ANP|TT|NTB|STT)(?:\s?\/\s?\p{L}{1,6}){0,3}\)?$/u

/**
 * Whether a line is only a news agency credit, not a sentence of the story.
 * @example isAgencyCredit('aja/PAP') // true
 */
export function isAgencyCredit(text: string): boolean {
  return AGENCY_CREDIT.test(text)
}
