import type { Analysis, Statement } from '@whosaid/core/schemas'
import { describe, expect, test } from 'vitest'
import { at, fixtureAnalyses, hostileText } from '../../test/fixtures.ts'
import { renderArticleHtml } from './article-html.ts'

const [budget, bridge, hostile] = fixtureAnalyses()
if (!budget || !bridge || !hostile) throw new Error('fixtures missing')

function render(analysis: Analysis) {
  return renderArticleHtml(analysis.article, analysis.actors, analysis.statements)
}

function count(html: string, pattern: RegExp): number {
  return html.match(pattern)?.length ?? 0
}

describe('renderArticleHtml', () => {
  test.each([budget, bridge, hostile])(
    'one data-statement element per statement: $article.id',
    (analysis) => {
      const { body, title } = render(analysis)
      expect(count(`${title}${body}`, /data-statement="/g)).toBe(analysis.statements.length)
    },
  )

  test('markup inside the article stays text', () => {
    const { title, body } = render(hostile)
    const html = `${title}${body}`
    expect(html).not.toMatch(/<script|<img|<b>/i)
    expect(title).toContain('&lt;script&gt;window.__pwned = 1&lt;/script&gt;')
    expect(body).toContain('&lt;img src=x onerror=&quot;window.__pwned = 2&quot;&gt;')
  })

  test('the headline is returned apart from the body, with its mentions marked', () => {
    const { title, body } = render(budget)
    expect(title).toBe(
      'Mayor rejects <span class="mention k-organization" data-actor="organization:springfield-council">council</span> budget plan',
    )
    expect(body.startsWith('<p>Springfield: – <span class="source"')).toBe(true)
    expect(count(body, /<p>/g)).toBe(3)
  })

  test('a statement is a link to its card, with its cue, source and mentions inside or beside it', () => {
    const { body } = render(budget)
    expect(body).toContain(
      '<span class="source" data-source-of="s_0000000000000001">Mayor <span class="mention k-person" data-actor="person:ann-lee">Ann Lee</span></span> <span class="cue" data-cue-of="s_0000000000000001">said</span> on Monday that ' +
        '<a class="st m-indirect p-oppose" href="#st-s_0000000000000001" id="m-s_0000000000000001" data-statement="s_0000000000000001">the <span class="mention k-organization" data-actor="organization:springfield-council">council</span>&#39;s budget plan would fail</a>',
    )
  })

  test('an interrupted quote: the first part carries data-statement, the second data-statement-part', () => {
    const { body } = render(budget)
    expect(body).toContain('data-statement="s_0000000000000004">The plan is fair to every district</a>')
    expect(body).toContain('data-statement-part="s_0000000000000004">and <span class="mention k-person ref"')
  })

  test('a statement inside another statement is a span, since links cannot nest', () => {
    const { body } = render(budget)
    const outer = budget.statements[4]
    expect(outer?.content).toBeDefined()
    expect(body).toMatch(/<a [^>]*data-statement="s_0000000000000005"><span class="source"/)
    const t = 'Lee said "one" and "two".'
    const inner: Statement = {
      id: 's_1',
      speaker: null,
      speakerReason: 'no-source',
      source: null,
      cue: null,
      content: at(t, 'one'),
      mode: 'direct',
      negated: false,
    }
    const wrapper: Statement = { ...inner, id: 's_2', content: at(t, 'said "one" and "two"') }
    const nested = renderArticleHtml(
      { text: t, titleSpan: null, datelineSpan: null, paragraphs: [{ start: 0, end: t.length }] },
      [],
      [wrapper, inner],
    )
    expect(nested.body).toBe(
      '<p>Lee <a class="st m-direct" href="#st-s_2" id="m-s_2" data-statement="s_2">said &quot;<span class="st m-direct" id="m-s_1" data-statement="s_1">one</span>&quot; and &quot;two&quot;</a>.</p>',
    )
  })

  test('a statement across two paragraphs is cut at the paragraph break, marked once', () => {
    const t = 'First part\n\nsecond part'
    const statement: Statement = {
      id: 's_3',
      speaker: null,
      speakerReason: 'no-source',
      source: null,
      cue: null,
      content: { start: 6, end: 18 },
      mode: 'indirect',
      negated: false,
    }
    const { body } = renderArticleHtml(
      {
        text: t,
        titleSpan: null,
        datelineSpan: null,
        paragraphs: [
          { start: 0, end: 10 },
          { start: 12, end: 23 },
        ],
      },
      [],
      [statement],
    )
    expect(body).toBe(
      '<p>First <a class="st m-indirect" href="#st-s_3" id="m-s_3" data-statement="s_3">part</a></p>\n<p><a class="st m-indirect" href="#st-s_3" data-statement-part="s_3">second</a> part</p>',
    )
  })

  test('text outside title and paragraphs is still shown; text without any layout is split at blank lines', () => {
    const t = 'One line.\n\nTwo line.'
    expect(
      renderArticleHtml({ text: t, titleSpan: null, datelineSpan: null, paragraphs: [] }, [], []).body,
    ).toBe('<p class="extra">One line.</p>\n<p class="extra">Two line.</p>')
    expect(hostileText.length).toBeGreaterThan(0)
  })
})
