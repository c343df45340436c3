import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { weighPage } from '../scripts/page-weight.ts'
import { createApiClient } from '../src/lib/api-client.ts'
import type { StoredAnalysis } from '../src/lib/api-types.ts'
import { launchBrowser, screenshot, seriousViolations } from './browser.ts'
import { hostileText } from './fixtures.ts'

const siteUrl = inject('siteUrl')
const apiUrl = inject('apiUrl')
const api = createApiClient(apiUrl)
// A crowded machine may take seconds to run the page's script: poll long enough that only a broken page fails.
const POLL = { timeout: 30_000, interval: 100 }

let browser: Browser
let context: BrowserContext
let seed: StoredAnalysis

/** Opens a page and fails the test on any script error or dialog (an alert would mean injected markup ran). */
async function open(
  path: string,
  options: { width?: number; dark?: boolean; js?: boolean; csp?: boolean } = {},
): Promise<Page> {
  const ctx =
    options.width || options.dark || options.js === false || options.csp
      ? await browser.newContext({
          viewport: { width: options.width ?? 1280, height: 900 },
          colorScheme: options.dark ? 'dark' : 'light',
          javaScriptEnabled: options.js !== false,
          bypassCSP: !options.csp,
        })
      : context
  const page = await ctx.newPage()
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`)
    void dialog.dismiss()
  })
  ;(page as Page & { problems: string[] }).problems = problems
  const response = await page.goto(`${siteUrl}${path}`)
  expect(response?.status(), path).toBeLessThan(500)
  return page
}

function problemsOf(page: Page): string[] {
  return (page as Page & { problems?: string[] }).problems ?? []
}

async function expectAccessible(page: Page): Promise<void> {
  const violations = await seriousViolations(page)
  expect(violations, JSON.stringify(violations, null, 2)).toEqual([])
}

beforeAll(async () => {
  browser = await launchBrowser()
  // Bypassing the site's CSP lets axe-core be injected, and makes the markup test a test of escaping alone.
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true })
  const { items } = await api.listArticles({ limit: 100 })
  const first = items.at(-1)
  expect(first, 'the API should hold the ingested seeds').toBeDefined()
  seed = await api.getArticle(first?.id ?? '')
})

afterAll(async () => {
  await browser?.close()
})

describe('home', () => {
  test('lists the latest articles, most-quoted actors and recent statements', async () => {
    const page = await open('/')
    expect(await page.locator('h2').allTextContents()).toEqual([
      'Latest articles',
      'Most quoted',
      'Recent statements',
    ])
    expect(await page.locator(`a[href="/articles/${seed.article.id}"]`).count()).toBeGreaterThan(0)
    await expectAccessible(page)
    await screenshot(page, 'home')
    await page.setViewportSize({ width: 375, height: 800 })
    await screenshot(page, 'home-375')
    expect(problemsOf(page)).toEqual([])
  })
})

describe('the seed article', () => {
  test('has statements, each marked once in the text with data-statement', async () => {
    expect(seed.statements.length).toBeGreaterThanOrEqual(1)
    const page = await open(`/articles/${seed.article.id}`)
    const marked = await page
      .locator('.article-text [data-statement], .article-title [data-statement]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-statement')))
    expect(marked.length).toBe(seed.statements.length)
    expect(new Set(marked)).toEqual(new Set(seed.statements.map((s) => s.id)))
    expect(await page.locator('[data-statement]').count()).toBe(seed.statements.length)
    expect(await page.locator('.side-actors li').count()).toBe(seed.actors.length)
    await expectAccessible(page)
    await screenshot(page, 'article')
    expect(problemsOf(page)).toEqual([])
  })

  test('marks are reachable by keyboard and selecting one shows its card (scripts allowed by the CSP)', async () => {
    const page = await open(`/articles/${seed.article.id}`, { csp: true })
    const first = seed.statements.toSorted((a, b) => a.content.start - b.content.start)[0]
    expect(first).toBeDefined()
    const mark = page.locator(`[data-statement="${first?.id}"]`)
    // Tab from the top of the text until the first statement mark has focus.
    await page.locator('.how-to-read summary').focus()
    let focused = ''
    for (let i = 0; i < 200 && focused !== first?.id; i++) {
      await page.keyboard.press('Tab')
      focused = (await page.evaluate(() => document.activeElement?.getAttribute('data-statement'))) ?? ''
    }
    expect(focused).toBe(first?.id)
    await page.keyboard.press('Enter')
    const popover = page.locator('#statement-popover')
    await expect.poll(() => popover.evaluate((el) => el.matches(':popover-open')), POLL).toBe(true)
    const card = popover.locator('.statement-card')
    expect(await card.locator('blockquote').textContent()).toBeTruthy()
    expect(await card.locator('dt').allTextContents()).toEqual(
      expect.arrayContaining(['Speaker', 'Cue', 'Mode', 'Stance']),
    )
    await screenshot(page, 'article-selected')
    await page.keyboard.press('Escape')
    await expect.poll(() => popover.evaluate((el) => el.matches(':popover-open')), POLL).toBe(false)
    expect(await mark.evaluate((el) => el === document.activeElement)).toBe(true)
  })

  test('works without JavaScript: a mark leads to its card', async () => {
    const page = await open(`/articles/${seed.article.id}`, { js: false })
    const first = seed.statements[0]
    await page.locator(`[data-statement="${first?.id}"]`).click()
    expect(new URL(page.url()).hash).toBe(`#st-${first?.id}`)
    expect(await page.locator(`#st-${first?.id}`).evaluate((el) => el.matches(':target'))).toBe(true)
  })

  test('describes itself as a NewsArticle with its actors and Quotations', async () => {
    const page = await open(`/articles/${seed.article.id}`)
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}')
    expect(ld['@type']).toBe('NewsArticle')
    expect(ld.mentions).toHaveLength(seed.actors.length)
    expect(ld.hasPart).toHaveLength(seed.statements.length)
    for (const part of ld.hasPart) {
      expect(part['@type']).toBe('Quotation')
      expect(part.text.length).toBeGreaterThan(0)
    }
    const spoken = ld.hasPart.filter((part: { spokenByCharacter?: unknown }) => part.spokenByCharacter)
    expect(spoken).toHaveLength(seed.statements.filter((s) => s.speaker).length)
  })

  test('reads at 375 px and in the dark theme', async () => {
    const narrow = await open(`/articles/${seed.article.id}`, { width: 375 })
    const overflow = await narrow.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
    await screenshot(narrow, 'article-375')
    const dark = await open(`/articles/${seed.article.id}`, { dark: true })
    await expectAccessible(dark)
    await screenshot(dark, 'article-dark')
  })

  test('ships under 50 KB of gzipped JavaScript', async () => {
    const weight = await weighPage(`${siteUrl}/articles/${seed.article.id}`)
    expect(weight.jsGzip).toBeLessThanOrEqual(50 * 1024)
  })
})

describe('a speaker', () => {
  test('leads from the article to the actor page with their statements', async () => {
    const attributed = seed.statements.filter((s) => s.speaker)
    expect(attributed.length, 'the seed should have at least one statement with a speaker').toBeGreaterThan(0)
    const page = await open(`/articles/${seed.article.id}`)
    const link = page.locator('.statement-card h3 a[href^="/actors/"]').first()
    const href = (await link.getAttribute('href')) ?? ''
    await link.click()
    await page.waitForURL(`**${href}`)
    const id = decodeURIComponent(href.replace('/actors/', ''))
    const [actor, statements] = await Promise.all([
      api.getActor(id),
      api.listActorStatements(id, { limit: 20 }),
    ])
    expect(await page.locator('h1').textContent()).toBe(actor.name)
    const shown = await page
      .locator('.statement-item')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-statement-id')))
    expect(shown).toEqual(statements.items.map((s) => s.id))
    expect(shown.length).toBe(Math.min(20, actor.statementCount))
    expect(shown.length).toBeGreaterThan(0)
    await expectAccessible(page)
    await screenshot(page, 'actor')
  })
})

describe('relations', () => {
  test('draws the graph as an SVG picture whose edges lead to their statements', async () => {
    const { items } = await api.listRelations({ limit: 100 })
    expect(items.length, 'the seed should yield at least one stance edge').toBeGreaterThan(0)
    const page = await open('/relations')
    expect(await page.locator('svg[data-graph-svg] .edge').count()).toBe(items.length)
    expect(await page.locator('svg[data-graph-svg] .node').count()).toBe(
      new Set(items.flatMap((e) => [e.source, e.target])).size,
    )
    await expectAccessible(page)
    await screenshot(page, 'relations')
    const edge = items[0]
    if (!edge) return
    // Edges are links: follow one from the keyboard (curves between the same two actors cross near their ends,
    // so a pointer click at the middle of an edge's box can land on its neighbour).
    await page
      .locator(`.edge[data-source="${edge.source}"][data-target="${edge.target}"].p-${edge.polarity}`)
      .first()
      .focus()
    await page.keyboard.press('Enter')
    await page.waitForURL('**/statements?**')
    const count = await page.locator('.statement-item').count()
    expect(count).toBe(Math.min(20, edge.count))
  })
})

describe('statements', () => {
  test('filters with a plain GET form', async () => {
    const page = await open('/statements')
    expect(await page.locator('form.filters').getAttribute('method')).toBe('get')
    const all = await api.listStatements({ limit: 20 })
    expect(await page.locator('.statement-item').count()).toBe(all.items.length)
    await expectAccessible(page)
    await screenshot(page, 'statements')
    const speaker = all.items.find((s) => s.speaker)
    if (speaker?.speaker) {
      const filtered = await open(`/statements?speaker=${encodeURIComponent(speaker.speaker)}`)
      const expected = await api.listStatements({ speaker: speaker.speaker, limit: 20 })
      expect(await filtered.locator('.statement-item').count()).toBe(expected.items.length)
    }
  })
})

describe('search', () => {
  test('finds actors, statements and articles', async () => {
    const word = seed.actors[0]?.name ?? 'the'
    const page = await open(`/search?q=${encodeURIComponent(word)}`)
    expect(await page.locator('h1').textContent()).toContain(word)
    expect(await page.locator('.actor-item, .statement-item, .article-item').count()).toBeGreaterThan(0)
    await expectAccessible(page)
    await screenshot(page, 'search')
  })
})

describe('safety and liveness', () => {
  test('an article ingested while the site runs appears, and its markup stays text', async () => {
    const response = await fetch(`${apiUrl}/v1/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${inject('apiToken')}` },
      body: JSON.stringify({ text: hostileText }),
    })
    expect(response.status).toBeLessThan(300)
    const stored = (await response.json()) as StoredAnalysis
    const home = await open('/')
    expect(await home.locator(`a[href="/articles/${stored.article.id}"]`).count()).toBeGreaterThan(0)
    const page = await open(`/articles/${stored.article.id}`)
    await page.waitForLoadState('load')
    expect(problemsOf(page)).toEqual([])
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
    expect(await page.locator('.reader img, .reader b, .reader script').count()).toBe(0)
    expect(await page.locator('.reader').textContent()).toContain('<img src=x onerror=')
    expect(await page.locator('[data-statement]').count()).toBe(stored.statements.length)
  })

  test('pages carry a Content-Security-Policy that allows only their own scripts', async () => {
    const response = await fetch(`${siteUrl}/articles/${seed.article.id}`)
    const policy = response.headers.get('content-security-policy') ?? ''
    expect(policy).toMatch(/script-src 'self'( 'sha256-[^']+')+;/)
    expect(policy).not.toContain('unsafe-inline')
  })

  test('an unknown article is a 404 page', async () => {
    const page = await open('/articles/a_0000000000000000')
    expect(await page.locator('h1').textContent()).toBe('No such article')
    const response = await fetch(`${siteUrl}/articles/not-an-id`)
    expect(response.status).toBe(404)
    await expectAccessible(page)
  })
})
