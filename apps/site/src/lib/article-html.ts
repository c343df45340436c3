import type { Actor, Article, Statement } from '@whosaid/core/schemas'
import { layoutBlocks } from './article-blocks.ts'
import { type ArticleMark, collectMarks } from './article-marks.ts'
import { escapeHtml } from './escape-html.ts'
import { nestMarks, type Segment } from './nest-marks.ts'
import { statementAnchor, statementMarkAnchor } from './urls.ts'

/** The article's headline and body as HTML: every character of the text escaped, marks as elements. */
export interface ArticleHtml {
  title: string | null
  body: string
}

/**
 * Renders an article's text with its statements and actor mentions marked, nested properly.
 * Each statement's first piece is an `<a data-statement="id">` to its card (a `<span>` when it sits
 * inside another statement, as links cannot nest); further pieces carry `data-statement-part`.
 * @example renderArticleHtml(analysis.article, analysis.actors, analysis.statements).body // '<p>…</p>'
 */
export function renderArticleHtml(
  article: Pick<Article, 'text' | 'titleSpan' | 'datelineSpan' | 'paragraphs'>,
  actors: readonly Actor[],
  statements: readonly Statement[],
): ArticleHtml {
  const { text } = article
  const blocks = layoutBlocks(article)
  const tree = nestMarks(text.length, collectMarks(blocks, actors, statements))
  const seen = new Set<string>()
  let title: string | null = null
  const body: string[] = []
  for (const node of tree) {
    if (node.type !== 'mark' || node.data.kind !== 'block') continue
    const html = renderSegments(text, node.children, seen, false)
    if (node.data.block === 'title') title ??= html
    else body.push(node.data.block === 'extra' ? `<p class="extra">${html}</p>` : `<p>${html}</p>`)
  }
  return { title, body: body.join('\n') }
}

function renderSegments(
  text: string,
  segments: readonly Segment<ArticleMark>[],
  seen: Set<string>,
  inLink: boolean,
): string {
  let html = ''
  for (const segment of segments) {
    if (segment.type === 'text') {
      html += escapeHtml(text.slice(segment.start, segment.end))
      continue
    }
    const mark = segment.data
    if (mark.kind === 'statement') {
      const first = !seen.has(mark.statement)
      seen.add(mark.statement)
      const id = escapeHtml(mark.statement)
      const tag = inLink ? 'span' : 'a'
      const classes = `st m-${mark.mode}${mark.polarity ? ` p-${mark.polarity}` : ''}`
      const attributes = [
        `class="${classes}"`,
        inLink ? '' : `href="#${escapeHtml(statementAnchor(mark.statement))}"`,
        first
          ? `id="${escapeHtml(statementMarkAnchor(mark.statement))}" data-statement="${id}"`
          : `data-statement-part="${id}"`,
      ]
      const inner = renderSegments(text, segment.children, seen, true)
      html += `<${tag} ${attributes.filter(Boolean).join(' ')}>${inner}</${tag}>`
    } else if (mark.kind === 'cue' || mark.kind === 'source') {
      const inner = renderSegments(text, segment.children, seen, inLink)
      html += `<span class="${mark.kind}" data-${mark.kind}-of="${escapeHtml(mark.statement)}">${inner}</span>`
    } else if (mark.kind === 'mention') {
      const inner = renderSegments(text, segment.children, seen, inLink)
      const classes = `mention k-${mark.actorKind}${mark.reference ? ' ref' : ''}`
      html += `<span class="${classes}" data-actor="${escapeHtml(mark.actor)}">${inner}</span>`
    } else {
      html += renderSegments(text, segment.children, seen, inLink)
    }
  }
  return html
}
