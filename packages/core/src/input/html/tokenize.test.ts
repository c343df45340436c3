import { describe, expect, it } from 'vitest'
import { type MarkupToken, tokenizeMarkup } from './tokenize.ts'

// Tokens written short: "<p class=x>" for a start tag, "</p>" for an end tag, plain strings for text.
function show(tokens: MarkupToken[]): string[] {
  return tokens.map((token) => {
    if (token.type === 'text') return token.text
    if (token.type === 'end') return `</${token.name}>`
    const attributes = [...token.attributes].map(([key, value]) => ` ${key}=${value}`).join('')
    return `<${token.name}${attributes}${token.selfClosing ? '/' : ''}>`
  })
}

describe('tokenizeMarkup', () => {
  it.each([
    ['<p>Hello</p>', ['<p>', 'Hello', '</p>']],
    ['<P CLASS="Lead">Hi</P>', ['<p class=Lead>', 'Hi', '</p>']],
    [
      `<a href='/x?a=1&amp;b=2' title=plain data-x = "y" hidden>go</a>`,
      ['<a href=/x?a=1&b=2 title=plain data-x=y hidden=>', 'go', '</a>'],
    ],
    ['<a id=1 id=2>', ['<a id=1>']],
    ['<br/><img src=x />', ['<br/>', '<img src=x/>']],
    ['a < b and c<3', ['a < b and c<3']],
    ['x<!-- a <p> comment -->y', ['x', 'y']],
    ['<!DOCTYPE html><?xml version="1.0"?>z', ['z']],
    ['a<!-->b<!--->c', ['a', 'b', 'c']],
    ['one<!-- never closed <p>two', ['one']],
    [
      '<script>if (a < b) document.write("</div>")</script>after',
      ['<script>', 'if (a < b) document.write("</div>")', '</script>', 'after'],
    ],
    ['<SCRIPT>x</SCRIPT >y', ['<script>', 'x', '</script>', 'y']],
    ['<style>p > a { color: red }</style>', ['<style>', 'p > a { color: red }', '</style>']],
    ['<title>Fish &amp; <b>chips</b></title>', ['<title>', 'Fish & <b>chips</b>', '</title>']],
    ['<script>never closed <p>', ['<script>', 'never closed <p>']],
    ['<p>text <a href="unterminated', ['<p>', 'text ']],
    ['<p>text <a href=x', ['<p>', 'text ']],
    ['</ p>x</>y', ['x', 'y']],
    ['<![CDATA[<b>raw</b>]]>', []],
    ['Fish &amp; chips &mdash; &#8220;yes&#8221;', ['Fish & chips — “yes”']],
    // Inside an <svg> or <math>, "/>" closes any element: an icon's <title/> holds no raw text.
    [
      '<svg><title/><path d="M0"/></svg><p>Body</p>',
      ['<svg>', '<title/>', '</title>', '<path d=M0/>', '</path>', '</svg>', '<p>', 'Body', '</p>'],
    ],
    ['<svg><title>Icon</title></svg>x', ['<svg>', '<title>', 'Icon', '</title>', '</svg>', 'x']],
    ['<svg/><title/>Page</title>', ['<svg/>', '</svg>', '<title/>', 'Page', '</title>']],
    [
      '<math><mi/></math><title/>a</title>',
      ['<math>', '<mi/>', '</mi>', '</math>', '<title/>', 'a', '</title>'],
    ],
  ])('%j', (html, expected) => {
    expect(show(tokenizeMarkup(html))).toEqual(expected)
  })

  it.each([
    ['<d><![CDATA[<b>raw</b> &amp;]]></d>', ['<d>', '<b>raw</b> &amp;', '</d>']],
    ['<link href="x"/><e/>', ['<link href=x/>', '</link>', '<e/>', '</e>']],
    ['<script>a &amp; b</script>', ['<script>', 'a & b', '</script>']],
    ['<content:encoded>x</content:encoded>', ['<content:encoded>', 'x', '</content:encoded>']],
  ])('as XML %j', (xml, expected) => {
    expect(show(tokenizeMarkup(xml, { xml: true }))).toEqual(expected)
  })
})
