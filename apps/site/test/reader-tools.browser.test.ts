// The reader's tools at sizes the seeds cannot give: the relations graph at 80 actors (no label overlaps another
// label or a node, none is cut at the edge, edges told apart) and actor timelines spanning one day, one week and
// ten years (bars with gaps and axis ticks). The built site runs against a stand-in API (test/stand-in-api.ts).
import type { ChildProcess } from 'node:child_process'
import type { Server } from 'node:http'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startSite, stopProcess } from '../scripts/processes.ts'
import { actorHref } from '../src/lib/urls.ts'
import { launchBrowser, screenshot, seriousViolations } from './browser.ts'
import { NAMED_ACTOR, startStandInApi, TIMELINE_ACTORS } from './stand-in-api.ts'

const ACTORS = 80

let browser: Browser
let standIn: { url: string; server: Server } | undefined
let site: { url: string; process: ChildProcess } | undefined

beforeAll(async () => {
  standIn = await startStandInApi(ACTORS)
  site = await startSite(standIn.url)
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await stopProcess(site?.process)
  await new Promise((resolve) => (standIn ? standIn.server.close(resolve) : resolve(undefined)))
})

async function open(path: string, options: { width?: number; js?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1600, height: 1000 },
    javaScriptEnabled: options.js !== false,
    // So that axe-core can be injected, as in site.browser.test.ts.
    bypassCSP: true,
  })
  const page = await context.newPage()
  const response = await page.goto(`${site?.url}${path}`)
  expect(response?.status(), path).toBe(200)
  return page
}

interface Rect {
  name: string
  left: number
  top: number
  right: number
  bottom: number
}

/** Every label's and node's box on the page, as the browser drew them, in the SVG's own units. */
async function graphBoxes(
  page: Page,
): Promise<{ labels: Rect[]; nodes: (Rect & { r: number })[]; view: Rect }> {
  return page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('[data-graph-svg]')
    if (!svg) throw new Error('no graph')
    const view = svg.viewBox.baseVal
    const labels = [...svg.querySelectorAll<SVGTextElement>('.node text')].map((text) => {
      const box = text.getBBox()
      return {
        name: text.textContent ?? '',
        left: box.x,
        top: box.y,
        right: box.x + box.width,
        bottom: box.y + box.height,
      }
    })
    const nodes = [...svg.querySelectorAll<SVGCircleElement>('.node circle')].map((circle) => {
      const cx = circle.cx.baseVal.value
      const cy = circle.cy.baseVal.value
      const r = circle.r.baseVal.value
      const name = circle.parentElement?.querySelector('text')?.textContent ?? ''
      return { name, left: cx - r, top: cy - r, right: cx + r, bottom: cy + r, r }
    })
    return {
      labels,
      nodes,
      view: {
        name: 'view',
        left: view.x,
        top: view.y,
        right: view.x + view.width,
        bottom: view.y + view.height,
      },
    }
  })
}

const overlap = (a: Rect, b: Rect) =>
  Math.min(a.right, b.right) > Math.max(a.left, b.left) &&
  Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top)

/** Whether a box and a circle (given by its bounding square) share any point. */
function touchesCircle(box: Rect, circle: Rect & { r: number }): boolean {
  const cx = (circle.left + circle.right) / 2
  const cy = (circle.top + circle.bottom) / 2
  const nearestX = Math.max(box.left, Math.min(cx, box.right))
  const nearestY = Math.max(box.top, Math.min(cy, box.bottom))
  return Math.hypot(nearestX - cx, nearestY - cy) < circle.r
}

describe(`the relations graph at ${ACTORS} actors`, () => {
  test('no label overlaps another label or a node, and none is cut at the edge', async () => {
    const page = await open('/relations')
    const { labels, nodes, view } = await graphBoxes(page)
    expect(nodes).toHaveLength(ACTORS)
    expect(labels).toHaveLength(ACTORS)
    const overlaps: string[] = []
    for (const [i, label] of labels.entries()) {
      for (const [j, other] of labels.entries()) {
        if (j > i && overlap(label, other)) overlaps.push(`label "${label.name}" on label "${other.name}"`)
      }
      for (const [j, node] of nodes.entries()) {
        if (j !== i && touchesCircle(label, node))
          overlaps.push(`label "${label.name}" on node "${node.name}"`)
      }
    }
    expect(overlaps).toEqual([])
    const cut = labels.filter(
      (label) =>
        label.left < view.left ||
        label.top < view.top ||
        label.right > view.right ||
        label.bottom > view.bottom,
    )
    expect(cut.map((label) => label.name)).toEqual([])
    await screenshot(page, `relations-${ACTORS}-actors`)
    await page.context().close()
  })

  test('edges are told apart: each its own curve, polarity by colour and by dash, each a link', async () => {
    const page = await open('/relations')
    const edges = await page.locator('.edge').evaluateAll((links) =>
      links.map((link) => {
        const line = link.querySelector<SVGPathElement>('.line')
        const style = line ? getComputedStyle(line) : null
        return {
          href: link.getAttribute('href') ?? '',
          path: line?.getAttribute('d') ?? '',
          polarity: [...link.classList].find((name) => name.startsWith('p-')) ?? '',
          stroke: style?.stroke ?? '',
          dash: style?.strokeDasharray ?? '',
        }
      }),
    )
    expect(edges.length).toBeGreaterThanOrEqual(ACTORS - 1)
    expect(new Set(edges.map((edge) => edge.path)).size).toBe(edges.length)
    for (const edge of edges) expect(edge.href).toMatch(/^\/statements\?/)
    const looks = new Map<string, Set<string>>()
    for (const edge of edges)
      looks.set(edge.polarity, (looks.get(edge.polarity) ?? new Set()).add(`${edge.stroke} ${edge.dash}`))
    // One look per polarity, and no two polarities look the same.
    for (const seen of looks.values()) expect(seen.size).toBe(1)
    const all = [...looks.values()].map((seen) => [...seen][0])
    expect(new Set(all).size).toBe(looks.size)
    await page.context().close()
  })

  test('works without JavaScript: every actor and edge is a link', async () => {
    const page = await open('/relations', { js: false })
    expect(await page.locator('.node[href]').count()).toBe(ACTORS)
    expect(await page.locator('[data-graph-tools]').isHidden()).toBe(true)
    await page.context().close()
  })
})

describe('an actor timeline', () => {
  test.each([
    ['person:one-day', 'one-day', 1],
    ['person:one-week', 'one-week', 4],
    ['person:ten-years', 'ten-years', 10],
  ])('%s reads as a chart: bars with gaps and axis ticks', async (id, name, bars) => {
    const page = await open(actorHref(id), { width: 1280 })
    expect(await seriousViolations(page)).toEqual([])
    const figure = page.locator('[data-timeline]')
    const drawn = await figure.locator('rect').evaluateAll((rects) =>
      rects.map((rect) => {
        const box = rect.getBoundingClientRect()
        return { left: box.left, right: box.right, width: box.width }
      }),
    )
    const chart = await figure.locator('svg').evaluate((svg) => svg.getBoundingClientRect().width)
    if (bars) expect(drawn).toHaveLength(bars)
    else expect(drawn.length).toBeGreaterThan(10)
    // No block: the bars together cover well under half of the chart, each far narrower than it.
    expect(drawn.reduce((sum, bar) => sum + bar.width, 0)).toBeLessThan(chart / 2)
    for (const bar of drawn) expect(bar.width).toBeLessThan(chart / 7)
    const sorted = [...drawn].sort((a, b) => a.left - b.left)
    for (const [i, bar] of sorted.entries()) {
      const next = sorted[i + 1]
      if (next) expect(next.left).toBeGreaterThan(bar.right)
    }
    const ticks = await figure.locator('.ticks text').evaluateAll((texts) =>
      texts.map((text) => {
        const box = text.getBoundingClientRect()
        return {
          name: text.textContent ?? '',
          left: box.left,
          top: box.top,
          right: box.right,
          bottom: box.bottom,
        }
      }),
    )
    expect(ticks.length).toBeGreaterThanOrEqual(2)
    for (const [i, tick] of ticks.entries()) {
      const next = ticks[i + 1]
      if (next) expect(overlap(tick, next), `${tick.name} / ${next.name}`).toBe(false)
    }
    const caption = await figure.locator('figcaption').textContent()
    expect(caption).toContain(TIMELINE_ACTORS[id]?.name)
    await figure.scrollIntoViewIfNeeded()
    await screenshot(page, `actor-timeline-${name}`)
    await page.context().close()
  })

  test.each(['person:one-day', 'person:one-week', 'person:ten-years'])(
    '%s at 375 px: the tick labels shown do not run into each other',
    async (id) => {
      const page = await open(actorHref(id), { width: 375 })
      const ticks = await page.locator('[data-timeline] .ticks text').evaluateAll((texts) =>
        texts
          .map((text) => text.getBoundingClientRect())
          .filter((box) => box.width > 0)
          .map((box) => ({ name: '', left: box.left, top: box.top, right: box.right, bottom: box.bottom })),
      )
      expect(ticks.length).toBeGreaterThanOrEqual(2)
      for (const [i, tick] of ticks.entries()) {
        const next = ticks[i + 1]
        if (next) expect(overlap(tick, next)).toBe(false)
      }
      await page.context().close()
    },
  )
})

describe('an actor known by several names and a Wikidata item', () => {
  test('its page lists the other names, links the item and says sameAs in JSON-LD (no JavaScript needed)', async () => {
    const page = await open(actorHref(NAMED_ACTOR.id), { width: 1280, js: false })
    expect(await page.locator('.also-written').textContent()).toBe(
      'Also written: Oneday, Ms Oneday, Ann B. Oneday',
    )
    const item = `https://www.wikidata.org/entity/${NAMED_ACTOR.wikidata}`
    expect(await page.locator(`a[href="${item}"]`).textContent()).toBe(`Wikidata ${NAMED_ACTOR.wikidata}`)
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}')
    expect(ld).toMatchObject({
      '@type': 'Person',
      name: 'Ann Oneday',
      alternateName: ['Oneday', 'Ms Oneday', 'Ann B. Oneday'],
      sameAs: item,
    })
    await page.context().close()
  })

  test('an actor without an item has no sameAs', async () => {
    const page = await open(actorHref('person:one-week'), { width: 1280, js: false })
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}')
    expect(ld).toMatchObject({ '@type': 'Person', name: 'Wes Week' })
    expect(ld.sameAs).toBeUndefined()
    expect(await page.locator('a[href^="https://www.wikidata.org/"]').count()).toBe(0)
    await page.context().close()
  })
})

describe('article dates', () => {
  test('an article shows "published" only with the date its page gave, and "added" for when it was stored', async () => {
    const page = await open('/articles', { width: 1280 })
    const metas = await page.locator('.article-item .meta').allTextContents()
    const [undated, dated] = metas.map((meta) => meta.replace(/\s+/g, ' '))
    expect(undated).toContain('added 2 Dec 2026')
    expect(undated).not.toContain('published')
    expect(dated).toContain('published 20 Nov 2019')
    expect(dated).toContain('added 1 Dec 2026')
    expect(await page.locator('.date-published time').first().getAttribute('datetime')).toBe('2019-11-20')
    await page.context().close()
  })
})
