import { InputError, parseFeed, parseNdjsonBatch } from '@whosaid/core/io'
import { CliError } from './cli-error.ts'
import { decodeWebText } from './decode-web-text.ts'
import { feedTasks } from './feed-items.ts'
import { fetchText } from './fetch-text.ts'
import { articleFromHtml } from './html-article.ts'
import { compactMeta, type Expansion, oneArticle, type ReadContext } from './ingest-task.ts'
import { inputKindOf } from './input-kind.ts'
import { readBytes, readText } from './read-text.ts'

/**
 * Reads one input given to `ingest`, by its kind: a text file is one article; an HTML file one article of its
 * extracted text; an NDJSON batch one article per good line and one failure (FILE:LINE) per bad one; a feed one
 * task per entry; a URL is fetched and read as a feed when it is one, else as an article page.
 * @example const { tasks, failures } = await readInput('batch.ndjson', { maxBytes, timeoutSeconds: 15, stdin })
 */
export async function readInput(input: string, context: ReadContext): Promise<Expansion> {
  switch (inputKindOf(input)) {
    case 'text':
      return oneArticle({ label: input, text: await readText(input, context), meta: {} })
    case 'html':
      return oneArticle(articleFromHtml(await readWebFile(input, context), input))
    case 'ndjson':
      return readBatch(input, await readText(input, context))
    case 'feed':
      return { tasks: feedTasks(readFeed(await readWebFile(input, context), input), input), failures: [] }
    case 'url':
      return readUrl(input, context)
  }
}

async function readWebFile(file: string, context: ReadContext): Promise<string> {
  return decodeWebText(await readBytes(file, context), undefined, file)
}

function readBatch(file: string, ndjson: string): Expansion {
  const batch = parseNdjsonBatch(ndjson)
  return {
    tasks: batch.items.map(({ line, text, ...meta }) => ({
      kind: 'article',
      article: { label: `${file}:${line}`, text, meta: compactMeta(meta) },
    })),
    failures: batch.errors.map(({ line, code, message }) => new CliError(code, message, `${file}:${line}`)),
  }
}

function readFeed(xml: string, label: string) {
  try {
    return parseFeed(xml)
  } catch (error) {
    if (error instanceof InputError) throw new CliError('not-a-feed', error.message, label)
    throw error
  }
}

// A URL may be a feed or an article page; the response says which (a feed is XML whose root is rss or feed).
async function readUrl(url: string, context: ReadContext): Promise<Expansion> {
  const response = await fetchText(url, context)
  if (!response.contentType?.includes('html')) {
    try {
      return { tasks: feedTasks(parseFeed(response.text), url), failures: [] }
    } catch (error) {
      if (!(error instanceof InputError)) throw error
    }
  }
  return oneArticle(articleFromHtml(response.text, url, response.url))
}
