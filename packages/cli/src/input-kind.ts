/** What an ingest input is: plain text, an HTML page, an NDJSON batch, an RSS/Atom feed file, or a URL. */
export type InputKind = 'text' | 'html' | 'ndjson' | 'feed' | 'url'

/** The file extensions `ingest` reads, by kind; a folder gives its files with these extensions. */
export const INPUT_EXTENSIONS: Record<Exclude<InputKind, 'url'>, readonly string[]> = {
  text: ['.txt'],
  html: ['.html', '.htm'],
  ndjson: ['.ndjson', '.jsonl'],
  feed: ['.xml', '.rss', '.atom'],
}

// Anything with a scheme is a URL (fetchText refuses all but http and https); a Windows drive letter is not.
const URL_SCHEME = /^[a-z][a-z\d+.-]{1,31}:\/\//i

/**
 * The kind of an input, from its scheme or extension (case-insensitive); a file with another extension is text.
 * @example inputKindOf('feeds/world.rss') // 'feed'
 */
export function inputKindOf(input: string): InputKind {
  if (URL_SCHEME.test(input)) return 'url'
  return fileKindOf(input) ?? 'text'
}

/** The kind of a file by its extension, or undefined when `ingest` does not read that extension. */
export function fileKindOf(file: string): Exclude<InputKind, 'url'> | undefined {
  const name = file.toLowerCase()
  for (const [kind, extensions] of Object.entries(INPUT_EXTENSIONS)) {
    if (extensions.some((extension) => name.endsWith(extension))) return kind as Exclude<InputKind, 'url'>
  }
  return undefined
}
