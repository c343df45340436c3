import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { AnalysisSchema } from '@whosaid/core'
import { build } from 'esbuild'
import { type Browser, chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// @whosaid/core bundled for the browser (no Node built-ins may sneak in: esbuild fails on them for the browser
// platform) and run in Debian's Chromium, headless and offline.
const CHROMIUM = '/usr/bin/chromium'
const entry = fileURLToPath(new URL('../../packages/core/src/index.ts', import.meta.url))
const seed = readFileSync(new URL('../../seeds/000_b304420120629e83.txt', import.meta.url), 'utf8')

let browser: Browser
let bundle = ''
/** The files esbuild put into the bundle (those with bytes in the output). */
let bundled: string[] = []

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`)
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName: 'whosaid',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
    metafile: true,
  })
  bundle = result.outputFiles[0]?.text ?? ''
  bundled = Object.values(result.metafile.outputs).flatMap((output) =>
    Object.entries(output.inputs)
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([path]) => path.replace(/\\/g, '/')),
  )
  const minified = Buffer.byteLength(bundle)
  const gzipped = gzipSync(bundle).length
  console.log(`browser bundle of @whosaid/core: ${kib(minified)} KiB minified, ${kib(gzipped)} KiB gzipped`)
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Playwright's own 30 s limits are off (here and on the page): a busy machine may need longer, and the test's
    // limit still stops a hang.
    timeout: 0,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}, 600_000)

afterAll(async () => {
  await browser?.close()
})

function kib(bytes: number): string {
  return (bytes / 1024).toFixed(1)
}

describe('@whosaid/core in Chromium', () => {
  it('fits the budget: the browser bundle with its data is at most 2 MB gzipped', () => {
    expect(bundle.length).toBeGreaterThan(0)
    expect(gzipSync(bundle).length).toBeLessThanOrEqual(2 * 1024 * 1024)
  })

  // `import { z } from 'zod'` keeps every one of zod's 64 error-message locales (about 260 KB minified) where
  // `import * as z from 'zod'` lets the bundler keep English alone: zod's own advice for bundles.
  it('keeps no zod locale but English: core imports zod as a namespace', () => {
    const locales = bundled
      .filter((path) => path.includes('/zod/v4/locales/'))
      .map((path) => path.split('/').at(-1))
    expect(bundled.length).toBeGreaterThan(0)
    expect(locales).toEqual(['en.js'])
  })

  it('runs analyze on the seed, and the result validates against the schema in the page and in Node', async () => {
    const page = await browser.newPage()
    page.setDefaultTimeout(0)
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.setContent('<!doctype html><meta charset="utf-8"><title>whosaid</title>')
    await page.addScriptTag({ content: bundle })
    const result = await page.evaluate((text) => {
      const core = (globalThis as unknown as { whosaid: typeof import('@whosaid/core') }).whosaid
      const analysis = core.analyze(text, { url: 'https://example.com/seed' })
      return {
        valid: core.AnalysisSchema.safeParse(analysis).success,
        analysis,
        csv: core.formatCsv(analysis).split('\r\n')[0],
        page: core.extractArticleFromHtml('<article><h1>T</h1><p>Ann said so.</p></article>').text,
        hasProcess: typeof (globalThis as { process?: unknown }).process !== 'undefined',
      }
    }, seed)
    await page.close()
    expect(errors).toEqual([])
    expect(result.valid).toBe(true)
    expect(result.hasProcess).toBe(false)
    const analysis = AnalysisSchema.parse(result.analysis)
    expect(analysis.article.text).toBe(seed)
    expect(analysis.article.title).toBe('Russia opposes to US military presence in Central Asia')
    expect(result.csv?.startsWith('article_id,statement_id,')).toBe(true)
    expect(result.page).toBe('T\n\nAnn said so.')
  })
})
