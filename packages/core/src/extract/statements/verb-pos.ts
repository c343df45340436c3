/** The parts of speech (pos.ts's tags) of a verb: present, past, participles, modal. A span holding one is a clause. */
export const VERB_POS: ReadonlySet<string> = new Set(['V', 'VD', 'VN', 'VG', 'M'])
