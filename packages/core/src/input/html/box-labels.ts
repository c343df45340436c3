/**
 * The titles of the boxes a site sets around or after an article: about its author ("About the author", "Über
 * den Autor", "Zur Person"), a teaser of another article ("Schon gelesen?", "Next article", "Vorschau auf den
 * nächsten Artikel"), its permalink, other media on the subject ("Audios et vidéos sur le sujet"), the contact
 * details of a press office ("Kontakt:", a line of that word alone), a table of contents ("Inhaltsverzeichnis",
 * "Table of contents", a line of those words alone). A line that is
 * only such a title (a few words around it at most) heads site furniture, in English, German, French, Spanish,
 * Italian and Polish. Linear: one alternation of fixed phrases, anchored by the line's length.
 */
export const BOX_TITLE =
  /(?<![\p{L}])(?:about the author|about the writer|über den autor|über die autorin|zur person|à propos de l['’]auteur|sobre el autor|sobre la autora|l['’]autore|o autorze|o autorce|schon gelesen|auch lesenswert|next article|next story|previous article|nächste[rn]? artikel|vorheriger artikel|article suivant|article précédent|siguiente artículo|artículo anterior|następny artykuł|poprzedni artykuł|permalink|permalien|sur le sujet|zum thema|on this topic|on the same topic)(?![\p{L}])/iu

// A box's title is short: its phrase and a word or two ("Mehr zum Thema Energie").
const MAX_TITLE = 40

/**
 * Whether a line is the title of a box of site furniture ("About the author", "Schon gelesen?").
 * @example isBoxTitle('Über den Autor') // true
 */
export function isBoxTitle(text: string): boolean {
  return (
    text.length <= MAX_TITLE &&
    (BOX_TITLE.test(text) || CONTACT_TITLE.test(text) || CONTENTS_TITLE.test(text))
  )
}

// The title of a box of contact details, as the whole line: "Kontakt:", "Press contact", "Ansprechpartnerin".
const CONTACT_TITLE =
  /^(?:contact|contacts|press contact|media contact|kontakt|pressekontakt|ansprechpartner|ansprechpartnerin|contact presse|contacto|kontakt dla mediów)\s?:?$/iu

// The title of a table of contents, as the whole line: the list of the page's own sections, not its prose.
const CONTENTS_TITLE =
  /^(?:table of contents|contents|inhaltsverzeichnis|inhaltsübersicht|table des matières|sommaire|índice|tabla de contenidos|indice|sommario|spis treści)\s?:?$/iu
