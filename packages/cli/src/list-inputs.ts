import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { fileKindOf, inputKindOf } from './input-kind.ts'

/**
 * Expands the inputs given to `ingest`: a folder gives its files that `ingest` reads (by extension, sorted, not
 * recursive); URLs and files stay as given, and a path that does not exist stays too, to fail when it is read.
 * @example await listInputs(['seeds/', 'https://example.com/feed.xml']) // ['seeds/000_….txt', …, 'https://…']
 */
export async function listInputs(paths: readonly string[]): Promise<string[]> {
  const inputs: string[] = []
  for (const path of paths) {
    if (inputKindOf(path) !== 'url' && (await isDirectory(path))) {
      const names = (await readdir(path, { withFileTypes: true }))
        .filter((entry) => !entry.isDirectory() && fileKindOf(entry.name) !== undefined)
        .map((entry) => entry.name)
        .sort()
      inputs.push(...names.map((name) => join(path, name)))
    } else {
      inputs.push(path)
    }
  }
  return inputs
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory()
  } catch {
    return false
  }
}
