import { describe, expect, it } from 'vitest'
import { type MarkupElement, type MarkupNode, parseMarkup } from './tree.ts'

// The tree written back as compact markup, to compare structures at a glance.
function show(node: MarkupNode): string {
  if (node.kind === 'text') return node.text
  const inner = node.children.map(show).join('')
  return node.name === '#document' ? inner : `<${node.name}>${inner}</${node.name}>`
}

describe('parseMarkup', () => {
  it.each([
    ['<p>one<p>two', '<p>one</p><p>two</p>'],
    ['<p>one<div>block</div>', '<p>one</p><div>block</div>'],
    ['<p>one<span>inline</span>', '<p>one<span>inline</span></p>'],
    ['<ul><li>a<li>b</ul>after', '<ul><li>a</li><li>b</li></ul>after'],
    ['<ul><li>a<ul><li>nested</ul><li>b</ul>', '<ul><li>a<ul><li>nested</li></ul></li><li>b</li></ul>'],
    ['<dl><dt>t<dd>d<dt>u</dl>', '<dl><dt>t</dt><dd>d</dd><dt>u</dt></dl>'],
    [
      '<table><tr><td>1<td>2<tr><td>3</table>',
      '<table><tr><td>1</td><td>2</td></tr><tr><td>3</td></tr></table>',
    ],
    ['<div><b>bold</div>after', '<div><b>bold</b></div>after'],
    ['<div>a</span></p>b</div>', '<div>ab</div>'],
    ['<h2>a<h3>b', '<h2>a</h2><h3>b</h3>'],
    ['<a>one<a>two', '<a>one</a><a>two</a>'],
    ['x<br>y<img>z</br>w', 'x<br></br>y<img></img>z<br></br>w'],
    ['<html><body><body>x</body></html>', '<html><body>x</body></html>'],
    ['<td>1<p>in cell<td>2', '<td>1<p>in cell</p></td><td>2</td>'],
    // Content after </body> or </html> is still the body's, as in a browser.
    ['<html><body><p>a</p></body></html><p>b</p>', '<html><body><p>a</p><p>b</p></body></html>'],
    // A head left open ends at the first element that cannot be in it.
    [
      '<html><head><title>t</title><meta><div>x</div>',
      '<html><head><title>t</title><meta></meta></head><div>x</div></html>',
    ],
    [
      '<head><script>s</script><noscript>n</noscript></head>',
      '<head><script>s</script><noscript>n</noscript></head>',
    ],
  ])('%j', (html, expected) => {
    expect(show(parseMarkup(html))).toBe(expected)
  })

  it('keeps parents', () => {
    const document = parseMarkup('<div><p>x</p></div>')
    const div = document.children[0] as MarkupElement
    const p = div.children[0] as MarkupElement
    expect(p.parent).toBe(div)
    expect(div.parent).toBe(document)
  })

  it('honours self-closing tags and keeps names as XML', () => {
    expect(show(parseMarkup('<item><link/>x<dc:date>d</dc:date></item>', { xml: true }))).toBe(
      '<item><link></link>x<dc:date>d</dc:date></item>',
    )
    expect(show(parseMarkup('<div/>inside', { xml: false }))).toBe('<div>inside</div>')
  })

  // Linear time on deep nesting and stray end tags: linear.test.ts counts the work.
})
