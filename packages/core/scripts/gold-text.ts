// The text whosaid analyzes for one gold source: a BBC article file as it is, or an html-eval page through
// the HTML extractor. The gold annotators read this text; eval:gold analyzes it.
// Usage: npm run gold:text -w @whosaid/core -- SOURCE   (e.g. bbc-news/news/politics/x.txt, html-eval/pages/y.html.gz)

import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'
import { extractArticleFromHtml } from '../src/input/index.ts'

/** Where `../shared/data` lies from this repository. */
export const sharedData = resolve(fileURLToPath(import.meta.url), '../../../../../shared/data')

/** The input of one gold article: the text to analyze, and the page's URL for HTML sources. */
export interface GoldInput {
  text: string
  url?: string
}

/** Reads a gold source (a path under shared/data) into the text whosaid analyzes. */
export function readGoldInput(source: string, dataDir = sharedData): GoldInput {
  const path = resolve(dataDir, source)
  if (source.endsWith('.html.gz') || source.endsWith('.html')) {
    const bytes = readFileSync(path)
    const html = (source.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8')
    const url = urlOfPage(source, dataDir)
    const page = extractArticleFromHtml(html, url === undefined ? {} : { url })
    return url === undefined ? { text: page.text } : { text: page.text, url }
  }
  return { text: readFileSync(path, 'utf8') }
}

/** The URL html-eval's index gives a page file. */
function urlOfPage(source: string, dataDir: string): string | undefined {
  if (!source.startsWith('html-eval/')) return undefined
  const index = JSON.parse(readFileSync(resolve(dataDir, 'html-eval/evaldata.json'), 'utf8')) as Record<
    string,
    { file: string }
  >
  const file = source.slice('html-eval/'.length)
  return Object.entries(index).find(([, entry]) => entry.file === file)?.[0]
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const source = process.argv[2]
  if (source === undefined || source.startsWith('-')) {
    const help = source === '--help' || source === '-h'
    console[help ? 'log' : 'error'](
      'usage: gold:text SOURCE   (a path under shared/data, bbc-news/news/SECTION/NAME.txt or html-eval/pages/NAME.html.gz)',
    )
    process.exit(help ? 0 : 2)
  }
  process.stdout.write(`${readGoldInput(source).text}\n`)
}
