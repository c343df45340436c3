import { gzipSync } from 'node:zlib'

/** A page's weight: its HTML and the JavaScript it runs, raw and gzipped, in bytes. */
export interface PageWeight {
  htmlBytes: number
  htmlGzip: number
  jsBytes: number
  jsGzip: number
  scripts: number
}

/**
 * Weighs a page: its HTML, plus every script it runs (inline or fetched by src); JSON-LD is data, not code.
 * @example const weight = await weighPage('http://127.0.0.1:4321/articles/a_0123456789abcdef')
 */
export async function weighPage(url: string): Promise<PageWeight> {
  const html = await (await fetch(url)).text()
  let jsBytes = 0
  let jsGzip = 0
  let scripts = 0
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const [, attributes = '', body = ''] = match
    if (attributes.includes('application/ld+json')) continue
    const src = attributes.match(/\bsrc="([^"]+)"/)?.[1]
    const code = src ? await (await fetch(new URL(src, url))).text() : body
    scripts++
    jsBytes += Buffer.byteLength(code)
    jsGzip += gzipSync(code).length
  }
  return { htmlBytes: Buffer.byteLength(html), htmlGzip: gzipSync(html).length, jsBytes, jsGzip, scripts }
}
