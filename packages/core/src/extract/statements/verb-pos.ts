/** The parts of speech (pos.ts's tags) of a verb: present, past, participles, modal. A span holding one is a clause. */
export const VERB_POS: ReadonlySet<string> = new Set(['V', 'VD', 'VN', 'VG', 'M'])

/** The parts of speech that open a subject's predicate: a present or past verb (or a participle as guessed), a modal. */
export const PREDICATE_POS: ReadonlySet<string> = new Set(['V', 'VD', 'VN', 'M'])
