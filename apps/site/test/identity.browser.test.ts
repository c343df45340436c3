// One actor across articles, as a reader sees it (issue 15): a merged actor's old address leads to the actor,
// the actor's page lists its other names and links to its articles, and a name two actors share is answered
// with the choice between them. Runs the built site over the real API, which resolves actors on ingest.
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import type { ActorDetail, StoredAnalysis } from '../src/lib/api-types.ts'
import { launchBrowser, screenshot, seriousViolations } from './browser.ts'

const siteUrl = inject('siteUrl')
const apiUrl = inject('apiUrl')

/** Articles that name the same people in different ways, and two people with one surname. */
const TEXTS = {
  trumpFull:
    'WASHINGTON — Donald Trump said on Monday that the wall would be built. "We will build it," Donald Trump told reporters.',
  trumpShort:
    'WASHINGTON — Trump said on Tuesday that the plan was a disaster. "It is a disaster," Trump told supporters in Ohio.',
  bill: 'NEW YORK — Bill Clinton said the foundation would close. "We are done," Bill Clinton told donors.',
  hillary:
    'NEW YORK — Hillary Clinton said the campaign would go on. "We will win," Hillary Clinton told supporters.',
}

let browser: Browser
let context: BrowserContext
let scripted: BrowserContext
const stored: Record<keyof typeof TEXTS, StoredAnalysis> = {} as never

/** Posts an article to the API, in order: the store resolves each against those before it. */
async function post(text: string): Promise<StoredAnalysis> {
  const response = await fetch(`${apiUrl}/v1/articles`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${inject('apiToken')}` },
    body: JSON.stringify({ text }),
  })
  expect(response.status).toBeLessThan(300)
  return (await response.json()) as StoredAnalysis
}

async function open(path: string): Promise<Page> {
  const page = await context.newPage()
  const response = await page.goto(`${siteUrl}${path}`)
  expect(response?.status(), path).toBeLessThan(400)
  return page
}

/** No serious or critical axe-core violations on the page at this address (axe needs scripts on). */
async function expectAccessible(url: string): Promise<void> {
  const page = await scripted.newPage()
  await page.goto(url)
  expect(await seriousViolations(page)).toEqual([])
}

/** The id the extractor gave the only person an article names (an analysis read back names the canonical one). */
function personOf(analysis: StoredAnalysis): string {
  const people = analysis.actors.filter(
    (actor) => actor.kind === 'person',
  ) as (StoredAnalysis['actors'][number] & {
    extractedId?: string
  })[]
  expect(people).toHaveLength(1)
  return people[0]?.extractedId ?? people[0]?.id ?? ''
}

/** The store's canonical id of the only person an article names, as the API reads the article back. */
async function canonicalPersonOf(analysis: StoredAnalysis): Promise<string> {
  const read = (await (await fetch(`${apiUrl}/v1/articles/${analysis.article.id}`)).json()) as StoredAnalysis
  const people = read.actors.filter((actor) => actor.kind === 'person')
  expect(people).toHaveLength(1)
  return people[0]?.id ?? ''
}

beforeAll(async () => {
  browser = await launchBrowser()
  // Reading needs no JavaScript: these pages are read with it off. CSP bypassed so axe-core can be injected.
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false })
  scripted = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true })
  for (const key of Object.keys(TEXTS) as (keyof typeof TEXTS)[]) stored[key] = await post(TEXTS[key])
})

afterAll(async () => {
  await browser?.close()
})

describe('a merged actor', () => {
  test('the old address leads to the actor it was merged into, which lists its other names', async () => {
    const oldId = personOf(stored.trumpShort)
    const canonical = await canonicalPersonOf(stored.trumpShort)
    expect(await canonicalPersonOf(stored.trumpFull)).toBe(canonical)
    expect(oldId).not.toBe(canonical)
    const page = await open(`/actors/${oldId}`)
    expect(new URL(page.url()).pathname).toBe(`/actors/${canonical}`)
    expect(await page.locator('h1').textContent()).toBe('Donald Trump')
    expect(await page.locator('.also-written').textContent()).toBe('Also written: Trump')
    // The API's own record of the actor: its merged names, and a Wikidata item only where the store knows one.
    const detail = (await (await fetch(`${apiUrl}/v1/actors/${canonical}`)).json()) as ActorDetail
    expect(detail.names?.toSorted()).toEqual(['Donald Trump', 'Trump'])
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}')
    expect(ld).toMatchObject({ '@type': 'Person', name: 'Donald Trump', alternateName: ['Trump'] })
    expect(ld.sameAs).toBe(detail.wikidata ? `https://www.wikidata.org/entity/${detail.wikidata}` : undefined)
    await expectAccessible(page.url())
    await screenshot(page, 'actor-merged')
  })

  test('its articles link lists both articles, and so does a link with its old id', async () => {
    const canonical = await canonicalPersonOf(stored.trumpFull)
    const page = await open(`/actors/${canonical}`)
    await page.locator('a', { hasText: '2 articles' }).click()
    expect(new URL(page.url()).search).toBe(`?actor=${encodeURIComponent(canonical)}`)
    expect(await page.locator('h1').textContent()).toBe('Articles naming Donald Trump')
    const both = [stored.trumpFull.article.id, stored.trumpShort.article.id]
      .map((id) => `/articles/${id}`)
      .sort()
    const listed = async (p: Page) =>
      (
        await p.locator('.article-item h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))
      ).sort()
    expect(await listed(page)).toEqual(both)
    expect(await listed(await open(`/articles?actor=${personOf(stored.trumpShort)}`))).toEqual(both)
    await expectAccessible(page.url())
  })

  test('an actor id nobody has lists no articles and says so', async () => {
    const page = await open('/articles?actor=person:nobody-at-all')
    expect(await page.locator('.notice').textContent()).toContain(
      'No actor has the id “person:nobody-at-all”',
    )
    expect(await page.locator('.article-item').count()).toBe(0)
  })
})

describe('the statements page', () => {
  test('a surname two people share offers both, and picking one lists only theirs', async () => {
    const page = await open('/statements?speaker=Clinton&polarity=')
    const choices = page.locator('.actor-choices li .name')
    expect((await choices.allTextContents()).sort()).toEqual(['Bill Clinton', 'Hillary Clinton'])
    expect(await page.locator('.statement-item').count()).toBe(0)
    await expectAccessible(page.url())
    await screenshot(page, 'statements-choices')
    await choices.filter({ hasText: 'Hillary Clinton' }).click()
    expect(new URL(page.url()).searchParams.get('speaker')).toBe(await canonicalPersonOf(stored.hillary))
    expect(await page.locator('h1').textContent()).toBe('Statements by Hillary Clinton')
    const speakers = await page.locator('.statement-item').count()
    expect(speakers).toBe(stored.hillary.statements.length)
    expect(await page.locator('.actor-choices').count()).toBe(0)
  })

  test('the relations page asks the same question', async () => {
    const page = await open('/relations?actor=Clinton')
    const choices = page.locator('.actor-choices li .name')
    expect((await choices.allTextContents()).sort()).toEqual(['Bill Clinton', 'Hillary Clinton'])
    expect(await choices.first().getAttribute('href')).toMatch(/^\/relations\?actor=person(:|%3A)/)
    expect(await page.locator('[data-graph-svg]').count()).toBe(0)
  })

  test('a full name is taken at its word', async () => {
    const page = await open('/statements?speaker=Bill+Clinton')
    expect(await page.locator('.actor-choices').count()).toBe(0)
    expect(await page.locator('h1').textContent()).toBe('Statements by Bill Clinton')
    expect(await page.locator('.statement-item').count()).toBe(stored.bill.statements.length)
  })
})
