// The run-time file references of a source the CLI's bundle is built from: `new URL('./x.ts', import.meta.url)`
// (a worker thread's module, a data folder) and `import.meta.resolve('@whosaid/api/start')` (a script run as a
// process). Bundled into dist/, such a source no longer sits where its references lead; build-package.ts points
// each at what dist/ holds in its place, and refuses one it does not know rather than ship a CLI that cannot find it.

/** A run-time file reference: a path relative to the source (`url`) or a package specifier (`resolve`). */
export type FileReference = { kind: 'url' | 'resolve'; target: string }

// One reference on one line, with a quoted literal of bounded length (no nested or unbounded quantifier).
const FILE_URL = /new URL\('([^'\n]{1,300})', import\.meta\.url\)/g
const RESOLVE = /import\.meta\.resolve\('([^'\n]{1,300})'\)/g

/**
 * The source with each run-time file reference pointed at `./NAME` beside the bundled module (a URL, or its href
 * where the source resolved a specifier), NAME being what `locate` answers; and the references it does not know.
 * @example pointRuntimeFiles("new URL('./t.ts', import.meta.url)", () => 't.js').contents // "new URL('./t.js', import.meta.url)"
 */
export function pointRuntimeFiles(
  source: string,
  locate: (reference: FileReference) => string | undefined,
): { contents: string; unknown: string[] } {
  const unknown: string[] = []
  const point = (text: string, reference: FileReference, suffix: string) => {
    const name = locate(reference)
    if (name === undefined) {
      unknown.push(text)
      return text
    }
    return `new URL('./${name}', import.meta.url)${suffix}`
  }
  const contents = source
    .replace(FILE_URL, (text, target: string) => point(text, { kind: 'url', target }, ''))
    .replace(RESOLVE, (text, target: string) => point(text, { kind: 'resolve', target }, '.href'))
  return { contents, unknown }
}
